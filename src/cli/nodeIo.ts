// The real file system and console of the two commands; scripts/export.ts and scripts/draft.ts pass
// it in, and tests use it to run the commands against real files without a process of their own.
import { closeSync, constants, existsSync, linkSync, lstatSync, openSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { ReadIo } from './readFiles.ts';
import type { Printer } from './printable.ts';
import type { PathKind, WriteIo } from './safeWrite.ts';

// Replacing a file in place opens it without following a link (O_NOFOLLOW fails on one); the
// commands refuse links before writing, and this holds even if one is planted after that check.
const REPLACE = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);

export const nodeIo: ReadIo & WriteIo & Printer = {
  readText: (path) => readFileSync(path, 'utf8'),
  readBytes: (path) => readFileSync(path),
  realPath: (path) => realpathSync(path),
  exists: (path) => existsSync(path),
  kind: (path) => pathKind(path),
  // 'wx' is O_CREAT | O_EXCL: it fails on anything already there, a link or a dangling link included.
  write: (path, data, overwrite) => (overwrite ? replaceFile(path, data) : writeFileSync(path, data, { flag: 'wx' })),
  rename: (from, to, overwrite) => {
    // rename replaces a link that appeared at `to` meanwhile, never what it points to.
    if (overwrite) return renameSync(from, to);
    // Without --force, a file that appeared meanwhile is not replaced: link fails if the name is taken.
    linkSync(from, to);
    rmSync(from);
  },
  remove: (path) => rmSync(path, { force: true }),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/** What is at a path, a final link not followed. */
function pathKind(path: string): PathKind {
  try {
    const stat = lstatSync(path);
    return stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw error;
  }
}

/** Writes over a file in place, failing on a link rather than writing to where it points. */
function replaceFile(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, REPLACE, 0o666);
  try {
    writeFileSync(fd, data);
  } finally {
    closeSync(fd);
  }
}

// The real file system and console of the two commands; scripts/export.ts and scripts/draft.ts pass
// these in, and tests use them to run the commands against real files without a process of their own.
import { existsSync, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DraftIo } from './draftCommand.ts';
import type { ExportIo } from './exportCommand.ts';

export const exportNodeIo: ExportIo = {
  readText: (path) => readFileSync(path, 'utf8'),
  exists: (path) => existsSync(path),
  // 'wx' fails on an existing file, so a file that appeared after the check is still not replaced.
  write: (path, data, overwrite) => writeFileSync(path, data, { flag: overwrite ? 'w' : 'wx' }),
  rename: (from, to, overwrite) => {
    if (overwrite) return renameSync(from, to);
    // Without --force, a file that appeared meanwhile is not replaced: link fails if the name is taken.
    linkSync(from, to);
    rmSync(from);
  },
  remove: (path) => rmSync(path, { force: true }),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

export const draftNodeIo: DraftIo = {
  readText: (path) => readFileSync(path, 'utf8'),
  exists: (path) => existsSync(path),
  writeAtomic: (path, data) => {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, data, { flag: 'wx' });
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`the folder ${dirname(path)} does not exist; create it or choose another --out`);
      throw error;
    }
  },
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';

/** What is at a path, a symbolic link itself rather than what it points to. */
export type PathKind = 'missing' | 'file' | 'folder' | 'link' | 'other';

/** The writing half of a command's file system: real in src/cli/nodeIo.ts, in memory in tests. */
export interface WriteIo {
  exists(path: string): boolean;
  /** What is at a path, without following a final link; without it, `exists` alone is known. */
  kind?(path: string): PathKind;
  /** Writes a file; with `overwrite` false it fails rather than replace, or follow, anything already there. */
  write(path: string, data: string | Uint8Array, overwrite: boolean): void;
  /** Gives a complete file its name (atomic on one file system); without it, files are written in place. */
  rename?(from: string, to: string, overwrite: boolean): void;
  /** Removes a file if it is there. */
  remove?(path: string): void;
}

/** A file a command is to write. */
export interface Output {
  path: string;
  data: string | Uint8Array;
}

/**
 * Why a command may not write where it was told, one line for each path (`--out` or `--html`):
 * the same words from both commands. A link is never written through nor replaced, even with
 * --force: a link planted at the output name would make the command overwrite whatever it points
 * to, and replacing it would surprise whoever made it.
 */
export function outputProblems(command: string, option: string, paths: readonly string[], force: boolean, io: WriteIo): string[] {
  return paths.flatMap((path) => {
    const problem = outputProblem(path, io.kind ? io.kind(path) : io.exists(path) ? 'file' : 'missing', force, option);
    if (problem) return [`${command}: ${problem}`];
    const folder = dirname(path);
    return io.exists(folder) ? [] : [`${command}: cannot write ${path}: the folder ${folder} does not exist; create it or choose another ${option}`];
  });
}

/** What is wrong with writing a file at a path holding a thing of this kind, or undefined. */
function outputProblem(path: string, kind: PathKind, force: boolean, option: string): string | undefined {
  if (kind === 'folder') return `${path} is a folder; give the name of a file to write in it, or choose another ${option}`;
  if (kind === 'link') return `${path} is a symbolic link; the command never writes through or replaces a link, even with --force: remove the link or choose another ${option}`;
  if (kind === 'other') return `${path} is not a regular file (a device, a pipe or a socket); choose another ${option}`;
  if (kind === 'file' && !force) return `${path} already exists; add --force to overwrite it, or choose another ${option}`;
  return undefined;
}

/**
 * Writes files whole or not at all: each beside its target under a new, unguessable name, created
 * exclusively (so a file or link planted there is never followed), and only when all are complete
 * do they take their names; a full disk or a size limit never leaves half a file, nor replaces a
 * good one. Returns the line that says what went wrong, or undefined when all were written.
 */
export function writeWhole(command: string, files: readonly Output[], force: boolean, io: WriteIo): string | undefined {
  const temporary = files.map((file) => temporaryName(file.path));
  const created: string[] = [];
  const cleanUp = () => created.splice(0).forEach((path) => io.remove?.(path));
  for (const [i, file] of files.entries()) {
    try {
      if (!io.rename) {
        io.write(file.path, file.data, force);
        continue;
      }
      // Ours as soon as the exclusive create succeeds, so a write that fails halfway is removed too;
      // EEXIST means the name was someone else's, which is left alone.
      created.push(temporary[i]);
      io.write(temporary[i], file.data, false);
    } catch (error) {
      const taken = io.rename && (error as NodeJS.ErrnoException | undefined)?.code === 'EEXIST';
      if (taken) created.pop();
      cleanUp();
      const why = taken ? `its temporary name ${temporary[i]} is taken by another file, which was left as it was; run the command again` : writeReason(error, file.path);
      return `${command}: cannot write ${file.path}: ${why}; nothing was written`;
    }
  }
  if (!io.rename) return undefined;
  for (const [i, file] of files.entries()) {
    try {
      io.rename(temporary[i], file.path, force);
      created.splice(created.indexOf(temporary[i]), 1);
    } catch (error) {
      cleanUp();
      return `${command}: cannot write ${file.path}: ${writeReason(error, file.path)}`;
    }
  }
  return undefined;
}

/** `<target>.<pid>-<random>.partial`: beside the target, on its file system, and not known in advance. */
function temporaryName(path: string): string {
  return `${path}.${process.pid}-${randomBytes(6).toString('hex')}.partial`;
}

/** Why a write failed, in words for the codes a user can act on, else as `reason` gives it. */
function writeReason(error: unknown, path: string): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'EEXIST': return 'a file of that name appeared while it was being written, and was left as it was';
    case 'EISDIR': return 'it is a folder';
    case 'ELOOP': return 'it is a symbolic link, which the command never writes through';
    case 'ENOENT': return `the folder ${dirname(path)} does not exist; create it or choose another file`;
    case 'ENOTDIR': return `${dirname(path)} is not a folder`;
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOSPC': return 'the disk is full';
    default: return reason(error);
  }
}

/** A Node error as a short reason: its code and message, e.g. "ENOENT: no such file or directory". */
export function reason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Node's message repeats the code and ends with the call and path, which the caller already names.
    const message = error.message.replace(/^[A-Z]+: /, '').replace(/, \w+( '.*')?$/, '');
    return code ? `${code}: ${message}` : message;
  }
  return String(error);
}

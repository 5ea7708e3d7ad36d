import { decodeText, fileText, type NotText } from '../data/readText.ts';

/** The reading half of a command's file system: real in src/cli/nodeIo.ts, in memory in tests. */
export interface ReadIo {
  /** A UTF-8 text file; throws (a Node error with `code`) when it cannot be read. */
  readText(path: string): string;
  /** A file's bytes, so its encoding can be told; without it, files are taken to be UTF-8. */
  readBytes?(path: string): Uint8Array;
  /** Where a path really is, every link followed; without it, links are not looked into. */
  realPath?(path: string): string;
}

/**
 * A text file as both commands read it: UTF-8 with any byte-order mark dropped, or what it is
 * instead (UTF-16, Latin-1, not text), so the user is told its encoding rather than shown quotes
 * that do not match. Throws what the file system throws.
 */
export function readTextFile(path: string, io: ReadIo): { text: string } | { notText: NotText } {
  return io.readBytes ? decodeText(io.readBytes(path)) : { text: fileText(io.readText(path)) };
}

/** A file that cannot be read, in a few words: the codes a user meets, else Node's own. */
export function readReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error)?.message ?? String(error);
}

/**
 * Why a story's `article` name must not be opened beside the story, or undefined when it may. A
 * story file is data from anyone; the name it gives is only ever a file in the story's own folder
 * (or a folder below it), so a story cannot make a command read, and copy into its output, a file
 * elsewhere (`../../../etc/passwd`). Backslashes count as separators, as Windows reads them.
 *
 * @example articlePathProblem('../notes.txt') // 'goes up out of the story's folder (it has "..")'
 */
export function articlePathProblem(name: string): string | undefined {
  if (name.includes('\u0000')) return 'holds a NUL character';
  if (/^(?:[\\/]|[A-Za-z]:)/.test(name)) return 'is an absolute path';
  if (name.split(/[\\/]/).includes('..')) return 'goes up out of the story\'s folder (it has "..")';
  return undefined;
}

// `npm run export -- --out map.svg [options]`: the map of a story as a standalone SVG (and PNG),
// drawn by the same render core as the browser. The logic lives in src/cli/exportCommand.ts; this
// file only supplies the real file system and console, and sets the exit code.
import { existsSync, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { exportMain, type ExportIo } from '../src/cli/exportCommand.ts';

const nodeIo: ExportIo = {
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

process.exitCode = exportMain(process.argv.slice(2), nodeIo);

// `npm run draft -- ARTICLE.txt --out STORY.json`: a drafted story from an article's text. The logic
// lives in src/cli/draftCommand.ts; this file supplies the real file system and console.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { draftMain, type DraftIo } from '../src/cli/draftCommand.ts';

const nodeIo: DraftIo = {
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

process.exitCode = draftMain(process.argv.slice(2), nodeIo);

// `npm run draft -- ARTICLE.txt --out STORY.json`: a drafted story from an article's text. The logic
// lives in src/cli/draftCommand.ts; this file supplies the real file system and console.
import { draftMain } from '../src/cli/draftCommand.ts';
import { nodeIo } from '../src/cli/nodeIo.ts';

process.exitCode = draftMain(process.argv.slice(2), nodeIo);

// `npm run draft -- ARTICLE.txt --out STORY.json`: a drafted story from an article's text. The logic
// lives in src/cli/draftCommand.ts; this file supplies the real file system and console.
import { setFlagsFromString } from 'node:v8';

// A one-article process compiles the drafter's long patterns once each: straight to machine code,
// rather than first to the engine's bytecode and again when used a second time, halves the time of
// a first draft in Node (the built-in article: 1.1 s → 0.5 s). It is read as each pattern is made,
// so it is set before the drafter is loaded.
setFlagsFromString('--regexp-tier-up-ticks=0');
const { draftMain } = await import('../src/cli/draftCommand.ts');
const { nodeIo } = await import('../src/cli/nodeIo.ts');

process.exitCode = draftMain(process.argv.slice(2), nodeIo);

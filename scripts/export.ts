// `npm run export -- --out map.svg [options]`: the map of a story as a standalone SVG (and PNG),
// drawn by the same render core as the browser. The logic lives in src/cli/exportCommand.ts; this
// file only supplies the real file system and console, and sets the exit code.
import { exportMain } from '../src/cli/exportCommand.ts';
import { nodeIo } from '../src/cli/nodeIo.ts';

process.exitCode = exportMain(process.argv.slice(2), nodeIo);

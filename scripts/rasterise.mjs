// Rasterises an SVG read from standard input to a PNG on standard output, at the scale given as the
// first argument, with resvg. A process of its own: when resvg aborts on a view (it can), the export
// command reports it in one line instead of dying with it.
import { Resvg } from '@resvg/resvg-js';

const scale = Number(process.argv[2] ?? 2);
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const image = new Resvg(Buffer.concat(chunks).toString('utf8'), { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: true } }).render();
process.stdout.write(image.asPng());

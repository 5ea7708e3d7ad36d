// The app's JavaScript at start, as the bench weighs it (its split build: one chunk per package,
// counting the chunks the page's entry loads statically, gzip -9), without Leaflet and the geometry:
// `npx tsx bench/startSize.ts`. With MODULES=1, the start's modules by size (before minifying).
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig, type Rollup } from 'vite';
import { groupOf } from './build.ts';

const gz = (code: string) => gzipSync(code, { level: 9 }).length;
const result = await build({
  root: process.cwd(), logLevel: 'warn',
  build: { outDir: 'bench/out/start-size', emptyOutDir: true, rolldownOptions: { output: { codeSplitting: { groups: [{ name: (id: string) => groupOf(id), debugName: 'by-package' }] } } } } as InlineConfig['build'],
});
const output = (Array.isArray(result) ? result : [result] as Rollup.RollupOutput[]).flatMap((o) => (o as Rollup.RollupOutput).output);
const chunks = new Map(output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk').map((c) => [c.fileName, c]));
const initial = new Set<string>();
const visit = (file: string) => {
  if (initial.has(file)) return;
  initial.add(file);
  chunks.get(file)?.imports.forEach(visit);
};
[...chunks.values()].filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
let app = 0;
for (const file of initial) {
  const size = gz(chunks.get(file)!.code);
  console.log(`${file}: ${chunks.get(file)!.code.length} B, ${size} B gzip`);
  if (!/^assets\/(leaflet|geometry-110m)-/.test(file)) app += size;
}
console.log(`app JavaScript at start without Leaflet and geometry: ${app} B gzip (${(app / 1e3).toFixed(1)} KB)`);
if (process.env.MODULES) {
  const rows = [...initial].flatMap((file) => Object.entries(chunks.get(file)!.modules).map(([id, m]) => [id.replace(`${process.cwd()}/`, ''), m.renderedLength] as const));
  for (const [id, length] of rows.sort((a, b) => b[1] - a[1])) console.log(String(length).padStart(7), id);
}

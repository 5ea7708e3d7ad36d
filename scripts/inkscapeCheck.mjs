// Renders the exports a desk would publish with Inkscape, rsvg-convert and resvg, and reports how
// far the three pictures differ. `npm run check:inkscape` (or `node scripts/inkscapeCheck.mjs`).
//
// The exports are written by the project's own command (`scripts/export.ts`) into a temporary folder:
// the built-in story at 16:9, its phone preset in the dark theme, AUKUS at 4:3 with footnotes and at
// phone width, the built-in story with its words and two callouts, and a dense corridor (eight more
// relations between Moscow and Pyongyang) at 1:1 in the dark theme.
//
// A pixel "differs" when one of its channels, composited over white, is more than 64 of 255 apart
// (anti-aliasing alone stays under that). For each export and each pair of renderers the share of such
// pixels is printed, and how far the drawing reaches past the page as Inkscape sees it (an editor
// shows all of it: `inkscape --query-all`); resvg runs in a process of its own (scripts/rasterise.mjs),
// so an abort is reported, not fatal. The command exits 1 when any share is over the threshold (--max,
// in per cent, default 3), the drawing reaches more than 1 px past the page, or a renderer fails; 2 when
// Inkscape or rsvg-convert is missing; 0 otherwise. Inkscape is not needed by `npm test`: this is a
// check to run by hand after changing what an export writes.
//
// Options: --max N (per cent), --keep DIR (write the SVGs and PNGs there and keep them), --only NAME.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INKSCAPE = '/usr/bin/inkscape';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : process.argv[i + 1];
}
const max = Number(option('--max', '3'));
const keep = option('--keep', undefined);
const only = option('--only', undefined);
if (!Number.isFinite(max) || max < 0) {
  console.error('check:inkscape: --max takes a share in per cent, such as 3');
  process.exit(2);
}

if (!existsSync(INKSCAPE)) {
  console.error(
    `check:inkscape: Inkscape is not installed (${INKSCAPE} is missing), so nothing was checked.\n` +
      'On Debian or Ubuntu, as root: apt-get update && apt-get install -y --no-install-recommends inkscape\n' +
      '(Inkscape 1.2 or later; then run npm run check:inkscape again.)',
  );
  process.exit(2);
}
try {
  execFileSync('rsvg-convert', ['--version'], { stdio: 'ignore' });
} catch {
  console.error('check:inkscape: rsvg-convert is missing too; on Debian or Ubuntu: apt-get install -y librsvg2-bin');
  process.exit(2);
}

const dir = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'inkscape-check-'));
mkdirSync(dir, { recursive: true });

// Two stories made from the built-in one, beside a copy of its article: one with words and callouts,
// one with a dense corridor.
const builtIn = JSON.parse(readFileSync(join(root, 'data/relations.json'), 'utf8'));
copyFileSync(join(root, 'data', builtIn.article), join(dir, builtIn.article));
const withCallouts = {
  ...builtIn,
  graphic: {
    title: 'Seoul weighs arming Kyiv',
    subtitle: 'What the article reports, June 2024',
    byline: 'Graphic by A. Editor',
    sourceName: 'Example Times',
    sourceUrl: 'https://example.com/seoul',
    notes: 'Hollow lines are relations in the past.',
    callouts: [
      { text: 'Seoul weighs sending weapons', actor: 'KOR' },
      { text: 'A mutual defence pact', relation: 'rus-prk-defence-pact' },
    ],
  },
};
writeFileSync(join(dir, 'callouts.json'), JSON.stringify(withCallouts));
const dense = structuredClone(builtIn);
const pact = dense.relations.find((r) => r.id === 'rus-prk-defence-pact');
for (const type of ['trade', 'cooperation', 'aid', 'mediation', 'tension', 'diplomatic_pressure', 'sanction', 'war']) {
  dense.relations.push({ ...pact, id: `rus-prk-extra-${type.replace(/_/g, '-')}`, type, cameo: undefined, plover: undefined });
}
writeFileSync(join(dir, 'dense.json'), JSON.stringify(dense));

const aukus = join(root, 'data/examples/aukus-2021/relations.json');
const exports = [
  ['article-16x9', ['--aspect', '16:9', '--width', '960']],
  ['article-phone-dark', ['--aspect', '9:16', '--width', '640', '--theme', 'dark']],
  ['aukus-4x3-footnotes', ['--aspect', '4:3', '--width', '1200', '--data', aukus, '--footnotes']],
  ['aukus-phone', ['--aspect', '9:16', '--width', '640', '--data', aukus]],
  ['callouts-16x9', ['--aspect', '16:9', '--width', '960', '--data', join(dir, 'callouts.json')]],
  ['dense-1x1-dark', ['--aspect', '1:1', '--width', '960', '--data', join(dir, 'dense.json'), '--theme', 'dark']],
  // Zoomed on the two Koreas: most edges end off the map (resvg once aborted on such a view).
  ['koreas-zoom5-footnotes', ['--width', '1280', '--height', '800', '--zoom', '5', '--center', '38.5,127', '--footnotes']],
].filter(([name]) => !only || name === only);

/** A PNG's pixels, RGBA, read back through resvg (which draws an image at its own size as it is). */
function pixels(png) {
  const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#fff"/><image width="${w}" height="${h}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return { w, h, data: new Resvg(svg).render().pixels };
}
/** The share of pixels that differ clearly (a channel more than 64 of 255 apart), or 1 if the sizes differ. */
function differing(a, b) {
  if (a.w !== b.w || a.h !== b.h) return 1;
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (Math.max(Math.abs(a.data[i] - b.data[i]), Math.abs(a.data[i + 1] - b.data[i + 1]), Math.abs(a.data[i + 2] - b.data[i + 2])) > 64) n++;
  }
  return n / (a.w * a.h);
}

/** How far, in the file's pixels, the drawing reaches past the page on any side, as Inkscape measures it. */
function overrun(svgFile, w, h) {
  const first = execFileSync(INKSCAPE, ['--query-all', svgFile], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0];
  const [x, y, bw, bh] = first.split(',').slice(1).map(Number);
  return Math.max(0, -x, -y, x + bw - w, y + bh - h);
}

const pct = (x) => `${(x * 100).toFixed(3)} %`;
let worst = 0;
let failed = false;
console.log(`check:inkscape: ${execFileSync(INKSCAPE, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()}; pixels differing clearly, threshold ${max} %`);
console.log('export                   size        Inkscape–rsvg  Inkscape–resvg  rsvg–resvg  past the page');
for (const [name, args] of exports) {
  const svgFile = join(dir, `${name}.svg`);
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/export.ts'), '--out', svgFile, '--date', '2024-06-21', '--force', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const inkFile = join(dir, `${name}.inkscape.png`);
  const rsvgFile = join(dir, `${name}.rsvg.png`);
  const resvgFile = join(dir, `${name}.resvg.png`);
  execFileSync(INKSCAPE, ['--export-type=png', `--export-filename=${inkFile}`, svgFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  execFileSync('rsvg-convert', ['-o', rsvgFile, svgFile]);
  try {
    writeFileSync(resvgFile, execFileSync(process.execPath, [join(root, 'scripts/rasterise.mjs'), '1'], { input: readFileSync(svgFile), maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'ignore'] }));
  } catch (error) {
    console.log(`${name.padEnd(24)} resvg could not draw it (${error.signal ?? `exit ${error.status}`})`);
    failed = true;
    continue;
  }
  const [ink, rsvg, resvg] = [inkFile, rsvgFile, resvgFile].map((f) => pixels(readFileSync(f)));
  const shares = [differing(ink, rsvg), differing(ink, resvg), differing(rsvg, resvg)];
  const past = overrun(svgFile, rsvg.w, rsvg.h);
  worst = Math.max(worst, ...shares);
  const bad = shares.some((s) => s * 100 > max) || past > 1;
  failed ||= bad;
  console.log(`${name.padEnd(24)} ${`${rsvg.w}×${rsvg.h}`.padEnd(11)} ${pct(shares[0]).padStart(13)}  ${pct(shares[1]).padStart(14)}  ${pct(shares[2]).padStart(10)}  ${`${Math.round(past)} px`.padStart(13)}${bad ? '  over' : ''}`);
}
if (keep) console.log(`The SVGs and PNGs are in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
if (failed) {
  console.error(`check:inkscape: an export is over: more than ${max} % of its pixels differ between two renderers (worst ${pct(worst)}), its drawing reaches past the page, or a renderer could not draw it`);
  process.exit(1);
}
console.log(`check:inkscape: every export within ${max} % (worst ${pct(worst)}), none reaching past its page`);

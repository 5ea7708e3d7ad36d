import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { interactiveHtml } from '../publish/interactiveHtml.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dateSpan, exportSvg, THEMES, type Basemap, type Filters, type Theme, type View } from '../core/index.ts';
import { RELATION_TYPES, relationTypeNames, type RelationType, type Story } from '../data/index.ts';
import { isIsoDate, precisionOf } from '../data/isoDate.ts';
import { dateOutOfRange, OPTION_DAYS, OPTION_YEARS } from './dateOptions.ts';
import { printing, type Printer } from './printable.ts';
import type { ReadIo } from './readFiles.ts';
import { outputProblems, writeWhole, type Output, type WriteIo } from './safeWrite.ts';
import { readStory } from './storyFiles.ts';
import { checkFolder, checkFrames, checkMoments, runFrames } from './exportFrames.ts';
import { describeTime } from '../core/timeSteps.ts';
import { basemapFromTopology, type CountriesTopology } from '../geo/basemap.ts';
import { boundsBox, centredView, DETAIL_ZOOM, fitView, isCompact, MAX_ZOOM, MIN_ZOOM, storyView, ZOOM_STEP, type LatLonBounds } from '../core/index.ts';

/** How the view is chosen: fit bounds, a zoom and centre, or the app's framing of every actor. */
export type Framing =
  | { kind: 'story' }
  | { kind: 'bounds'; bounds: LatLonBounds }
  | { kind: 'centre'; zoom: number; lat: number; lon: number };

/** A valid export request, every value checked. */
export interface ExportCliOptions {
  /** The SVG file to write ('' with `html` alone). */
  out: string;
  /** The one-file interactive HTML to write instead. */
  html?: string;
  /** Also write `out` with a `.png` extension, at twice the size. */
  png: boolean;
  force: boolean;
  width: number;
  height: number;
  framing: Framing;
  types?: RelationType[];
  from?: string;
  to?: string;
  /** The story's relations JSON; the built-in story when absent. */
  data?: string;
  theme: Theme['name'];
  footnotes: boolean;
  /** The export date printed in the file, ISO `YYYY-MM-DD`. */
  date: string;
  /** A moment: the story as of this date (`--at`), its date written on the map. */
  at?: string;
  /** One SVG per month or year of the story, as of each, into the folder `out` (`--frames`). */
  frames?: 'month' | 'year';
}

export type ParseResult =
  | { ok: true; help: false; options: ExportCliOptions }
  | { ok: true; help: true }
  | { ok: false; errors: string[] };

/**
 * Where an export reads and writes, so tests can run it without a process of its own: the real
 * file system is src/cli/nodeIo.ts, shared with the drafter, as is the safe writing.
 */
export interface ExportIo extends ReadIo, WriteIo, Printer {}

/** Exit codes: done, the data or files are wrong, the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const SIZE_MIN = 100;
export const SIZE_MAX = 8000;
const DEFAULT_WIDTH = 1280;
const DEFAULT_HEIGHT = 800;
const PNG_SCALE = 2;

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_DATA = 'data/relations.json';

type OptionName = keyof typeof OPTIONS;

/** Every option, with what its value must be: the help text and the "needs a value" messages use it. */
const OPTIONS = {
  out: { type: 'string', value: 'FILE', help: 'the SVG file to write, ending in .svg (required, unless --html)' },
  html: { type: 'string', value: 'FILE', help: 'write the interactive map as one HTML file that opens offline (hover, keys, filters, export), instead of an SVG' },
  width: { type: 'string', value: 'N', help: `map width in pixels, a whole number from ${SIZE_MIN} to ${SIZE_MAX} (default ${DEFAULT_WIDTH})` },
  height: { type: 'string', value: 'N', help: `map height in pixels, a whole number from ${SIZE_MIN} to ${SIZE_MAX} (default ${DEFAULT_HEIGHT})` },
  bounds: { type: 'string', value: 'S,W,N,E', help: 'fit south,west,north,east in degrees into the map, such as 10,25,62,135 (default: every actor of the story)' },
  zoom: { type: 'string', value: 'Z', help: `zoom from ${MIN_ZOOM} to ${MAX_ZOOM} in steps of ${ZOOM_STEP}, with --center instead of --bounds` },
  center: { type: 'string', value: 'LAT,LON', help: 'the map centre in degrees, such as 45,100, with --zoom' },
  types: { type: 'string', value: 'T,T,…', help: `relation types to draw, of ${relationTypeNames.join(', ')} (default all)` },
  from: { type: 'string', value: 'DATE', help: 'draw relations from this date on: YYYY, YYYY-MM or YYYY-MM-DD' },
  to: { type: 'string', value: 'DATE', help: 'draw relations up to this date: YYYY, YYYY-MM or YYYY-MM-DD' },
  data: { type: 'string', value: 'FILE', help: `the story's relations JSON; its "article" names the article text beside it (default ${DEFAULT_DATA})` },
  theme: { type: 'string', value: 'NAME', help: 'light or dark (default light)' },
  footnotes: { type: 'boolean', value: '', help: 'number the edges and print their quotes under the map' },
  date: { type: 'string', value: 'YYYY-MM-DD', help: 'the export date printed in the file (default today, UTC)' },
  at: { type: 'string', value: 'YYYY-MM', help: 'the story as of this month: what has begun by then and not ended; the date is written on the map' },
  frames: { type: 'string', value: 'month|year', help: 'one SVG per month or year of the story, as of each, into the folder --out names, each named by its date (2021-01.svg), for video editors and GIF tools' },
  png: { type: 'boolean', value: '', help: `also write the .png beside the SVG, at ${PNG_SCALE}× its size` },
  force: { type: 'boolean', value: '', help: 'overwrite files that already exist' },
  help: { type: 'boolean', value: '', short: 'h', help: 'print this help' },
} as const satisfies Record<string, { type: 'string' | 'boolean'; value: string; help: string; short?: string }>;

/** The `--help` text. */
export function usage(): string {
  const rows = Object.entries(OPTIONS).map(([name, o]) => {
    const short = 'short' in o ? `-${o.short}, ` : '';
    const left = `  ${short}--${name}${o.value ? ` ${o.value}` : ''}`;
    return `${left.padEnd(22)} ${o.help}`;
  });
  return [
    'Usage: npm run export -- --out FILE.svg [options]',
    '       npx tsx scripts/export.ts --out FILE.svg [options]',
    '',
    'Writes the map of a story as a standalone SVG (and PNG), the same file the app exports.',
    '',
    ...rows,
    '',
    'Exit status: 0 written, 1 the data or an output file is in the way, 2 a bad option.',
  ].join('\n');
}

/**
 * Reads the command line of `npm run export` into checked options, or every problem with it, one
 * line each naming the option, what is wrong and what would be right. Parsing follows parseArgs'
 * strict rules (unknown options, missing values, stray arguments are errors) but reads its tokens
 * rather than letting it throw, so all problems are reported at once, and a value may start with a
 * minus sign (`--bounds -40,-80,10,-30`) where strict mode would call it ambiguous.
 *
 * @example parseExportArgs(['--out', 'map.svg', '--width', '960']) // { ok: true, help: false, options: { width: 960, … } }
 */
export function parseExportArgs(argv: readonly string[], now: Date = new Date()): ParseResult {
  const { tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const errors: string[] = [];
  const raw = new Map<OptionName, string | true>();
  // Options already reported as written wrong, so their value checks do not pile on a second message.
  const broken = new Set<string>();
  let unknownBefore = false;
  for (const token of tokens) {
    // An unknown option's value stands alone after it; the unknown option is the one mistake to report.
    if (token.kind === 'positional' && !unknownBefore) errors.push(`export: unexpected argument "${token.value}"; every value follows its option, such as --out ${token.value}`);
    unknownBefore = token.kind === 'option' && !Object.hasOwn(OPTIONS, token.name) && !token.inlineValue;
    if (token.kind !== 'option') continue;
    const problem = tokenProblem(token.name, token.rawName, token.value, token.inlineValue);
    if (problem) {
      errors.push(problem);
      broken.add(token.name);
      continue;
    }
    const name = token.name as OptionName;
    if (raw.has(name)) errors.push(`export: --${name} is given more than once; give it once`);
    raw.set(name, token.value ?? true);
  }
  if (raw.has('help')) return { ok: true, help: true };

  const text = (name: OptionName) => (typeof raw.get(name) === 'string' ? (raw.get(name) as string) : undefined);
  const check = <T>(result: Checked<T>): T | undefined => {
    if ('errors' in result) {
      errors.push(...result.errors.map((line) => `export: ${line}`));
      return undefined;
    }
    return result.value;
  };

  const optional = <T>(name: OptionName, checker: (value: string) => Checked<T>) => {
    const value = text(name);
    return value === undefined ? undefined : check(checker(value));
  };

  // --html replaces --out: the SVG and the HTML are two exports, and only one was meant.
  const wantsHtml = raw.has('html') || broken.has('html');
  if (wantsHtml && (raw.has('out') || broken.has('out'))) errors.push('export: --out and --html cannot be used together: give --out FILE.svg for the map as a picture, or --html FILE.html for the interactive map');
  if (wantsHtml && raw.has('png')) errors.push('export: --png goes with --out (the PNG is drawn from the SVG); leave it out with --html');
  const html = optional('html', checkHtml);
  const frames = optional('frames', checkFrames);
  const out = wantsHtml || broken.has('out') ? '' : check(raw.has('frames') || broken.has('frames') ? checkFolder(text('out')) : checkOut(text('out')));
  const width = check(checkSize('width', text('width'), DEFAULT_WIDTH));
  const height = check(checkSize('height', text('height'), DEFAULT_HEIGHT));
  // With one of them already reported, "--zoom needs --center" would only repeat the mistake.
  const framingBroken = broken.has('bounds') || broken.has('zoom') || broken.has('center');
  const framing = framingBroken ? undefined : check(checkFraming(text('bounds'), text('zoom'), text('center')));
  const types = optional('types', checkTypes);
  const from = optional('from', (value) => checkFilterDate('from', value));
  const to = optional('to', (value) => checkFilterDate('to', value));
  if (from && to) check(checkRange(from, to));
  const at = optional('at', (value) => checkFilterDate('at', value));
  check(checkMoments(raw));
  const data = optional('data', checkData);
  const theme = check(checkTheme(text('theme')));
  const date = check(checkExportDate(text('date'), now));

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    help: false,
    options: {
      out: out!, ...(html !== undefined ? { html } : {}), width: width!, height: height!, framing: framing!, types, from, to, data, theme: theme!, date: date!,
      png: raw.has('png'), force: raw.has('force'), footnotes: raw.has('footnotes'),
      ...(at !== undefined ? { at } : {}), ...(frames !== undefined ? { frames } : {}),
    },
  };
}

/** A checked value, or what is wrong with it: lines without the `export: ` prefix. */
export type Checked<T> = { value: T } | { errors: string[] };
export const fail = (...errors: string[]): { errors: string[] } => ({ errors });

/** What is wrong with one option token as written, before its value is read: unknown, valueless or a stray value. */
function tokenProblem(name: string, rawName: string, value: string | undefined, inline: boolean | undefined): string | undefined {
  if (!Object.hasOwn(OPTIONS, name)) {
    // Short names are too short to guess from: -x is as near --to as anything.
    const near = rawName.startsWith('--') && name.length >= 4 ? nearestOption(name) : undefined;
    return `export: unknown option ${rawName}${near ? `; did you mean --${near}?` : ''} (see --help for the options)`;
  }
  const spec = OPTIONS[name as OptionName];
  if (spec.type === 'boolean') return inline ? `export: --${name} takes no value; write --${name} alone` : undefined;
  // parseArgs takes the next argument as the value even when it is the next option; a missing value is the likelier mistake.
  if (value === undefined || (!inline && value.startsWith('--'))) {
    return `export: --${name} needs a value: ${spec.help}${value ? `; "${value}" looks like the next option` : ''}`;
  }
  return undefined;
}

/** The known option closest in spelling to an unknown one, if any is close. */
function nearestOption(name: string): OptionName | undefined {
  let best: { name: OptionName; distance: number } | undefined;
  for (const option of Object.keys(OPTIONS) as OptionName[]) {
    const distance = editDistance(name.toLowerCase(), option);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: option, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

function checkHtml(html: string): Checked<string> {
  return /\.html?$/i.test(html) && html.replace(/^.*[\\/]/, '').length > 5 ? { value: html } : fail(`--html "${html}" is not an HTML file name; give one ending in .html, such as --html map.html`);
}

function checkOut(out: string | undefined): Checked<string> {
  if (out === undefined) return fail('--out is required: the SVG file to write, such as --out map.svg');
  if (!/\.svg$/i.test(out) || out.replace(/^.*[\\/]/, '').length <= 4) return fail(`--out "${out}" is not an SVG file name; give one ending in .svg, such as --out map.svg`);
  return { value: out };
}

function checkSize(name: 'width' | 'height', text: string | undefined, fallback: number): Checked<number> {
  if (text === undefined) return { value: fallback };
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < SIZE_MIN || n > SIZE_MAX) return fail(`--${name} "${text}" is not a whole number from ${SIZE_MIN} to ${SIZE_MAX}`);
  return { value: n };
}

/** Numbers separated by commas, or undefined when any part is not a finite number. */
function numberList(text: string, count: number): number[] | undefined {
  const parts = text.split(',');
  if (parts.length !== count || parts.some((p) => p.trim() === '')) return undefined;
  const numbers = parts.map(Number);
  return numbers.every(Number.isFinite) ? numbers : undefined;
}

const LAT_LIMIT = 85;
const latProblem = (label: string, v: number) => (Math.abs(v) > LAT_LIMIT ? `${label} ${v} is not a latitude from -${LAT_LIMIT} to ${LAT_LIMIT}` : undefined);
const lonProblem = (label: string, v: number) => (Math.abs(v) > 180 ? `${label} ${v} is not a longitude from -180 to 180` : undefined);

function checkFraming(bounds: string | undefined, zoom: string | undefined, center: string | undefined): Checked<Framing> {
  if (bounds !== undefined && (zoom !== undefined || center !== undefined)) {
    return fail(`--bounds cannot be used with ${zoom !== undefined ? '--zoom' : '--center'}; give --bounds S,W,N,E, or --zoom Z with --center LAT,LON`);
  }
  if (bounds !== undefined) return checkBounds(bounds);
  if (zoom === undefined && center === undefined) return { value: { kind: 'story' } };
  if (zoom === undefined) return fail(`--center needs --zoom: give both, such as --center ${center} --zoom 3`);
  if (center === undefined) return fail(`--zoom needs --center: give both, such as --zoom ${zoom} --center 45,100`);
  const z = Number(zoom);
  const zoomError = `--zoom "${zoom}" is not a zoom from ${MIN_ZOOM} to ${MAX_ZOOM} in steps of ${ZOOM_STEP}, such as 3 or 4.25`;
  const problems: string[] = [];
  if (zoom.trim() === '' || !Number.isFinite(z) || z < MIN_ZOOM || z > MAX_ZOOM || !Number.isInteger(z / ZOOM_STEP)) problems.push(zoomError);
  const c = numberList(center, 2);
  if (!c) problems.push(`--center "${center}" is not LAT,LON in degrees, such as --center 45,100`);
  else {
    const p = latProblem('latitude', c[0]) ?? lonProblem('longitude', c[1]);
    if (p) problems.push(`--center "${center}": ${p}`);
  }
  if (problems.length) return fail(...problems);
  return { value: { kind: 'centre', zoom: z, lat: c![0], lon: c![1] } };
}

function checkBounds(text: string): Checked<Framing> {
  const n = numberList(text, 4);
  if (!n) return fail(`--bounds "${text}" is not four numbers south,west,north,east in degrees, such as --bounds 10,25,62,135`);
  const [south, west, north, east] = n;
  const problem = latProblem('south', south) ?? lonProblem('west', west) ?? latProblem('north', north) ?? lonProblem('east', east)
    ?? (south >= north ? `south ${south} is not below north ${north}` : undefined)
    ?? (west >= east ? `west ${west} is not left of east ${east} (bounds across the 180th meridian are not supported)` : undefined);
  if (problem) return fail(`--bounds "${text}": ${problem}; give south,west,north,east, such as --bounds 10,25,62,135`);
  return { value: { kind: 'bounds', bounds: { south, west, north, east } } };
}

function checkTypes(text: string): Checked<RelationType[]> {
  const names = text.split(',').map((t) => t.trim()).filter(Boolean);
  const known = relationTypeNames.join(', ');
  if (!names.length) return fail(`--types "${text}" names no relation type; give one or more of ${known}, separated by commas`);
  const unknown = names.filter((t) => !Object.hasOwn(RELATION_TYPES, t));
  if (unknown.length) {
    const list = unknown.map((t) => `"${t}"`).join(', ');
    return fail(`--types ${list} ${unknown.length > 1 ? 'are not relation types' : 'is not a relation type'}; the types are ${known}`);
  }
  return { value: [...new Set(names)] as RelationType[] };
}

function checkFilterDate(name: 'from' | 'to' | 'at', text: string): Checked<string> {
  if (dateOutOfRange(text)) return fail(`--${name} "${text}" is out of range; give a year from ${OPTION_YEARS}, such as 2024-06`);
  if (!precisionOf(text)) return fail(`--${name} "${text}" is not a real date written YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-06`);
  return { value: text };
}

/** A range is empty when it starts after it ends; at year or month precision each end covers its whole span. */
function checkRange(from: string, to: string): Checked<null> {
  const [start] = dateSpan(from, precisionOf(from)!);
  const [, end] = dateSpan(to, precisionOf(to)!);
  return start > end ? fail(`--from ${from} is after --to ${to}; give a --from on or before --to`) : { value: null };
}

function checkData(text: string): Checked<string> {
  return text.trim() ? { value: text } : fail('--data "" is not a file name; give the relations JSON, such as --data data/relations.json');
}

function checkTheme(text: string | undefined): Checked<Theme['name']> {
  if (text === undefined) return { value: 'light' };
  return text === 'light' || text === 'dark' ? { value: text } : fail(`--theme "${text}" is not a theme; give light or dark`);
}

function checkExportDate(text: string | undefined, now: Date): Checked<string> {
  if (text === undefined) return { value: now.toISOString().slice(0, 10) };
  if (dateOutOfRange(text)) return fail(`--date "${text}" is out of range; give a date from ${OPTION_DAYS}, such as 2024-06-21`);
  return isIsoDate(text, 'day') ? { value: text } : fail(`--date "${text}" is not a real date written YYYY-MM-DD, such as 2024-06-21`);
}

/**
 * Runs `npm run export` from its arguments: prints help, the option errors (exit 2), or exports.
 * Returns the exit code; it never exits the process itself.
 *
 * @example process.exitCode = exportMain(process.argv.slice(2), nodeIo)
 */
export function exportMain(argv: readonly string[], given: ExportIo, now: Date = new Date()): number {
  const io = printing(given);
  const parsed = parseExportArgs(argv, now);
  if (!parsed.ok) {
    parsed.errors.forEach((line) => io.err(line));
    io.err('export: run with --help to see every option');
    return EXIT.usage;
  }
  if (parsed.help) {
    io.out(usage());
    return EXIT.ok;
  }
  return runExport(parsed.options, io);
}

/**
 * Writes the SVG (and PNG) of checked options: loads and validates the story, frames the view,
 * draws it with the same `exportSvg` as the browser and writes the files, or writes nothing and
 * says why. Every output is made before any is written, and none replaces a file without `force`.
 * Returns the exit code.
 */
export function runExport(options: ExportCliOptions, given: ExportIo): number {
  const io = printing(given);
  if (options.html !== undefined) return runHtmlExport(options as ExportCliOptions & { html: string }, io);
  if (options.frames !== undefined) return runFrames(options as ExportCliOptions & { frames: 'month' | 'year' }, io);
  const targets = outputPaths(options);
  const blocked = outputProblems('export', '--out', targets, options.force, io);
  if (blocked.length) {
    blocked.forEach((line) => io.err(line));
    return EXIT.failed;
  }

  const loaded = readStory(storyPlace(options.data), io);
  if (!loaded.ok) {
    loaded.errors.forEach((line) => io.err(line));
    return EXIT.failed;
  }
  const view = viewOf(options, loaded.story);
  const basemap = readBasemap(view.zoom, io);
  const svg = exportSvg(loaded.story, basemap, view, {
    filters: filtersOf(options),
    theme: THEMES[options.theme],
    date: options.date,
    footnotes: options.footnotes,
    compact: isCompact(options.width),
    moment: options.at && describeTime({ mode: 'asof', to: options.at }),
  });
  const files: (Output & { size: string })[] = [{ path: targets[0], data: svg, size: svgSize(svg) }];
  if (options.png) {
    const png = rasterise(svg);
    if ('error' in png) {
      io.err(`export: ${png.error}; nothing was written`);
      return EXIT.failed;
    }
    files.push({ path: targets[1], ...png });
  }

  const failed = writeWhole('export', files, options.force, io);
  if (failed) {
    io.err(failed);
    return EXIT.failed;
  }
  for (const file of files) io.out(`export: wrote ${file.path} (${file.size}, ${formatBytes(byteLength(file.data))})`);
  return EXIT.ok;
}

/**
 * `--html`: the story as one self-contained interactive HTML file (the app's one-file bundle, built
 * first if this checkout has not built it), written whole or not at all.
 */
function runHtmlExport(options: ExportCliOptions & { html: string }, io: ExportIo): number {
  const problem = outputProblems('export', '--html', [options.html], options.force, io);
  if (problem.length) {
    problem.forEach((line) => io.err(line));
    return EXIT.failed;
  }
  const loaded = readStory(storyPlace(options.data), io);
  if (!loaded.ok) {
    loaded.errors.forEach((line) => io.err(line));
    return EXIT.failed;
  }
  const bundle = join(PROJECT, 'dist/standalone/standalone.js');
  if (!existsSync(bundle)) {
    io.out('export: building the one-file bundle first (vite build --config vite.standalone.config.ts)…');
    const built = spawnSync(process.execPath, [join(PROJECT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.standalone.config.ts', '--logLevel', 'warn'], { cwd: PROJECT, encoding: 'utf8' });
    if (built.status !== 0 || !existsSync(bundle)) {
      io.err(`export: the one-file bundle could not be built: ${(built.stderr || built.error?.message || '').trim().split('\n').slice(-1)[0]}`);
      return EXIT.failed;
    }
  }
  const assets = { js: readFileSync(bundle, 'utf8'), css: readFileSync(join(PROJECT, 'dist/standalone/standalone.css'), 'utf8') };
  const html = interactiveHtml(loaded.story, assets, (text) => createHash('sha256').update(text).digest('base64'));
  const failed = writeWhole('export', [{ path: options.html, data: html }], options.force, io);
  if (failed) {
    io.err(failed);
    return EXIT.failed;
  }
  io.out(`export: wrote ${options.html} (${formatBytes(byteLength(html))}, ${formatBytes(gzipSync(html).length)} gzip), one file that opens offline`);
  return EXIT.ok;
}

/** The SVG path, and the PNG beside it when asked for. */
export function outputPaths(options: Pick<ExportCliOptions, 'out' | 'png'>): string[] {
  return options.png ? [options.out, options.out.replace(/\.svg$/i, '.png')] : [options.out];
}

/** The story's JSON: --data as given, or the built-in story of this checkout. */
export function storyPlace(data: string | undefined): { path: string; name: string } {
  return { path: data ?? join(PROJECT, DEFAULT_DATA), name: data ?? DEFAULT_DATA };
}

/** The view the options ask for. */
export function viewOf(options: Pick<ExportCliOptions, 'framing' | 'width' | 'height'>, story?: Story): View {
  const { framing, width, height } = options;
  if (framing.kind === 'bounds') return fitView(boundsBox(framing.bounds), width, height);
  if (framing.kind === 'centre') return centredView(framing.lat, framing.lon, framing.zoom, width, height);
  if (!story) throw new Error('viewOf: the story framing needs the story');
  return storyView(story, width, height);
}

/** The app's basemap for a zoom: 110m for the world, 50m from DETAIL_ZOOM on. */
export function readBasemap(zoom: number, io: ExportIo): Basemap {
  const file = zoom >= DETAIL_ZOOM ? 'geo/countries-50m.json' : 'geo/countries-110m.json';
  return basemapFromTopology(JSON.parse(io.readText(join(PROJECT, file))) as CountriesTopology);
}

export function filtersOf(options: Pick<ExportCliOptions, 'types' | 'from' | 'to' | 'at'>): Filters {
  if (options.at) return { types: options.types && new Set(options.types), to: options.at, mode: 'asof' };
  return { types: options.types && new Set(options.types), from: options.from, to: options.to };
}

/**
 * The SVG at PNG_SCALE× with resvg. System fonts are loaded because the SVG names font families
 * rather than embedding fonts; without them resvg draws no text at all.
 */
function rasterise(svg: string): { data: Uint8Array; size: string } | { error: string } {
  const [width, height] = ['width', 'height'].map((name) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(/<svg\b[^>]*>/.exec(svg)?.[0] ?? '')?.[1] ?? NaN) * PNG_SCALE);
  if (!(width <= PNG_MAX_SIDE && height <= PNG_MAX_SIDE && width * height <= PNG_MAX_PIXELS)) {
    return { error: `the PNG would be ${Math.round(width)}×${Math.round(height)} px, over the ${PNG_MAX_SIDE.toLocaleString('en')} px a side and ${PNG_MAX_PIXELS / 1e6} megapixels it may have; write the SVG alone (leave out --png), or make it smaller (--width, --height, or without --footnotes)` };
  }
  // In a process of its own: resvg aborts on some views, and the export must say so, not die.
  const child = spawnSync(process.execPath, [join(PROJECT, 'scripts/rasterise.mjs'), String(PNG_SCALE)], { input: svg, maxBuffer: 1 << 30, timeout: 120_000 });
  if (child.status !== 0 || !child.stdout?.length) {
    const why = child.error ? child.error.message : child.signal ? `the renderer stopped (${child.signal})` : String(child.stderr ?? '').trim().split('\n').find((l) => /panicked|Error/.test(l)) ?? `exit status ${child.status}`;
    return { error: `resvg could not draw the PNG of this view (${why.slice(0, 160)}); the SVG itself is sound: write it alone (leave out --png), or try another --zoom or --bounds` };
  }
  return { data: new Uint8Array(child.stdout), size: `${Math.round(width)}×${Math.round(height)} px` };
}

/** The largest PNG the command writes: what resvg and image viewers handle without trouble. */
const PNG_MAX_SIDE = 16_384;
const PNG_MAX_PIXELS = 100_000_000;

/** The pixel size an SVG declares on its root. */
export function svgSize(svg: string): string {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1] ?? '?';
  return `${attr('width')}×${attr('height')} px`;
}

function byteLength(data: string | Uint8Array): number {
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
}

function formatBytes(n: number): string {
  return n < 1000 ? `${n} bytes` : n < 1e6 ? `${(n / 1000).toFixed(1)} kB` : `${(n / 1e6).toFixed(2)} MB`;
}

import { parseArgs } from 'node:util';
import { ASPECT_NAMES, dateSpan, MAX_ZOOM, MIN_ZOOM, PRESET_WIDTHS, ZOOM_STEP, type Aspect, type LatLonBounds, type Theme } from '../core/index.ts';
import { RELATION_TYPES, relationTypeNames, type RelationType } from '../data/index.ts';
import { isIsoDate, precisionOf } from '../data/isoDate.ts';
import { dateOutOfRange, OPTION_DAYS, OPTION_YEARS } from './dateOptions.ts';
import { checkFolder, checkFrames, checkMoments } from './exportFrames.ts';

// The options of `npm run export`: what each is, its help, and the checks that read a command line into ExportCliOptions.

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
  /** A preset's shape: the whole picture (header, map, footer) is `width` wide in this aspect, and `height` is unused. */
  aspect?: Aspect;
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


export const SIZE_MIN = 100;
export const SIZE_MAX = 8000;
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 800;
/** The width of a preset (--aspect) without --width. */
export const PRESET_WIDTH = 960;
export const PNG_SCALE = 2;
export const DEFAULT_DATA = 'data/relations.json';

type OptionName = keyof typeof OPTIONS;

/** Every option, with what its value must be: the help text and the "needs a value" messages use it. */
const OPTIONS = {
  out: { type: 'string', value: 'FILE', help: 'the SVG file to write, ending in .svg (required, unless --html)' },
  html: { type: 'string', value: 'FILE', help: 'write the interactive map as one HTML file that opens offline (hover, keys, filters, export), instead of an SVG' },
  width: { type: 'string', value: 'N', help: `map width in pixels, a whole number from ${SIZE_MIN} to ${SIZE_MAX} (default ${DEFAULT_WIDTH})` },
  height: { type: 'string', value: 'N', help: `map height in pixels, a whole number from ${SIZE_MIN} to ${SIZE_MAX} (default ${DEFAULT_HEIGHT})` },
  aspect: { type: 'string', value: 'W:H', help: `a preset: the whole picture --width wide (${PRESET_WIDTHS.join(', ')} or any; default ${PRESET_WIDTH}) in the aspect ${ASPECT_NAMES.join(', ')} (9:16 is a phone's, its type set for a phone); instead of --height` },
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
  const aspect = optional('aspect', checkAspect);
  if ((raw.has('aspect') || broken.has('aspect')) && (raw.has('height') || broken.has('height'))) errors.push(`export: --aspect and --height cannot be used together: the aspect sets the height from the width; give one of them`);
  const height = check(checkSize('height', text('height'), DEFAULT_HEIGHT));
  const presetWidth = raw.has('aspect') && !raw.has('width') ? PRESET_WIDTH : undefined;
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
      out: out!, ...(html !== undefined ? { html } : {}), width: presetWidth ?? width!, height: height!, ...(aspect ? { aspect } : {}), framing: framing!, types, from, to, data, theme: theme!, date: date!,
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

function checkAspect(text: string): Checked<Aspect> {
  return (ASPECT_NAMES as string[]).includes(text.trim()) ? { value: text.trim() as Aspect } : fail(`--aspect "${text}" is not one of the presets' aspects; give ${ASPECT_NAMES.join(', ')}, such as --aspect 16:9`);
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

import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exportMain, parseExportArgs, runExport, viewOf, type ExportCliOptions, type ExportIo } from '../../src/cli/exportCommand.ts';
import { boundsBox, fitView, storyView } from '../../src/core/index.ts';
import { exportSvg, mercator, THEMES, type View } from '../../src/core/index.ts';
import { formatError, loadStory, relationTypeNames } from '../../src/data/index.ts';
import { basemapFromTopology, type CountriesTopology } from '../../src/geo/basemap.ts';
import { articleText, basemap110m, builtInStory, read, relationsData } from './fixtures.ts';

const NOW = new Date('2024-07-01T12:00:00Z');
const story = builtInStory();

/** The errors parseExportArgs gives for a command line, which must not parse. */
function errorsOf(...argv: string[]): string[] {
  const result = parseExportArgs(argv, NOW);
  if (result.ok) throw new Error(`expected errors for ${argv.join(' ')}`);
  return result.errors;
}

/** The options of a command line that must parse. */
function optionsOf(...argv: string[]): ExportCliOptions {
  const result = parseExportArgs(argv, NOW);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  if (result.help) throw new Error('unexpected --help');
  return result.options;
}

describe('parseExportArgs: valid command lines', () => {
  test('defaults: 1280×800, the story framing, light, today in UTC, nothing extra', () => {
    expect(optionsOf('--out', 'map.svg')).toEqual({
      out: 'map.svg', width: 1280, height: 800, framing: { kind: 'story' }, types: undefined, from: undefined, to: undefined,
      data: undefined, theme: 'light', date: '2024-07-01', png: false, force: false, footnotes: false,
    });
  });
  test('every option, values inline or apart, negative numbers as values', () => {
    const o = optionsOf('--out=a/b.SVG', '--width', '960', '--height=640', '--bounds', '-40,-80,10,-30', '--types', 'war,visit,war',
      '--from', '2024', '--to', '2024-06-19', '--data', 'x.json', '--theme', 'dark', '--footnotes', '--date', '2024-02-29', '--png', '--force');
    expect(o).toEqual({
      out: 'a/b.SVG', width: 960, height: 640, framing: { kind: 'bounds', bounds: { south: -40, west: -80, north: 10, east: -30 } },
      types: ['war', 'visit'], from: '2024', to: '2024-06-19', data: 'x.json', theme: 'dark', date: '2024-02-29', png: true, force: true, footnotes: true,
    });
  });
  test('--zoom with --center', () => {
    expect(optionsOf('--out', 'm.svg', '--zoom', '4.25', '--center', '-33.9,18.4').framing).toEqual({ kind: 'centre', zoom: 4.25, lat: -33.9, lon: 18.4 });
  });
  test('a range of one month, and a year containing a day', () => {
    expect(optionsOf('--out', 'm.svg', '--from', '2024-06', '--to', '2024-06').from).toBe('2024-06');
    expect(optionsOf('--out', 'm.svg', '--from', '2024-06-19', '--to', '2024').to).toBe('2024');
  });
  test('--help wins over everything else', () => {
    expect(parseExportArgs(['--width', 'abc', '--help'], NOW)).toEqual({ ok: true, help: true });
    expect(parseExportArgs(['-h'], NOW)).toEqual({ ok: true, help: true });
  });
});

describe('parseExportArgs: every mistake has its one-line message', () => {
  const cases: [string, string[], string][] = [
    ['missing --out', [], 'export: --out is required: the SVG file to write, such as --out map.svg'],
    ['--out not .svg', ['--out', 'map.png'], 'export: --out "map.png" is not an SVG file name; give one ending in .svg, such as --out map.svg'],
    ['--out only an extension', ['--out', 'dir/.svg'], 'export: --out "dir/.svg" is not an SVG file name; give one ending in .svg, such as --out map.svg'],
    ['--width not a number', ['--width', 'abc'], 'export: --width "abc" is not a whole number from 100 to 8000'],
    ['--width too small', ['--width', '99'], 'export: --width "99" is not a whole number from 100 to 8000'],
    ['--width fractional', ['--width', '960.5'], 'export: --width "960.5" is not a whole number from 100 to 8000'],
    ['--height too large', ['--height', '8001'], 'export: --height "8001" is not a whole number from 100 to 8000'],
    ['--bounds not four numbers', ['--bounds', '1,2,3'], 'export: --bounds "1,2,3" is not four numbers south,west,north,east in degrees, such as --bounds 10,25,62,135'],
    ['--bounds with a word', ['--bounds', '1,2,x,4'], 'export: --bounds "1,2,x,4" is not four numbers south,west,north,east in degrees, such as --bounds 10,25,62,135'],
    ['--bounds latitude', ['--bounds', '-90,0,10,20'], 'export: --bounds "-90,0,10,20": south -90 is not a latitude from -85 to 85; give south,west,north,east, such as --bounds 10,25,62,135'],
    ['--bounds longitude', ['--bounds', '0,0,10,200'], 'export: --bounds "0,0,10,200": east 200 is not a longitude from -180 to 180; give south,west,north,east, such as --bounds 10,25,62,135'],
    ['--bounds upside down', ['--bounds', '50,0,10,20'], 'export: --bounds "50,0,10,20": south 50 is not below north 10; give south,west,north,east, such as --bounds 10,25,62,135'],
    ['--bounds across 180°', ['--bounds', '0,170,10,-170'], 'export: --bounds "0,170,10,-170": west 170 is not left of east -170 (bounds across the 180th meridian are not supported); give south,west,north,east, such as --bounds 10,25,62,135'],
    ['--bounds with --zoom', ['--bounds', '0,0,10,10', '--zoom', '3'], 'export: --bounds cannot be used with --zoom; give --bounds S,W,N,E, or --zoom Z with --center LAT,LON'],
    ['--bounds with --center', ['--bounds', '0,0,10,10', '--center', '5,5'], 'export: --bounds cannot be used with --center; give --bounds S,W,N,E, or --zoom Z with --center LAT,LON'],
    ['--zoom alone', ['--zoom', '3'], 'export: --zoom needs --center: give both, such as --zoom 3 --center 45,100'],
    ['--center alone', ['--center', '45,100'], 'export: --center needs --zoom: give both, such as --center 45,100 --zoom 3'],
    ['--zoom off the steps', ['--zoom', '2.3', '--center', '0,0'], 'export: --zoom "2.3" is not a zoom from 0 to 8 in steps of 0.25, such as 3 or 4.25'],
    ['--zoom too deep', ['--zoom', '9', '--center', '0,0'], 'export: --zoom "9" is not a zoom from 0 to 8 in steps of 0.25, such as 3 or 4.25'],
    ['--center malformed', ['--zoom', '3', '--center', '45'], 'export: --center "45" is not LAT,LON in degrees, such as --center 45,100'],
    ['--center out of range', ['--zoom', '3', '--center', '45,181'], 'export: --center "45,181": longitude 181 is not a longitude from -180 to 180'],
    ['--types unknown', ['--types', 'alliance,friendship'], `export: --types "friendship" is not a relation type; the types are ${relationTypeNames.join(', ')}`],
    ['--types several unknown', ['--types', 'a,b'], `export: --types "a", "b" are not relation types; the types are ${relationTypeNames.join(', ')}`],
    ['--types empty', ['--types', ','], `export: --types "," names no relation type; give one or more of ${relationTypeNames.join(', ')}, separated by commas`],
    ['--from not a date', ['--from', 'June'], 'export: --from "June" is not a real date written YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-06'],
    ['--from month 13', ['--from', '2024-13'], 'export: --from "2024-13" is not a real date written YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-06'],
    ['--to 29 February of a common year', ['--to', '2023-02-29'], 'export: --to "2023-02-29" is not a real date written YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-06'],
    ['--from after --to', ['--from', '2024-07', '--to', '2024-06-30'], 'export: --from 2024-07 is after --to 2024-06-30; give a --from on or before --to'],
    ['--data empty', ['--data', ''], 'export: --data "" is not a file name; give the relations JSON, such as --data data/relations.json'],
    ['--theme unknown', ['--theme', 'sepia'], 'export: --theme "sepia" is not a theme; give light or dark'],
    ['--date not real', ['--date', '2024-02-30'], 'export: --date "2024-02-30" is not a real date written YYYY-MM-DD, such as 2024-06-21'],
    ['--date of a month', ['--date', '2024-06'], 'export: --date "2024-06" is not a real date written YYYY-MM-DD, such as 2024-06-21'],
    ['unknown option, near a known one', ['--widht', '900'], 'export: unknown option --widht; did you mean --width? (see --help for the options)'],
    ['unknown option', ['--colour', 'red'], 'export: unknown option --colour (see --help for the options)'],
    ['unknown short option', ['-x'], 'export: unknown option -x (see --help for the options)'],
    ['missing value at the end', ['--width'], 'export: --width needs a value: map width in pixels, a whole number from 100 to 8000 (default 1280)'],
    ['missing value before an option', ['--theme', '--png'], 'export: --theme needs a value: light or dark (default light); "--png" looks like the next option'],
    ['a flag given a value', ['--png=yes'], 'export: --png takes no value; write --png alone'],
    ['a stray argument', ['map.svg'], 'export: unexpected argument "map.svg"; every value follows its option, such as --out map.svg'],
    ['an option twice', ['--width', '900', '--width', '1000'], 'export: --width is given more than once; give it once'],
  ];
  test.each(cases)("%s", (name, argv, message) => {
    // --out is given unless the case is about --out, so each case shows its own message.
    const withOut = argv.some((a) => a.startsWith('--out')) || name === 'missing --out' ? argv : ['--out', 'm.svg', ...argv];
    expect(errorsOf(...withOut)).toContain(message);
  });

  test('every error is one line, and all of them are reported at once', () => {
    const errors = errorsOf('--width', 'abc', '--height', '5', '--types', 'nope', '--theme', 'x', '--date', 'y', '--colour', 'red', 'stray');
    // Seven mistakes, and --out missing; "red" is taken as the unknown option's value, not reported again.
    expect(errors).toHaveLength(8);
    expect(errors.every((e) => e.startsWith('export: ') && !e.includes('\n'))).toBe(true);
  });

  test('exportMain prints them with a pointer to --help and exits 2, writing nothing', () => {
    const io = memoryIo();
    expect(exportMain(['--width', 'abc'], io, NOW)).toBe(2);
    expect(io.errLines).toEqual([
      'export: --out is required: the SVG file to write, such as --out map.svg',
      'export: --width "abc" is not a whole number from 100 to 8000',
      'export: run with --help to see every option',
    ]);
    expect(io.written).toEqual([]);
  });

  test('exportMain prints --help on stdout and exits 0', () => {
    const io = memoryIo();
    expect(exportMain(['--help'], io, NOW)).toBe(0);
    const help = io.outLines.join('\n');
    for (const option of ['--out', '--width', '--height', '--bounds', '--zoom', '--center', '--types', '--from', '--to', '--data', '--theme', '--footnotes', '--date', '--png', '--force', '--help']) {
      expect(help).toContain(option);
    }
  });
});

describe('the view', () => {
  test('--bounds: the largest quarter zoom at which the bounds fit, centred', () => {
    const bounds = { south: 33, west: 124, north: 43, east: 131 };
    const view = viewOf({ framing: { kind: 'bounds', bounds }, width: 800, height: 600 });
    expect(view.zoom % 0.25).toBe(0);
    const corners = (v: View) => [mercator(bounds.north, bounds.west, v.zoom), mercator(bounds.south, bounds.east, v.zoom)].map(([x, y]) => [x - v.origin[0], y - v.origin[1]]);
    const [[left, top], [right, bottom]] = corners(view);
    expect(left).toBeGreaterThanOrEqual(-0.5);
    expect(top).toBeGreaterThanOrEqual(-0.5);
    expect(right).toBeLessThanOrEqual(800.5);
    expect(bottom).toBeLessThanOrEqual(600.5);
    // Centred: the free room on either side differs by at most the rounding of the origin.
    expect(Math.abs(left - (800 - right))).toBeLessThanOrEqual(1);
    expect(Math.abs(top - (600 - bottom))).toBeLessThanOrEqual(1);
    // One step deeper the bounds no longer fit.
    const k = 2 ** (view.zoom + 0.25);
    const [[x0, y0], [x1, y1]] = boundsBox(bounds);
    expect((x1 - x0) * k > 800 || (y1 - y0) * k > 600).toBe(true);
  });
  test('an exact fit keeps its zoom', () => {
    expect(fitView([[0, 0], [40, 25]], 1280, 800).zoom).toBe(5);
  });
  test('--zoom and --center: the centre in the middle of the view', () => {
    const view = viewOf({ framing: { kind: 'centre', zoom: 3, lat: 45, lon: 100 }, width: 1280, height: 800 });
    const [x, y] = mercator(45, 100, 3);
    expect(view.zoom).toBe(3);
    expect(Math.abs(x - view.origin[0] - 640)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(y - view.origin[1] - 400)).toBeLessThanOrEqual(0.5);
  });
  test('the default framing shows every anchor inside the view, clear of the edges', () => {
    for (const [width, height] of [[1280, 800], [400, 700], [3000, 400]]) {
      const view = storyView(story, width, height);
      for (const actor of story.actors) {
        const [x, y] = mercator(actor.anchor.lat, actor.anchor.lon, view.zoom);
        expect(x - view.origin[0]).toBeGreaterThan(10);
        expect(x - view.origin[0]).toBeLessThan(width - 40);
        expect(y - view.origin[1]).toBeGreaterThan(10);
        expect(y - view.origin[1]).toBeLessThan(height - 10);
      }
    }
  });
});

interface TestIo extends ExportIo {
  outLines: string[];
  errLines: string[];
  written: string[];
}

/** The real file system, with the printed lines and written paths kept for the test to read. */
function fileIo(): TestIo {
  const io: TestIo = {
    outLines: [], errLines: [], written: [],
    readText: (path) => readFileSync(path, 'utf8'),
    exists: (path) => existsSync(path),
    write: (path, data, overwrite) => {
      writeFileSync(path, data, { flag: overwrite ? 'w' : 'wx' });
      io.written.push(path);
    },
    out: (line) => io.outLines.push(line),
    err: (line) => io.errLines.push(line),
  };
  return io;
}

/** An io that may read but must not get as far as writing. */
function memoryIo(): TestIo {
  const io = fileIo();
  io.write = (path) => {
    io.written.push(path);
  };
  return io;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command line in the temp folder (paths given relative to it) and returns the io. */
function run(...argv: string[]): TestIo & { code: number } {
  const io = fileIo();
  const inDir = argv.map((a, i) => (['--out', '--data'].includes(argv[i - 1]) ? join(dir, a) : a));
  const code = exportMain([...inDir, '--date', '2024-06-21'], io, NOW);
  return Object.assign(io, { code });
}

const hasXmllint = existsSync('/usr/bin/xmllint');

describe('runExport: the files', () => {
  test('writes a well-formed, self-contained SVG and says so', () => {
    const io = run('--out', 'map.svg');
    expect(io.code).toBe(0);
    expect(io.errLines).toEqual([]);
    const path = join(dir, 'map.svg');
    expect(io.outLines).toEqual([`export: wrote ${path} (1280×874 px, ${(statSync(path).size / 1000).toFixed(1)} kB)`]);
    const svg = readFileSync(path, 'utf8');
    if (hasXmllint) execFileSync('/usr/bin/xmllint', ['--noout', path]);
    const root = /<svg\b[^>]*>/.exec(svg)![0];
    expect(root).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(root).toMatch(/ viewBox="0 0 1280 874"/);
    expect(root).toMatch(/ width="1280"/);
    expect(root).toMatch(/ height="874"/);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
    expect(svg).not.toMatch(/foreignObject/i);
    expect(svg).not.toMatch(/href="http/i);
    expect(svg).toContain(story.title);
    expect(svg).toContain('<dc:date>2024-06-21</dc:date>');
    expect(svg).not.toContain('Exported');
    expect(svg.match(/data-relation-id=/g)).toHaveLength(story.relations.length);
  });

  test('a preset writes a file of exactly its size, the legend\'s band taken from the map (the built-in story\'s legend goes under the map at 16:9 960 and at the phone preset)', () => {
    for (const [argv, size] of [[['--aspect', '16:9', '--width', '960'], [960, 540]], [['--aspect', '9:16', '--width', '640'], [640, 1138]], [['--aspect', '4:3', '--width', '640', '--theme', 'dark'], [640, 480]]] as const) {
      const name = `preset-${argv[1].replace(':', 'x')}-${argv[3]}.svg`;
      const io = run('--out', name, ...argv);
      expect(io.code).toBe(0);
      expect(io.outLines[0]).toContain(`(${size[0]}×${size[1]} px,`);
      const svg = readFileSync(join(dir, name), 'utf8');
      expect(/<svg\b[^>]*>/.exec(svg)![0]).toMatch(new RegExp(` width="${size[0]}" height="${size[1]}"`));
      expect(svg).toMatch(/<g class="legend" transform="translate\(0,/);
    }
  });

  test('is what the render core writes for the same view: the browser and the command agree', () => {
    const io = run('--out', 'same.svg', '--width', '1000', '--height', '560', '--theme', 'dark', '--footnotes');
    expect(io.code).toBe(0);
    const view = storyView(story, 1000, 560);
    const direct = exportSvg(story, basemap110m(), view, { theme: THEMES.dark, date: '2024-06-21', footnotes: true, compact: false, filters: {} });
    expect(readFileSync(join(dir, 'same.svg'), 'utf8')).toBe(direct);
  });

  test('from zoom 4 on, the 50m basemap', () => {
    expect(run('--out', 'korea.svg', '--zoom', '5', '--center', '38,127', '--width', '600', '--height', '400').code).toBe(0);
    const basemap50m = basemapFromTopology(JSON.parse(read('geo/countries-50m.json')) as CountriesTopology);
    const view = viewOf({ framing: { kind: 'centre', zoom: 5, lat: 38, lon: 127 }, width: 600, height: 400 });
    expect(readFileSync(join(dir, 'korea.svg'), 'utf8')).toBe(exportSvg(story, basemap50m, view, { theme: THEMES.light, date: '2024-06-21', filters: {} }));
  });

  test('two runs with the same options write the same bytes', () => {
    const argv = ['--bounds', '10,20,60,140', '--types', 'war,alliance', '--footnotes'];
    run('--out', 'twice-1.svg', ...argv);
    run('--out', 'twice-2.svg', ...argv);
    expect(readFileSync(join(dir, 'twice-1.svg')).equals(readFileSync(join(dir, 'twice-2.svg')))).toBe(true);
  });

  test('--types draws only relations of those types', () => {
    expect(run('--out', 'types.svg', '--types', 'visit,tension').code).toBe(0);
    const svg = readFileSync(join(dir, 'types.svg'), 'utf8');
    const drawn = [...svg.matchAll(/data-relation-id="([^"]+)"/g)].map((m) => m[1]).sort();
    const expected = story.relations.filter((r) => r.type === 'visit' || r.type === 'tension').map((r) => r.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(drawn).toEqual(expected);
  });

  test('--from and --to draw only relations in the range', () => {
    expect(run('--out', 'dates.svg', '--from', '2024-06', '--to', '2024-06').code).toBe(0);
    const svg = readFileSync(join(dir, 'dates.svg'), 'utf8');
    const drawn = [...svg.matchAll(/data-relation-id="([^"]+)"/g)].map((m) => m[1]);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(story.relations.length);
    // A relation dated only "2024" meets June 2024, so it stays; 1950 and 2023 do not.
    const expected = story.relations.filter((r) => r.date!.startsWith('2024-06') || r.date === '2024').map((r) => r.id);
    expect(drawn.sort()).toEqual(expected.sort());
  });

  test('--png also writes a PNG twice the SVG size', () => {
    const io = run('--out', 'picture.svg', '--width', '640', '--height', '400', '--png');
    expect(io.code).toBe(0);
    const png = readFileSync(join(dir, 'picture.png'));
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    // IHDR: width and height, big-endian, right after the signature and chunk header.
    expect(png.readUInt32BE(16)).toBe(1280);
    // 474: header, map and footer; 74 more: the legend's band under the map (every corner of this map covers an edge).
    expect(png.readUInt32BE(20)).toBe(2 * (474 + 74));
    expect(io.outLines[1]).toMatch(/^export: wrote .*picture\.png \(1280×1096 px, [\d.]+ kB\)$/);
  });
});

describe('runExport: refusing to do harm', () => {
  test('an existing file is not overwritten without --force, and nothing else is written', () => {
    const svgPath = join(dir, 'kept.svg');
    writeFileSync(svgPath, 'keep me');
    const io = run('--out', 'kept.svg', '--png');
    expect(io.code).toBe(1);
    expect(io.errLines).toEqual([`export: ${svgPath} already exists; add --force to overwrite it, or choose another --out`]);
    expect(readFileSync(svgPath, 'utf8')).toBe('keep me');
    expect(existsSync(join(dir, 'kept.png'))).toBe(false);
  });

  test('an existing PNG blocks the SVG too', () => {
    writeFileSync(join(dir, 'only-png.png'), 'keep me');
    const io = run('--out', 'only-png.svg', '--png');
    expect(io.code).toBe(1);
    expect(io.errLines).toEqual([`export: ${join(dir, 'only-png.png')} already exists; add --force to overwrite it, or choose another --out`]);
    expect(existsSync(join(dir, 'only-png.svg'))).toBe(false);
  });

  test('--force overwrites', () => {
    const svgPath = join(dir, 'forced.svg');
    writeFileSync(svgPath, 'old');
    const io = run('--out', 'forced.svg', '--force');
    expect(io.code).toBe(0);
    expect(readFileSync(svgPath, 'utf8')).toMatch(/^<\?xml/);
  });

  test('a missing output folder is named', () => {
    const io = run('--out', 'nowhere/map.svg');
    expect(io.code).toBe(1);
    expect(io.errLines).toEqual([`export: cannot write ${join(dir, 'nowhere/map.svg')}: the folder ${join(dir, 'nowhere')} does not exist; create it or choose another --out`]);
  });

  test('a broken --data file: every loadStory error, exit 1, no file', () => {
    const data = relationsData();
    data.relations[0].type = 'friendship';
    data.relations[1].evidence[0].end += 3;
    data.actors[0].anchor.lat = 91;
    writeFileSync(join(dir, 'article.txt'), articleText);
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(data, null, 2));
    const io = run('--out', 'broken.svg', '--data', 'broken.json');
    const expected = loadStory(articleText, JSON.stringify(data, null, 2), { files: { relations: join(dir, 'broken.json'), article: join(dir, 'article.txt') } });
    if (expected.ok) throw new Error('the broken data loaded');
    expect(expected.errors.length).toBeGreaterThanOrEqual(3);
    expect(io.code).toBe(1);
    expect(io.errLines).toEqual(expected.errors.map(formatError));
    expect(existsSync(join(dir, 'broken.svg'))).toBe(false);
  });

  test('malformed JSON is located by line and column', () => {
    writeFileSync(join(dir, 'malformed.json'), '{"title": "x",\n "article": "article.txt"\n "actors": []}');
    const io = run('--out', 'malformed.svg', '--data', 'malformed.json');
    expect(io.code).toBe(1);
    expect(io.errLines[0]).toMatch(/malformed\.json: line 3, column 2: malformed JSON/);
    expect(existsSync(join(dir, 'malformed.svg'))).toBe(false);
  });

  test('an article that cannot be read is named, relative to the JSON', () => {
    const data = relationsData();
    data.article = 'missing.txt';
    writeFileSync(join(dir, 'no-article.json'), JSON.stringify(data));
    const io = run('--out', 'no-article.svg', '--data', 'no-article.json');
    expect(io.code).toBe(1);
    expect(io.errLines).toEqual([`${join(dir, 'no-article.json')}: article: cannot read the article "missing.txt" (ENOENT: no such file or directory); expected the name of the article text file, relative to the folder of ${join(dir, 'no-article.json')}`]);
  });

  test('a --data file that does not exist', () => {
    const io = run('--out', 'none.svg', '--data', 'none.json');
    expect(io.code).toBe(1);
    expect(io.errLines).toEqual([`export: cannot read --data ${join(dir, 'none.json')}: ENOENT: no such file or directory`]);
  });

  test('runExport can be called with options directly', () => {
    const io = memoryIo();
    const options = optionsOf('--out', join(dir, 'direct.svg'), '--width', '300', '--height', '200');
    expect(runExport(options, io)).toBe(0);
    expect(io.written).toEqual([join(dir, 'direct.svg')]);
  });
});

describe('scripts/export.ts', () => {
  test('runs end to end with npx tsx', async () => {
    const out = join(dir, 'spawned.svg');
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/export.ts', '--out', out, '--date', '2024-06-21', '--width', '800', '--height', '500'], {
      cwd: new URL('../../', import.meta.url),
      timeout: 20_000,
    });
    // 574 px of header, map and footer, and the legend's band (74 px) under the map.
    expect(stdout).toMatch(/^export: wrote .*spawned\.svg \(800×648 px, [\d.]+ kB\)\n$/);
    expect(readFileSync(out, 'utf8')).toBe(exportSvg(story, basemap110m(), storyView(story, 800, 500), { date: '2024-06-21', theme: THEMES.light, compact: false, filters: {} }));
  }, 20_000);

  test('a zoomed PNG of the two Koreas renders (resvg once aborted on such a view)', async () => {
    // In a child process, so a crash in the native renderer fails this test instead of the run.
    const out = join(dir, 'koreas-zoom5.svg');
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/export.ts', '--out', out, '--zoom', '5', '--center', '38.5,127', '--types', 'tension,war', '--png', '--date', '2024-06-21'], {
      cwd: new URL('../../', import.meta.url),
      timeout: 30_000,
    });
    expect(stdout).toMatch(/koreas-zoom5\.png \(2560×1748 px/);
  }, 30_000);
});

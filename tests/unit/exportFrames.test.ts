import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { exportMain, parseExportArgs } from '../../src/cli/exportCommand.ts';
import { frameName } from '../../src/cli/exportFrames.ts';
import { nodeIo } from '../../src/cli/nodeIo.ts';

const NOW = new Date('2024-07-01T12:00:00Z');
const DATA = 'data/examples/gulf-rift-2017/relations.json';
const dir = mkdtempSync(join(tmpdir(), 'export-frames-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]) {
  const lines = { out: [] as string[], err: [] as string[] };
  const code = exportMain([...argv, '--date', '2024-06-21'], { ...nodeIo, out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) }, NOW);
  return { code, ...lines };
}

describe('npm run export: moments and frames', () => {
  test('--at and --frames parse; with what they cannot go with, every problem is said with the fix', () => {
    const parsed = parseExportArgs(['--out', 'm.svg', '--at', '2019-06'], NOW);
    expect(parsed.ok && !parsed.help && parsed.options.at).toBe('2019-06');
    const frames = parseExportArgs(['--out', 'frames', '--frames', 'month'], NOW);
    expect(frames.ok && !frames.help && [frames.options.frames, frames.options.out]).toEqual(['month', 'frames']);
    const wrong = parseExportArgs(['--out', 'x.svg', '--frames', 'week', '--at', '2019-13'], NOW);
    expect(!wrong.ok && wrong.errors).toEqual([
      'export: --frames "week" is not a step; give month or year, such as --frames year',
      'export: --out "x.svg" is a file name; with --frames give a folder to write one SVG per step into, such as --out frames',
      'export: --at "2019-13" is not a real date written YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-06',
      'export: --frames cannot be used with --at: the frames are the story as of each year, as SVG files',
    ]);
    const both = parseExportArgs(['--out', 'm.svg', '--at', '2019-06', '--to', '2020'], NOW);
    expect(!both.ok && both.errors[0]).toMatch(/^export: --at cannot be used with --to/);
  });

  test('--at writes the story as of that month, its date on the map', () => {
    const out = join(dir, 'at.svg');
    const { code, err } = run('--out', out, '--at', '2022-06', '--data', DATA);
    expect([code, err]).toEqual([0, []]);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/<g class="moment"[^>]*>.*>AS OF<\/text>.*>June 2022<\/text><\/g>/);
    // As of June 2022: Bahrain's rupture, the troops, the visit; the others have ended.
    const drawn = [...svg.matchAll(/data-relation-id="([^"]+)"/g)].map((m) => m[1]);
    expect([...new Set(drawn)].sort()).toEqual(['bhr-qat-rupture', 'qat-sau-visit', 'tur-qat-troops']);
  });

  test('--frames year writes one SVG per year named by its date, each with its date, and none again without --force', () => {
    const folder = join(dir, 'frames');
    mkdirSync(folder);
    const { code, out, err } = run('--out', folder, '--frames', 'year', '--data', DATA);
    expect([code, err]).toEqual([0, []]);
    expect(out).toEqual([`export: wrote 7 frames to ${folder}, 2017.svg to 2023.svg, the story as of each year`]);
    expect(readdirSync(folder).sort()).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023'].map((y) => `${y}.svg`));
    expect(readFileSync(frameName(folder, '2021'), 'utf8')).toContain('>2021</text></g>');
    const again = run('--out', folder, '--frames', 'year', '--data', DATA);
    expect(again.code).toBe(1);
    expect(again.err.at(-1)).toMatch(/more frames in the way$/);
  });

  test('--frames month names each frame YYYY-MM, first month to last', () => {
    const folder = join(dir, 'months');
    mkdirSync(folder);
    expect(run('--out', folder, '--frames', 'month', '--data', DATA).code).toBe(0);
    const files = readdirSync(folder).sort();
    expect([files[0], files.at(-1), files.length]).toEqual(['2017-06.svg', '2023-04.svg', 71]);
  }, 60_000);
});

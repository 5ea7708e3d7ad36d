import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { compactPath } from '../../src/core/compactPath.ts';
import { exportSvg, scene, storyView, type View } from '../../src/core/index.ts';
import { loadStory } from '../../src/data/index.ts';
import { basemap110m, builtInStory, read } from './fixtures.ts';
import { pathRings } from './pathGeometry.ts';

const basemap = basemap110m();

/** A path's rings with any point that repeats the one before it left out. */
const distinct = (d: string) => pathRings(d).map(({ points, closed }) => ({ closed, points: points.filter((p, k) => k === 0 || p[0] !== points[k - 1][0] || p[1] !== points[k - 1][1]) }));
/** Points compared at the paths' tenth of a pixel. */
const tenths = (rings: ReturnType<typeof distinct>) => rings.map(({ closed, points }) => ({ closed, points: points.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)]) }));

describe('a basemap path written short', () => {
  test('reads back as the same rings and points, with steps, no leading zeros and no needless separators', () => {
    const d = 'M10.5,20L10.8,20.2L10.8,20.2L10,20ZM-3.5,7L12,7.1L11.9,-0.4ZM100,100L101,100';
    const short = compactPath(d);
    expect(short).toBe('M10.5 20l.3.2-.8-.2zm-14-13 15.5.1-.1-7.5zm103.5 93 1 0');
    expect(tenths(distinct(short))).toEqual(tenths(distinct(d)));
  });

  test('a path with another command is left as it is', () => {
    const circle = 'M0,4.5A4.5,4.5,0,1,1,0,-4.5Z';
    expect(compactPath(circle)).toBe(circle);
  });

  test('in an export, every country and the borders keep their points, in about half the bytes', () => {
    const story = builtInStory();
    const view = storyView(story, 960, 540);
    const svg = exportSvg(story, basemap, view, { date: '2024-06-21' });
    const drawn = scene(story, basemap, view, { clip: true });
    let before = 0;
    let after = 0;
    for (const country of drawn.countries) {
      const d = new RegExp(`data-(?:country|actor)="${country.id}"[^>]* d="([^"]+)"`).exec(svg)?.[1];
      expect(d, country.id).toBeDefined();
      expect(tenths(distinct(d!)), country.id).toEqual(tenths(distinct(country.d)));
      before += country.d.length;
      after += d!.length;
    }
    const borders = /<path class="borders"[^>]* d="([^"]+)"/.exec(svg)![1];
    expect(tenths(distinct(borders))).toEqual(tenths(distinct(drawn.borders)));
    expect(after / before).toBeLessThan(0.6);
  });

  test('resvg and rsvg-convert draw the export the same, pixel for pixel, as with the paths d3-geo wrote', () => {
    const text = read('data/examples/aukus-2021/article.txt');
    const loaded = loadStory(text, read('data/examples/aukus-2021/relations.json'));
    if (!loaded.ok) throw new Error('the AUKUS example does not load');
    const view: View = storyView(loaded.story, 640, 400);
    const svg = exportSvg(loaded.story, basemap, view, { date: '2021-09-22' });
    const drawn = scene(loaded.story, basemap, view, { clip: true });
    let long = svg.replace(/(<path class="borders"[^>]* d=")[^"]+/, `$1${drawn.borders}`);
    for (const country of drawn.countries) long = long.replace(new RegExp(`(data-(?:country|actor)="${country.id}"[^>]* d=")[^"]+`), `$1${country.d}`);
    expect(long.length).toBeGreaterThan(svg.length * 1.3);
    const pixels = (file: string) => new Resvg(file).render().pixels;
    expect(pixels(svg).equals(pixels(long))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'drm-compact-'));
    const png = (file: string, name: string) => {
      writeFileSync(join(dir, `${name}.svg`), file);
      execFileSync('rsvg-convert', ['-o', join(dir, `${name}.png`), join(dir, `${name}.svg`)]);
      return readFileSync(join(dir, `${name}.png`));
    };
    expect(png(svg, 'short').equals(png(long, 'long'))).toBe(true);
  });
});

import { execFileSync } from 'node:child_process';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { exportSvg, storyView } from '../../src/core/index.ts';
import { interactiveHtml } from '../../src/publish/interactiveHtml.ts';
import { prerender } from '../../src/publish/prerender.ts';
import { basemap110m, builtInStory } from './fixtures.ts';

const graphic = {
  title: 'Seoul weighs arming Kyiv', subtitle: 'What the article reports, June 2024', byline: 'Graphic by A. Editor',
  sourceName: 'Example Times', sourceUrl: 'https://example.com/seoul', notes: 'Hollow lines are relations in the past.',
  callouts: [{ text: 'Seoul weighs sending weapons', actor: 'KOR' }],
};
const story = { ...builtInStory(), graphic };

describe('the embed and the one-file HTML carry the same words', () => {
  test('the page as built (and so the embed before its script runs) shows the headline, subtitle, notes, credit and byline', () => {
    const html = prerender(story, basemap110m());
    for (const text of ['<h1>Seoul weighs arming Kyiv</h1>', 'What the article reports, June 2024', 'Hollow lines are relations in the past.', 'href="https://example.com/seoul"', 'Graphic by A. Editor']) expect(html).toContain(text);
  });
  test('the one-file HTML holds the words in its story and its title', () => {
    const html = interactiveHtml(story, { js: '', css: '' }, () => 'x');
    expect(html).toContain('<title>Seoul weighs arming Kyiv</title>');
    const data = JSON.parse(/<script type="application\/json" id="drm-story">(.*?)<\/script>/s.exec(html)![1]);
    expect(data.graphic).toEqual(graphic);
  });
});

describe('the new exports render alike in rsvg and resvg', () => {
  test('words, callouts, hollow and cased lines, leaders and metadata: both draw the file at its size, pixel for pixel within 1 %', () => {
    const view = storyView(story, 960, 540);
    const svg = exportSvg(story, basemap110m(), view, { date: '2024-06-21', footnotes: true });
    const rsvg = execFileSync('rsvg-convert', ['--format', 'png'], { input: svg, maxBuffer: 1 << 28 });
    const resvg = new Resvg(svg, { font: { loadSystemFonts: true } }).render();
    const [w, h] = [rsvg.readUInt32BE(16), rsvg.readUInt32BE(20)];
    expect([resvg.width, resvg.height]).toEqual([w, h]);
    // rsvg's PNG read back through resvg (as an image at its own size), pixel by pixel against resvg's own picture.
    const back = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><image width="${w}" height="${h}" href="data:image/png;base64,${rsvg.toString('base64')}"/></svg>`).render().pixels;
    const own = resvg.pixels;
    let differ = 0;
    for (let i = 0; i < own.length; i += 4) {
      if (Math.max(Math.abs(own[i] - back[i]), Math.abs(own[i + 1] - back[i + 1]), Math.abs(own[i + 2] - back[i + 2])) > 64) differ++;
    }
    const share = differ / (w * h);
    // Measured: 0.16 % (anti-aliasing and glyph edges).
    expect(share, `share of pixels that differ clearly: ${share}`).toBeLessThan(0.01);
  });
});

import { describe, expect, test } from 'vitest';
import { ASPECTS, ASPECT_NAMES, exportSvg, graphicWords, PHONE_WIDTH, presetFrame, presetView, PRESET_WIDTHS, storyView, THEMES } from '../../src/core/index.ts';
import { parseExportArgs } from '../../src/cli/exportCommand.ts';
import { basemap110m, builtInStory } from './fixtures.ts';

const story = builtInStory();
const basemap = basemap110m();

/** The export of a preset, as the CLI and the button make it. */
function presetSvg(width: number, aspect: (typeof ASPECT_NAMES)[number]) {
  const frame = presetFrame(width, aspect, graphicWords(story), THEMES.light);
  const { view, legendUnder } = presetView(story, frame, (height) => storyView(story, frame.layoutWidth, height), {});
  return { frame, svg: exportSvg(story, basemap, view, { date: '2024-06-21', pixelWidth: frame.pixelWidth, legendUnder }) };
}

describe('export presets', () => {
  test('each width and aspect gives a file of exactly that size, header, map and footer together (a legend under the map takes its band from the map)', () => {
    for (const width of PRESET_WIDTHS) for (const aspect of ASPECT_NAMES) {
      const { frame, svg } = presetSvg(width, aspect);
      const root = /<svg\b[^>]*>/.exec(svg)![0];
      expect(Number(/ width="([\d.]+)"/.exec(root)![1])).toBe(width);
      expect(Number(/ height="([\d.]+)"/.exec(root)![1]), `${width} ${aspect}`).toBe(frame.pixelHeight);
      expect(Math.abs(frame.pixelHeight - width / ASPECTS[aspect].ratio), `${width} ${aspect}`).toBeLessThanOrEqual(1);
    }
  });
  test('a phone graphic is laid out at a phone\'s width and scaled up: its smallest type is legible on a phone', () => {
    const { frame, svg } = presetSvg(640, '9:16');
    expect(frame.layoutWidth).toBe(PHONE_WIDTH);
    const viewBoxWidth = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1]);
    expect(viewBoxWidth).toBe(PHONE_WIDTH);
    // Shown 360 CSS px wide on a phone, the smallest type of the file is at least 10 px.
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes) * (360 / PHONE_WIDTH)).toBeGreaterThanOrEqual(8.5);
    expect(svg).toContain('class="source"');
  });
  test('the CLI takes the same presets, and says what is wrong with a bad one', () => {
    const parsed = parseExportArgs(['--out', 'm.svg', '--aspect', '9:16', '--width', '640']);
    expect(parsed.ok && !parsed.help && parsed.options).toMatchObject({ width: 640, aspect: '9:16' });
    const preset = parseExportArgs(['--out', 'm.svg', '--aspect', '16:9']);
    expect(preset.ok && !preset.help && preset.options.width).toBe(960);
    const bad = parseExportArgs(['--out', 'm.svg', '--aspect', '3:2']);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]).toMatch(/--aspect "3:2" is not one of the presets' aspects; give 16:9, 4:3, 1:1, 9:16/);
    const both = parseExportArgs(['--out', 'm.svg', '--aspect', '1:1', '--height', '500']);
    expect(!both.ok && both.errors.join('\n')).toMatch(/--aspect and --height cannot be used together/);
  });
});

describe('footnotes print quotes, not offsets', () => {
  test('no character offsets in the list', () => {
    const svg = exportSvg(story, basemap, storyView(story, 960, 600), { date: '2024-06-21', footnotes: true });
    const list = /<g class="footnotes".*?<\/g>/s.exec(svg)![0];
    expect(list).not.toMatch(/\[\d+–\d+\]/);
    expect(list).toContain('the Korean War');
  });
});

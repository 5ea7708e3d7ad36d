import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { basemapScene } from '../../src/core/scene.ts';
import { decodeWorld, encodeWorld, WORLD_DIGITS, WORLD_VIEW, worldScene } from '../../src/core/world.ts';
import { projectWorld } from '../../src/geo/world.ts';
import { basemap110m, builtInStory } from './fixtures.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The modules a file imports statically (what the browser must load before it runs), following
 * relative imports: `import type`, `export type` and dynamic `import()` are not part of it.
 */
function staticGraph(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    const statements = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)'/gm;
    for (const [, typeOnly, specifier] of source.matchAll(statements)) {
      if (typeOnly) continue;
      if (specifier.startsWith('.')) {
        const path = resolve(dirname(file), specifier.replace(/\?.*$/, ''));
        if (/\.(ts|js)$/.test(path)) visit(path);
      } else packages.add(specifier);
    }
  };
  visit(resolve(ROOT, entry));
  return { files: [...files].map((f) => f.slice(ROOT.length + 1)), packages: [...packages] };
}

describe('the map at start', () => {
  const start = staticGraph('src/app/main.ts');

  test('the graph is read (it reaches the app, the layer and the story scene)', () => {
    expect(start.files).toEqual(expect.arrayContaining(['src/app/app.ts', 'src/app/mountMap.ts', 'src/map/RelationsLayer.ts', 'src/core/storyScene.ts']));
    expect(start.packages).toContain('leaflet');
  });

  test('loads no geometry code, no validator and no browser store: those load when first needed', () => {
    expect(start.packages.filter((p) => /^(d3-|topojson|zod|jsonc-parser|idb-keyval)/.test(p))).toEqual([]);
    // The full scene (d3-geo) and the core's index, which exports it, are the export's and the detailed basemap's.
    expect(start.files.filter((f) => ['src/core/scene.ts', 'src/core/index.ts', 'src/core/exportSvg.ts', 'src/geo/basemap.ts', 'src/data/validateStory.ts'].includes(f))).toEqual([]);
  });

  test('loads neither the canvases\' code nor the merging of edges: only stories too large for one SVG element an edge use them', () => {
    expect(start.files.filter((f) => ['src/map/canvasSheets.ts', 'src/map/drawCanvas.ts', 'src/map/stepPainter.ts', 'src/map/edgeGeometry.ts', 'src/map/stepWorker.ts', 'src/core/edgeBatches.ts', 'src/core/storyMarkup.ts'].includes(f))).toEqual([]);
  });

  test('loads none of what the export buttons, the article panel, file opening, error lists and saving do: each loads on first use', () => {
    const later = ['src/app/exportActions.ts', 'src/app/exportView.ts', 'src/app/articlePanel.ts', 'src/app/storyOpening.ts', 'src/app/download.ts', 'src/data/storyToJson.ts', 'src/data/storyError.ts', 'src/core/presets.ts'];
    expect(start.files.filter((f) => later.includes(f))).toEqual([]);
    // What stands in for them at start: the buttons, the panel's place, the page's wiring.
    expect(start.files).toEqual(expect.arrayContaining(['src/app/exportControls.ts', 'src/app/articleSlot.ts']));
  });

  test('loads the list of all relations (its items, their summaries for readers) after the map: only its place and heading are at start', () => {
    expect(start.files.filter((f) => ['src/app/relationsList.ts', 'src/data/readerSummary.ts'].includes(f))).toEqual([]);
    expect(start.files).toContain('src/app/listSlot.ts');
  });

  test('no module of the start awaits at its top level: the later chunks import the start\'s chunk, and would wait on it for ever', () => {
    const topLevelAwait = /^(?:await\b|(?:export\s+)?(?:const|let|var)\s[^=\n]*=\s*await\b)/m;
    expect(start.files.filter((f) => topLevelAwait.test(readFileSync(resolve(ROOT, f), 'utf8')))).toEqual([]);
  });

  test('loads no callouts\' code: placing and drawing them (placeCallouts.ts) loads for a story that has callouts, before its map is built', () => {
    expect(start.files.filter((f) => ['src/core/placeCallouts.ts', 'src/core/footnotes.ts'].includes(f))).toEqual([]);
  });

  test('loads no dense corridors\' code (for a scene with one), no review wiring, no painting ahead on canvases and no editor-only wiring', () => {
    expect(start.files.filter((f) => ['src/core/corridorBadges.ts', 'src/app/reviewPage.ts', 'src/app/calloutEditing.ts', 'src/app/textSection.ts'].includes(f))).toEqual([]);
    // What stands in for them at start: the check for a dense corridor, painting ahead's idle work, the Text section's place.
    expect(start.files).toEqual(expect.arrayContaining(['src/core/storyScene.ts', 'src/map/paintAhead.ts', 'src/app/textSlot.ts']));
  });

  test('loads the hover, the tooltip and its cards as the map is built, not with the page', () => {
    expect(start.files.filter((f) => ['src/app/interactions.ts', 'src/app/tooltip.ts', 'src/app/tooltipContent.ts', 'src/app/bottomSheet.ts'].includes(f))).toEqual([]);
  });
});

describe('the coarse world projected when the app is built', () => {
  const basemap = basemap110m();
  const world = projectWorld(basemap);

  test('is what basemapScene makes at zoom 0, with the story\'s actors marked', () => {
    const actors = builtInStory().actors.map((a) => a.id);
    expect(worldScene(world, actors)).toEqual(basemapScene(basemap, WORLD_VIEW, actors, false, WORLD_DIGITS));
  });

  test('is served as integer steps that decode to the very same path strings, in fewer bytes', () => {
    const encoded = encodeWorld(world);
    expect(decodeWorld(JSON.parse(JSON.stringify(encoded)))).toEqual(world);
    expect(JSON.stringify(encoded).length).toBeLessThan(JSON.stringify(world).length * 0.7);
    expect(() => encodeWorld({ countries: [{ id: 'X', name: 'X', d: 'M0,0A1,1,0,1,1,2,2Z' }], borders: '' })).toThrow(/other than M, L and Z/);
  });

  test('holds every country of the geometry, as path strings only', () => {
    expect(world.countries).toHaveLength(basemap.countries.features.length);
    expect(world.countries.every((c) => /^M[\d.,LMZ-]+$/.test(c.d))).toBe(true);
    expect(world.borders).toMatch(/^M/);
  });
});

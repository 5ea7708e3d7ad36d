import { edgeBatches, runSteps, type EdgeBatches } from './edgeBatches.ts';
import { CERTAINTY_STYLES, EDGE_STYLES, strokeOf } from './edgeStyles.ts';
import type { Scene } from './scene.ts';
import { MANY_EDGES, storyElements, type BatchedMarkup, type MarkupOptions } from './svgMarkup.ts';
import type { Theme } from './themes.ts';

/**
 * The story's markup for a file: as storyElements, with a large story's edges merged where they are
 * the same at whole pixels unless batches are given (the map's screen, which draws large stories on a
 * canvas, never loads the merging).
 *
 * @example storyMarkup(storyScene(story, view), { theme: THEMES.light })
 */
export function storyMarkup(scene: Pick<Scene, 'edges' | 'anchors' | 'labels' | 'callouts'>, options: MarkupOptions): string {
  const batches = options.batches ?? (scene.edges.length > MANY_EDGES && !options.interactive ? runSteps(edgeBatches(scene.edges, [0, 0])) : undefined);
  return storyElements(scene, options, batches && batchedEdges(batches, options.theme));
}

/**
 * Edges of a large story as one hairline path per type and certainty, in whole pixels, with what
 * was merged and left out on the group and each path: a file of fifty thousand relations comes to
 * about a megabyte (a view across 180° shows the far side of the world too), as the screen draws them on a canvas.
 */
function batchedEdges({ batches, offView }: EdgeBatches, theme: Theme): BatchedMarkup {
  const relations = batches.reduce((n, b) => n + b.relations, 0);
  const curves = batches.reduce((n, b) => n + b.curves, 0);
  const paths = batches.map(({ type, certainty, relations, curves, strokes, d }) =>
    `<path class="edge-batch" data-type="${type}" data-certainty="${certainty}" data-count="${relations}" data-curves="${curves}" data-strokes="${strokes}" fill="none" stroke="${strokeOf(EDGE_STYLES[type], theme)}" stroke-width="1" stroke-linejoin="round" opacity="${CERTAINTY_STYLES[certainty].opacity}" d="${d}"/>`);
  return { attributes: ` data-relations="${relations}" data-curves="${curves}" data-off-view="${offView}" data-merge="${MERGE_RULE}"`, paths };
}

/** How a large story's edges are merged, as the file says it. */
export const MERGE_RULE = 'same type, certainty and curve at whole pixels (ends and control point)';

/** What a file says about its merged edges: how many relations, how many curves, what was left out and why. */
export function mergeNote({ batches, offView }: EdgeBatches): string {
  const relations = batches.reduce((n, b) => n + b.relations, 0);
  const curves = batches.reduce((n, b) => n + b.curves, 0);
  const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  return `Edges: ${count(relations, 'relation')} drawn as ${count(curves, 'curve')} of one-pixel lines in ${count(batches.length, 'path')}, one a type and certainty, as the screen draws a story this large. `
    + `Relations with the ${MERGE_RULE} draw the same pixels and are written once: ${count(relations - curves, 'relation')} merged. `
    + `Curves that meet at an anchor are joined into one stroke. `
    + `${count(offView, 'relation')} wholly outside the view (the curve's control triangle misses it) ${offView === 1 ? 'is' : 'are'} not written.`;
}


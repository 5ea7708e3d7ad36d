import { edgeBatches, runSteps } from './edgeBatches.ts';
import type { Scene } from './scene.ts';
import { MANY_EDGES, storyElements, type MarkupOptions } from './svgMarkup.ts';

/**
 * The story's markup for a file: as storyElements, with a large story's edges merged where they are
 * the same at whole pixels unless batches are given (the map's screen, which draws large stories on a
 * canvas, never loads the merging).
 *
 * @example storyMarkup(storyScene(story, view), { theme: THEMES.light })
 */
export function storyMarkup(scene: Pick<Scene, 'edges' | 'anchors' | 'labels' | 'callouts'>, options: MarkupOptions): string {
  const batches = options.batches ?? (scene.edges.length > MANY_EDGES && !options.interactive ? runSteps(edgeBatches(scene.edges, [0, 0])) : undefined);
  return storyElements(scene, { ...options, batches });
}

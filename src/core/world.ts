import type { Scene, View } from './storyScene.ts';

/**
 * The coarse world (1:110m) as the map draws it under everything: every country and the borders
 * projected once at zoom 0, to `WORLD_DIGITS` decimals, then scaled to each zoom by a transform.
 * It is made when the app is built (vite.config.ts, with `projectWorld` in src/geo/world.ts), so
 * the page draws it without projecting a point and without loading d3-geo or topojson-client.
 */
export interface ProjectedWorld {
  countries: { id: string; name: string; d: string }[];
  borders: string;
}

/** Decimals of the world's path strings: at zoom 7 a thousandth of a zoom-0 pixel is half a pixel. */
export const WORLD_DIGITS = 3;

/** The view the world is projected in: the whole world at zoom 0, from its top left. */
export const WORLD_VIEW: View = { zoom: 0, origin: [0, 0], width: 0, height: 0 };

/** The world's part of a scene, with a story's actors marked (what `basemapScene` makes at zoom 0, without projecting). */
export function worldScene(world: ProjectedWorld, actorIds: readonly string[]): Pick<Scene, 'countries' | 'borders'> {
  const actors = new Set(actorIds);
  return { countries: world.countries.map((c) => ({ ...c, actor: actors.has(c.id) })), borders: world.borders };
}

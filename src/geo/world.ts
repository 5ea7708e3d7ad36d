import { basemapScene, type Basemap } from '../core/scene.ts';
import { WORLD_DIGITS, WORLD_VIEW, type ProjectedWorld } from '../core/world.ts';

/**
 * The coarse world projected as the map draws it (see `ProjectedWorld`): the very path strings the
 * layer once made in the browser with `basemapScene` at zoom 0, made here once, when the app is built.
 */
export function projectWorld(basemap: Basemap): ProjectedWorld {
  const { countries, borders } = basemapScene(basemap, WORLD_VIEW, [], false, WORLD_DIGITS);
  return { countries: countries.map(({ id, name, d }) => ({ id, name, d })), borders };
}

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

/**
 * The world as it is served: each path a list of rings, each ring `[closed, x0, y0, dx1, dy1, …]`
 * (closed 1 or 0) in whole thousandths of a zoom-0 pixel, each point after the first as the step
 * from the one before. Small integers take half the bytes of the path strings (gzip 53 KB, not
 * 77 KB), and decode to the very same strings.
 */
export interface EncodedWorld {
  countries: { id: string; name: string; rings: number[][] }[];
  borders: number[][];
}

const SCALE = 10 ** WORLD_DIGITS;

const POINT = String.raw`-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?`;
const PATH = new RegExp(`^(?:M${POINT}(?:L${POINT})*Z?)*$`);

/** A path string of `M`, `L` and `Z` commands (as d3-geo writes polygons and lines) as rings; anything else is refused. */
function encodePath(d: string): number[][] {
  if (!PATH.test(d)) throw new Error(`a world path with commands other than M, L and Z: ${d.slice(0, 40)}…`);
  return d.split('M').slice(1).map((ring) => {
    const closed = ring.endsWith('Z');
    const out = [closed ? 1 : 0];
    let [px, py] = [0, 0];
    for (const point of (closed ? ring.slice(0, -1) : ring).split('L')) {
      const [x, y] = point.split(',').map((v) => Math.round(Number(v) * SCALE));
      out.push(x - px, y - py);
      [px, py] = [x, y];
    }
    return out;
  });
}

function decodePath(rings: number[][]): string {
  let d = '';
  for (const ring of rings) {
    let x = 0;
    let y = 0;
    for (let i = 1; i < ring.length; i += 2) {
      x += ring[i];
      y += ring[i + 1];
      // x / SCALE is the very number d3-geo rounded to WORLD_DIGITS, so it prints the same.
      d += `${i === 1 ? 'M' : 'L'}${x / SCALE},${y / SCALE}`;
    }
    if (ring[0]) d += 'Z';
  }
  return d;
}

/** The world as served (see `EncodedWorld`). */
export function encodeWorld(world: ProjectedWorld): EncodedWorld {
  return { countries: world.countries.map(({ id, name, d }) => ({ id, name, rings: encodePath(d) })), borders: encodePath(world.borders) };
}

/** The world's path strings from the served form. */
export function decodeWorld(encoded: EncodedWorld): ProjectedWorld {
  return { countries: encoded.countries.map(({ id, name, rings }) => ({ id, name, d: decodePath(rings) })), borders: decodePath(encoded.borders) };
}

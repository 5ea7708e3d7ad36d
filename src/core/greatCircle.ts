/** Two anchors joined by a relation, as indices into the longitudes, and how many relations join them (1 when absent). */
export type Pair = readonly [number, number, number?];

/** A longitude and latitude in degrees, as d3-geo takes them. */
export type LonLat = [number, number];

/** Degrees of great circle between samples: a 130° edge gets 65 points. */
const STEP = 2;

/**
 * Points along the great circle from `from` to `to` (the shorter way; `interpolate`), `from` and `to` included,
 * an even number of steps apart so the middle sample is the circle's middle. Longitudes are
 * unwrapped: each differs from the one before by less than 180°, so the points draw as one line.
 *
 * @example greatCircle([-77, 38.9], [149.1, -35.3]).at(-1) // [149.1 - 360, -35.3]: across the Pacific
 */
export function greatCircle(from: LonLat, to: LonLat, step = STEP): LonLat[] {
  const at = interpolate(from, to);
  const degrees = (at.distance * 180) / Math.PI;
  const steps = Math.max(2, 2 * Math.ceil(degrees / step / 2));
  const points: LonLat[] = [];
  let previous = from[0];
  for (let k = 0; k <= steps; k++) {
    const [lon, lat] = k === 0 ? from : k === steps ? to : at(k / steps);
    const unwrapped = lon + 360 * Math.round((previous - lon) / 360);
    points.push([unwrapped, lat]);
    previous = unwrapped;
  }
  return points;
}

/**
 * The longitude a map of these anchors should be centred on. The world is cut at one of the gaps
 * between the anchors' longitudes: the cut that the fewest degrees of great circle must jump (each
 * pair in `pairs` that crosses it would run the long way round, costing how much longer that way is),
 * and of equal cuts the widest gap, which keeps the actors together. Washington and Canberra are
 * cut over the Atlantic (their great circle crosses the Pacific), so the map is centred on the
 * Pacific; Moscow, Pyongyang and Kyiv are cut over the Pacific.
 *
 * @example centralLongitude([-77, 149.1], [[0, 1]]) // -144: the Pacific
 */
export function centralLongitude(lons: readonly number[], pairs: readonly Pair[] = []): number {
  const cut = cutLongitude(lons, pairs);
  return cut === undefined ? 0 : normalise(cut + 180);
}

/**
 * The longitude where the world is cut for these anchors (see `centralLongitude`): the middle of
 * a gap between them, in (-360, 0]: the anchors, drawn in the 360° east of it (`wrapLongitude`),
 * lie in the copy of the world nearest Greenwich, so a story of the Atlantic and the Middle East is
 * drawn at its own longitudes, not a world to the east. Undefined without anchors.
 *
 * @example cutLongitude([-77, 58.4]) // -189.3: Washington and Muscat at their own longitudes
 */
export function cutLongitude(lons: readonly number[], pairs: readonly Pair[] = []): number | undefined {
  if (!lons.length) return undefined;
  const sorted = [...new Set(lons.map(normalise))].sort((p, q) => p - q);
  const n = sorted.length;
  const place = new Map(sorted.map((lon, i) => [lon, i]));
  // Gap i runs east from sorted[i] to the next longitude. A pair's great circle runs east from its
  // western end to its eastern one over a run of gaps: each gap of the run gets the pair's cost,
  // added up with a difference array, so fifty thousand relations cost one pass.
  const steps = new Float64Array(n + 1);
  for (const [p, q, count = 1] of pairs) {
    const delta = normalise(lons[q] - lons[p]);
    if (delta === 0) continue;
    const [west, east] = delta > 0 ? [p, q] : [q, p];
    const from = place.get(normalise(lons[west]))!;
    const to = place.get(normalise(lons[east]))!;
    const cost = count * (360 - 2 * Math.abs(delta));
    steps[from] += cost;
    steps[to] -= cost;
    if (to < from) steps[0] += cost;
  }
  let best: { cost: number; gap: number; cut: number } | undefined;
  let cost = 0;
  for (let i = 0; i < n; i++) {
    cost += steps[i];
    const west = sorted[i];
    const gap = (i + 1 < n ? sorted[i + 1] : sorted[0] + 360) - west;
    // Costs a degree apart or less are equal, and so are gaps: a story's anchors are not that exact.
    if (!best || cost < best.cost - 1e-6 || (Math.abs(cost - best.cost) <= 1e-6 && gap > best.gap + 1)) best = { cost, gap, cut: normalise(west + gap / 2) };
  }
  // The anchors east of the cut lie around its opposite meridian: that is put within 180° of
  // Greenwich (the 180° line itself east of it, so Fiji and Samoa are drawn either side of the map's right edge).
  const opposite = normalise(best!.cut + 180);
  return (opposite === -180 ? 180 : opposite) - 180;
}

const RADIANS = Math.PI / 180;

/**
 * The point a share `t` of the way along the great circle from `from` to `to`, with the angle
 * between them: spherical linear interpolation of the two unit vectors, as d3-geo's
 * `geoInterpolate` does it. Written here so the map's start loads no d3-geo.
 */
export function interpolate(from: LonLat, to: LonLat): ((t: number) => LonLat) & { distance: number } {
  const [x0, y0, z0] = unit(from);
  const [x1, y1, z1] = unit(to);
  // The angle from the chord, which stays exact for near and for antipodal points alike.
  const chord = Math.hypot(x1 - x0, y1 - y0, z1 - z0);
  const distance = 2 * Math.asin(Math.min(1, chord / 2));
  const sin = Math.sin(distance);
  const at = (t: number): LonLat => {
    if (!sin) return [from[0], from[1]];
    const a = Math.sin((1 - t) * distance) / sin;
    const b = Math.sin(t * distance) / sin;
    const x = a * x0 + b * x1;
    const y = a * y0 + b * y1;
    const z = a * z0 + b * z1;
    return [Math.atan2(y, x) / RADIANS, Math.atan2(z, Math.hypot(x, y)) / RADIANS];
  };
  return Object.assign(at, { distance });
}

/** A longitude and latitude as a point on the unit sphere. */
function unit([lon, lat]: LonLat): [number, number, number] {
  const phi = lat * RADIANS;
  const lambda = lon * RADIANS;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

/** A longitude moved by whole turns into the window of 360° that starts at `cut`. */
export function wrapLongitude(lon: number, cut: number): number {
  return cut + (((lon - cut) % 360) + 360) % 360;
}

/** A longitude in [-180, 180). */
function normalise(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

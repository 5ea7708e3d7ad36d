import type { Point } from '../../src/core/edgeCurves.ts';

/**
 * An edge's drawn line read back from its path: a quadratic curve (`M a Q c b`) or a great-circle
 * route (`M … L …`, with a second `M` where it comes back at the map's other side). `from` is the
 * point the line arrives from at its end (the control point, or the route's last bend), `points`
 * samples it, and `jump` is where a route's second piece starts.
 */
export function readPath(d: string): { a: Point; b: Point; from: Point; points: Point[]; jump?: number; curve?: Point } | undefined {
  const q = /^M([-\d.]+),([-\d.]+)Q([-\d.]+),([-\d.]+) ([-\d.]+),([-\d.]+)$/.exec(d);
  if (q) {
    const [ax, ay, cx, cy, bx, by] = q.slice(1).map(Number);
    const points = Array.from({ length: 21 }, (_, i): Point => {
      const t = i / 20;
      const u = 1 - t;
      return [u * u * ax + 2 * u * t * cx + t * t * bx, u * u * ay + 2 * u * t * cy + t * t * by];
    });
    return { a: [ax, ay], b: [bx, by], from: [cx, cy], points, curve: [cx, cy] };
  }
  if (!/^(?:[ML][-\d.]+,[-\d.]+)+$/.test(d)) return undefined;
  const points: Point[] = [];
  let jump: number | undefined;
  for (const [, command, x, y] of d.matchAll(/([ML])([-\d.]+),([-\d.]+)/g)) {
    if (command === 'M' && points.length) jump = points.length;
    points.push([+x, +y]);
  }
  const b = points[points.length - 1];
  const from = [...points].reverse().find((p) => Math.hypot(p[0] - b[0], p[1] - b[1]) >= 4) ?? points[0];
  return { a: points[0], b, from, points, ...(jump !== undefined ? { jump } : {}) };
}

/**
 * The rings of a path of moves and straight lines (`M`/`m`, `L`/`l`, `Z`/`z`, with the implicit pairs
 * SVG allows), as absolute points: read as the SVG grammar reads it, independently of the writer.
 */
export function pathRings(d: string): { points: Point[]; closed: boolean }[] {
  const tokens = d.match(/[MmLlZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const rings: { points: Point[]; closed: boolean }[] = [];
  let [x, y] = [0, 0];
  let command = '';
  for (let i = 0; i < tokens.length;) {
    if (/[MmLlZz]/.test(tokens[i])) command = tokens[i++];
    if (command === 'Z' || command === 'z') {
      rings.at(-1)!.closed = true;
      [x, y] = rings.at(-1)!.points[0];
      command = '';
      continue;
    }
    const [u, v] = [Number(tokens[i++]), Number(tokens[i++])];
    const relative = command === command.toLowerCase() && !(command === 'm' && !rings.length);
    [x, y] = relative ? [x + u, y + v] : [u, v];
    if (command === 'M' || command === 'm') {
      rings.push({ points: [[x, y]], closed: false });
      // Further pairs after a move are lines, relative after `m`, absolute after `M`.
      command = command === 'm' ? 'l' : 'L';
    } else rings.at(-1)!.points.push([x, y]);
  }
  return rings;
}

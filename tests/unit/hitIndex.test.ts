import { expect, test } from 'vitest';
import { hitIndex, hitIndexSteps } from '../../src/map/hitIndex.ts';

const curve = (id: string, a: [number, number], c: [number, number], b: [number, number]) => ({ id, a, c, b });

test('finds the curve under a point and nothing away from it', () => {
  const index = hitIndex([curve('flat', [0, 0], [50, 0], [100, 0]), curve('arc', [0, 100], [50, 0], [100, 100])]);
  expect(index.find(50, 3, 7)).toBe('flat');
  expect(index.find(50, 50, 7)).toBe('arc'); // the arc peaks at half its control point's height
  expect(index.find(50, 20, 7)).toBeUndefined();
  expect(index.find(-50, -50, 7)).toBeUndefined();
});

test('of two overlapping curves, the one drawn later wins', () => {
  const index = hitIndex([curve('under', [0, 0], [50, 0], [100, 0]), curve('over', [0, 0], [50, 0], [100, 0])]);
  expect(index.find(30, 1, 7)).toBe('over');
});

test('the nearest of close curves wins', () => {
  const index = hitIndex([curve('a', [0, 0], [50, 0], [100, 0]), curve('b', [0, 6], [50, 6], [100, 6])]);
  expect(index.find(40, 1, 7)).toBe('a');
  expect(index.find(40, 5, 7)).toBe('b');
});

test('ten thousand curves: a point on a curve finds a curve, a point far from all finds none', () => {
  // How fast it answers is measured by `npm run bench` (hover), not here: a busy machine must not fail a test.
  let seed = 1;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 4000;
  const curves = Array.from({ length: 10_000 }, (_, i) => curve(`e${i}`, [rand(), rand()], [rand(), rand()], [rand(), rand()]));
  const index = hitIndex(curves);
  for (const c of curves.slice(0, 1000)) {
    // The quadratic curve's middle: (a + 2c + b) / 4.
    expect(index.find((c.a[0] + 2 * c.c[0] + c.b[0]) / 4, (c.a[1] + 2 * c.c[1] + c.b[1]) / 4, 7)).toBeDefined();
  }
  expect(index.find(-500, -500, 7)).toBeUndefined();
  expect(index.find(5000, 5000, 7)).toBeUndefined();
});

test('the nearest curve wins where a long curve strays from its chords', () => {
  const a = { id: 'A', a: [0, 0] as [number, number], c: [500, 1000] as [number, number], b: [1000, 0] as [number, number] };
  const t = 1 / 24;
  const u = 1 - t;
  const p = [2 * u * t * 500 + t * t * 1000, 2 * u * t * 1000];
  const tangent = [2 * u * 500 + 2 * t * (1000 - 500), 2 * u * 1000 + 2 * t * (0 - 1000)];
  const n = Math.hypot(tangent[0], tangent[1]);
  const normal = [-tangent[1] / n, tangent[0] / n];
  // A straight edge 1.5 px beside the point: nearer than A's chord there, farther than A itself.
  const q = [p[0] + normal[0] * 1.5, p[1] + normal[1] * 1.5];
  const b = { id: 'B', a: [q[0] - tangent[0], q[1] - tangent[1]] as [number, number], c: q as [number, number], b: [q[0] + tangent[0], q[1] + tangent[1]] as [number, number] };
  expect(hitIndex([a, b]).find(p[0], p[1], 7)).toBe('A');
  expect(hitIndex([b, a]).find(p[0], p[1], 7)).toBe('A');
  expect(hitIndex([a, b]).find(q[0], q[1], 7)).toBe('B');
});

/** The nearest curve by brute force: every curve sampled densely. */
function bruteNearest(curves: ReturnType<typeof curve>[], x: number, y: number, radius: number) {
  let best: string | undefined;
  let bestD = radius;
  curves.forEach(({ id, a, c, b }) => {
    const at = (t: number) => {
      const u = 1 - t;
      return Math.hypot(x - (u * u * a[0] + 2 * u * t * c[0] + t * t * b[0]), y - (u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]));
    };
    // Coarse, then fine around the coarse best.
    let t0 = 0;
    for (let k = 0; k <= 400; k++) if (at(k / 400) < at(t0)) t0 = k / 400;
    for (let k = -200; k <= 200; k++) {
      const t = Math.min(1, Math.max(0, t0 + k / 80_000));
      const d = at(t);
      if (d < bestD) [best, bestD] = [id, d];
    }
  });
  return { id: best, d: bestD };
}

test('answers as a brute-force search does, in a crowd of long and short curves', () => {
  let seed = 7;
  const rand = (size: number) => ((seed = (seed * 16807) % 2147483647) / 2147483647) * size;
  const curves = Array.from({ length: 300 }, (_, i) => {
    const size = i % 3 === 0 ? 2000 : 300;
    return curve(`e${i}`, [rand(size), rand(size)], [rand(size), rand(size)], [rand(size), rand(size)]);
  });
  const index = hitIndex(curves);
  let hits = 0;
  for (let i = 0; i < 200; i++) {
    const [x, y] = [rand(300), rand(300)];
    const brute = bruteNearest(curves, x, y, 7);
    const found = index.find(x, y, 7);
    if (found !== brute.id) {
      // Only a near tie may differ: the two curves within a hundredth of a pixel of each other.
      const other = curves.find((c) => c.id === found);
      expect(other && brute.id && Math.abs(bruteNearest([other], x, y, 7).d - brute.d)).toBeLessThan(0.01);
    }
    if (found) hits++;
  }
  expect(hits).toBeGreaterThan(60);
}, 30_000);

test('an index built over an extent, in steps, finds what is in the extent and nothing outside it', () => {
  const curves = [curve('in', [0, 0], [50, 0], [100, 0]), curve('out', [1000, 1000], [1050, 1000], [1100, 1000])];
  const steps = hitIndexSteps(curves, { extent: [[-10, -10], [200, 200]] });
  const yielded: number[] = [];
  let step = steps.next();
  while (!step.done) {
    yielded.push(step.value);
    step = steps.next(1);
  }
  expect(yielded).toEqual([0, 0.25, 0.75]);
  expect(step.value.find(50, 2, 7)).toBe('in');
  expect(step.value.find(1050, 1002, 7)).toBeUndefined();
  expect(step.value.extent).toEqual([[-10, -10], [200, 200]]);
});

test('a great-circle route is found along its own points, and not across its jump at the map\'s edge', () => {
  const route = { points: [[0, 0], [50, 40], [100, 0], [900, 0], [950, 40]] as [number, number][], jump: 3 };
  // Its quadratic stand-in runs elsewhere: the route decides.
  const index = hitIndex([{ id: 'route', a: [0, 0], c: [500, -300], b: [950, 40], route }, { id: 'curve', a: [0, 100], c: [50, 60], b: [100, 100] }]);
  expect(index.find(25, 21, 5)).toBe('route');
  expect(index.find(925, 21, 5)).toBe('route');
  expect(index.find(500, 0, 5)).toBeUndefined();
  expect(index.find(500, -150, 5)).toBeUndefined();
  expect(index.find(50, 80, 5)).toBe('curve');
});

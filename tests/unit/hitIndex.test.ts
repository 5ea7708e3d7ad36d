import { expect, test } from 'vitest';
import { hitIndex } from '../../src/map/hitIndex.ts';

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

test('ten thousand curves index and answer quickly', () => {
  let seed = 1;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 4000;
  const curves = Array.from({ length: 10_000 }, (_, i) => curve(`e${i}`, [rand(), rand()], [rand(), rand()], [rand(), rand()]));
  const index = hitIndex(curves);
  const started = performance.now();
  for (let i = 0; i < 1000; i++) index.find(rand(), rand(), 7);
  expect((performance.now() - started) / 1000).toBeLessThan(2);
});

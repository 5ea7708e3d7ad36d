/**
 * The least and greatest of some numbers, in one pass: `Math.min(...values)` overflows the call stack
 * from about 125,000 values, and a year of events has more. `[Infinity, -Infinity]` for none.
 */
export function extent(values: Iterable<number>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

import { execAll } from './execAll.ts';

const YEAR = /(?<!\d|\d[.,])(1[89]\d\d|20\d\d)(?!\d|[.,]\d)/g;
const ATTRIBUTIVE = /(?<![\p{L}])(?:the|a|an|its|their|his|her|our)\s+$/iu;

/**
 * The years in a stretch of text that date what its trigger (at `triggerAt`, an offset into the same
 * stretch) reports: "in 1950" dates anything in its clause, but "the 1951 treaty" names a thing and dates
 * only a trigger that follows it closely ("the 1998 war"), not a threat made today that invokes it.
 *
 * @example eventYears('warned that an attack would invoke the 1951 treaty', 8) // []
 */
export function eventYears(text: string, triggerAt: number): { year: number; index: number }[] {
  return execAll(YEAR, text)
    .filter((m) => !ATTRIBUTIVE.test(text.slice(Math.max(0, m.index - 8), m.index)) || (triggerAt >= m.index && triggerAt - m.index <= 40))
    .map((m) => ({ year: Number(m[1]), index: m.index }));
}

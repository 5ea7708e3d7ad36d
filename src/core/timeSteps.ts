import type { Relation } from '../data/schema.ts';
import { formatDate } from './formatDate.ts';

/**
 * Time on the map, pure (the browser's timeline and the command line's frames share it): a window
 * (`from`–`to`) or a moment (`asof` `to`), months as numbers, the story's months, the steps of a
 * playback and how each is said.
 */
export interface TimeState {
  mode: 'window' | 'asof';
  from?: string;
  to?: string;
}

/** A month as a number: months since year 0. */
export const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
export const monthOf = (i: number) => `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
/** The first month a date of any precision covers, and the last. */
export const firstMonth = (date: string) => monthIndex(date.length === 4 ? `${date}-01` : date.slice(0, 7));
export const lastMonth = (date: string) => monthIndex(date.length === 4 ? `${date}-12` : date.slice(0, 7));

/** The months a story's dated relations cover, first to last (begun, ended; an ongoing one up to the story's last date). */
export function storyMonths(relations: readonly Relation[]): { first: number; last: number } | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const r of relations) {
    if (r.date === undefined) continue;
    first = Math.min(first, firstMonth(r.date));
    last = Math.max(last, lastMonth(r.date), r.end !== undefined ? lastMonth(r.end) : -Infinity);
  }
  return Number.isFinite(first) ? { first, last } : undefined;
}

/**
 * The steps of a playback from the story's first month (or year) to its last, as dates that name
 * them: "2021-01" by month, "2021" by year. Empty for a story with no dated relation.
 *
 * @example frameSteps(story.relations, 'year') // ['2017', '2018', …, '2023']
 */
export function frameSteps(relations: readonly Relation[], unit: 'month' | 'year'): string[] {
  const months = storyMonths(relations);
  if (!months) return [];
  if (unit === 'year') {
    const first = Math.floor(months.first / 12);
    return Array.from({ length: Math.floor(months.last / 12) - first + 1 }, (_, i) => String(first + i).padStart(4, '0'));
  }
  return Array.from({ length: months.last - months.first + 1 }, (_, i) => monthOf(months.first + i));
}

/** A window or moment in words: "June 2019", "2019", "June 2017 – January 2021", "As of June 2019"; "All dates" for none. */
export function describeTime(state: TimeState): string {
  if (!state.to && !state.from) return 'All dates';
  const say = (date: string) => formatDate(date, date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');
  if (state.mode === 'asof') return `As of ${say(state.to ?? state.from!)}`;
  const from = state.from ?? state.to!;
  const to = state.to ?? state.from!;
  if (from === to) return say(from);
  if (/^\d{4}-01$/.test(from) && to === `${from.slice(0, 4)}-12`) return from.slice(0, 4);
  return `${say(from)} – ${say(to)}`;
}

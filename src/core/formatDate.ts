import type { DatePrecision } from '../data/relationTypes.ts';
import type { Relation } from '../data/schema.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as a reader says it, to its precision: "19 June 2024", "June 2024", "2024"; "date not stated" for none. */
export function formatDate(date: string | undefined, precision: DatePrecision | undefined): string {
  if (date === undefined || precision === undefined) return 'date not stated';
  const [year, month, day] = date.split('-').map(Number);
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The first and last day a date covers, as ISO strings that sort in time order; an undated relation sorts last. */
export function dateSpan(date: string | undefined, precision: DatePrecision | undefined): [string, string] {
  if (date === undefined || precision === undefined) return [UNDATED, UNDATED];
  if (precision === 'day') return [date, date];
  if (precision === 'month') {
    const [year, month] = date.split('-').map(Number);
    return [`${date}-01`, `${date}-${daysIn(year, month)}`];
  }
  return [`${date}-01-01`, `${date}-12-31`];
}

/** Where an undated relation sorts: after every real date. */
export const UNDATED = '9999-99-99';

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Where an ongoing relation's span ends: after every real date. */
export const ONGOING = '9999-12-31';

/**
 * The first and last day a relation is active: from its date to its end, to no end when it is
 * ongoing, or its date's own span for an event of one date (every relation without a span).
 */
export function activeSpan(relation: Pick<Relation, 'date' | 'datePrecision' | 'end' | 'endPrecision' | 'ongoing'>): [string, string] {
  const span = dateSpan(relation.date, relation.datePrecision);
  if (relation.date === undefined) return span;
  if (relation.end !== undefined && relation.endPrecision !== undefined) return [span[0], dateSpan(relation.end, relation.endPrecision)[1]];
  if (relation.ongoing) return [span[0], ONGOING];
  return span;
}

/** Whether a relation has a span (an end, or ongoing) rather than one date. */
export function hasSpan(relation: Pick<Relation, 'end' | 'ongoing'>): boolean {
  return relation.end !== undefined || !!relation.ongoing;
}

/** A relation's date as a reader says it, with its end: "June 2017 – January 2021", "since June 2017", or its one date. */
export function formatSpan(relation: Pick<Relation, 'date' | 'datePrecision' | 'end' | 'endPrecision' | 'ongoing'>): string {
  const start = formatDate(relation.date, relation.datePrecision);
  if (relation.date === undefined) return start;
  if (relation.end !== undefined && relation.endPrecision !== undefined) return `${start} – ${formatDate(relation.end, relation.endPrecision)}`;
  if (relation.ongoing) return `since ${start}`;
  return start;
}

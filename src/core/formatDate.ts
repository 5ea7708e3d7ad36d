import type { DatePrecision } from '../data/relationTypes.ts';

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

import type { DatePrecision } from '../data/relationTypes.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as a reader says it, to its precision: "19 June 2024", "June 2024", "2024". */
export function formatDate(date: string, precision: DatePrecision): string {
  const [year, month, day] = date.split('-').map(Number);
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The first and last day a date of some precision covers, as ISO strings that sort in time order. */
export function dateSpan(date: string, precision: DatePrecision): [string, string] {
  if (precision === 'day') return [date, date];
  if (precision === 'month') {
    const [year, month] = date.split('-').map(Number);
    return [`${date}-01`, `${date}-${daysIn(year, month)}`];
  }
  return [`${date}-01-01`, `${date}-12-31`];
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The years a date given as an option may be in. Relative dates in an article ("last year", "in
 * two years") resolve against --published, and dates far outside this range come out as years of
 * five digits or below zero that no ISO date can hold ("-000001-12"); a typo such as 0224 or 9024
 * is likelier than an article of those years.
 */
export const FIRST_YEAR = 1000;
export const LAST_YEAR = 2999;

/** The range as a message says it, for a year and for a day. */
export const OPTION_YEARS = `${FIRST_YEAR} to ${LAST_YEAR}`;
export const OPTION_DAYS = `${FIRST_YEAR}-01-01 to ${LAST_YEAR}-12-31`;

/** Whether a date written YYYY… is of a year outside the range (a date not so written is not judged here). */
export function dateOutOfRange(date: string): boolean {
  const year = /^(\d{4})(?:-|$)/.exec(date)?.[1];
  return year !== undefined && (Number(year) < FIRST_YEAR || Number(year) > LAST_YEAR);
}

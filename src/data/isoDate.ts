import type { DatePrecision } from './relationTypes.ts';

const forms: Record<DatePrecision, RegExp> = {
  year: /^(\d{4})$/,
  month: /^(\d{4})-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
};

export const dateForms: Record<DatePrecision, string> = {
  year: 'YYYY, such as "2023"',
  month: 'YYYY-MM, such as "2024-06"',
  day: 'YYYY-MM-DD, such as "2024-06-19"',
};

/** Whether `date` is a real calendar date written to exactly the given precision. */
export function isIsoDate(date: string, precision: DatePrecision): boolean {
  const m = forms[precision].exec(date);
  if (!m) return false;
  const [year, month = 1, day = 1] = m.slice(1).map(Number);
  // Year 0 is in no calendar (1 BC is followed by AD 1), and Date.UTC would read it as 1900.
  if (year === 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The precision a well-formed ISO date is written to, or undefined. */
export function precisionOf(date: string): DatePrecision | undefined {
  return (Object.keys(forms) as DatePrecision[]).find((p) => isIsoDate(date, p));
}

/** What is wrong with a date that is not real, in words: year 0 is named, as it looks real. */
export function unrealDate(date: string): string {
  return /^0000(?:-|$)/.test(date) ? `"${date}" is in year 0, which no calendar has (1 BC is followed by AD 1)` : `"${date}" is not a real date`;
}

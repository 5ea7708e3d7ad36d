import * as chrono from 'chrono-node/en';
import { execAll } from './execAll.ts';
import type { Certainty, DatePrecision } from '../data/relationTypes.ts';
import { eventYears } from './years.ts';
import { formatDate } from '../core/formatDate.ts';

export interface DraftDate {
  date?: string;
  datePrecision?: DatePrecision;
  dateNote: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The date of what a sentence reports, resolved against the publication date: the date expression
 * nearest the trigger ("yesterday", "on Wednesday", "last year", "in 1950", "next month"), to the
 * precision the words give, with a note saying how. With none, the month of publication for news
 * and no date at all for background or an article of unknown date.
 */
export function dateOf(sentence: string, triggerAt: number, published: string | undefined, certainty: Certainty): DraftDate {
  const reference = published ? new Date(`${published}T12:00:00Z`) : undefined;
  const results = chrono.casual.parse(sentence, reference ? { instant: reference, timezone: 0 } : undefined)
    .filter((r) => /\d|yesterday|today|tonight|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december/i.test(r.text) && !/^(?:may|march)$/i.test(r.text.trim()));
  const written = published ? `in an article of ${formatDate(published, 'day')}` : 'in an article of unknown date';
  if (results.length) {
    const r = results.reduce((a, b) => (Math.abs(b.index - triggerAt) < Math.abs(a.index - triggerAt) ? b : a));
    const words = r.text.replace(/[\s,.;:]+$/, '');
    // "On 1 January 0001", "in 999": a year outside the range a story can hold is left undated, not read as this year.
    const around = sentence.slice(r.index, r.index + r.text.length + 6);
    if (execAll(/(?<![\d.,:])\d{1,5}(?![\d:])/g, around).some((m) => (m[0].length >= 3 || Number(m[0]) > 31) && (Number(m[0]) < 1000 || Number(m[0]) > 2999))) {
      return { dateNote: `“${words}”: a year outside 1000–2999, left undated.` };
    }
    const relative = !/\d{4}/.test(words);
    if (relative && !reference) return { dateNote: `“${words}” ${written}: the date cannot be worked out.` };
    let at = r.start.date();
    const only = (unit: 'day' | 'month' | 'year') => r.start.isCertain(unit);
    let precision: DatePrecision = only('day') || r.start.isCertain('weekday') || /yesterday|today|tonight/i.test(r.text) ? 'day' : only('month') || /month/i.test(r.text) ? 'month' : 'year';
    // News reports what happened: a bare weekday after the publication date is last week's.
    if (reference && certainty !== 'planned' && precision === 'day' && at > reference && !only('month')) at = new Date(at.getTime() - 7 * 86_400_000);
    if (/\byear\b/i.test(r.text) && !only('month')) precision = 'year';
    const value = precision === 'day' ? iso(at) : precision === 'month' ? iso(at).slice(0, 7) : iso(at).slice(0, 4);
    return { date: value, datePrecision: precision, dateNote: relative ? `“${words}” ${written}: ${formatDate(value, precision)}.` : `“${words}” in the sentence.` };
  }
  // A year on its own ("in 1950") is a date chrono leaves to its caller.
  const year = eventYears(sentence, triggerAt)[0]?.year;
  if (year) return { date: String(year), datePrecision: 'year', dateNote: `“${year}” in the sentence.` };
  if (published && certainty !== 'historical') {
    return { date: published.slice(0, 7), datePrecision: 'month', dateNote: `No date in the sentence: the month of the article (${formatDate(published, 'day')}).` };
  }
  return { dateNote: certainty === 'historical' ? 'Background the sentence does not date.' : 'No date in the sentence, and the article’s date is not known.' };
}

/** When a relation the sentence dates as a span began and ended: "from 1998 to 2000", "until 2016". */
export interface DraftSpan {
  start?: string;
  end: string;
  endPrecision: DatePrecision;
  /** The words that give the span, for the notes. */
  words: string;
}

const YEAR = '(1\\d{3}|2\\d{3})';
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const SPANS: readonly RegExp[] = [
  new RegExp(`(?<![\\p{L}])(?:from|between) ${YEAR} (?:to|until|till|through|and) ${YEAR}(?!\\d)`, 'giu'),
  new RegExp(`(?<![\\d\\p{L}])${YEAR} ?[–-] ?${YEAR}(?!\\d)`, 'giu'),
  new RegExp(`(?<![\\p{L}])(?:until|till|through|up to)(?: ${MONTH})? ${YEAR}(?!\\d)`, 'gu'),
];

/**
 * The span a sentence gives what it reports, nearest the trigger: both ends ("fought from 1998 to
 * 2000", "the 1998–2000 war") or the end alone ("sanctions that lasted until 2016"). Years and
 * months only; an end that is not after its start is no span.
 */
export function spanOf(sentence: string, triggerAt: number): DraftSpan | undefined {
  let best: { span: DraftSpan; distance: number } | undefined;
  for (const pattern of SPANS) {
    pattern.lastIndex = 0;
    for (const m of execAll(pattern, sentence)) {
      const numbers = m.slice(1).filter((g): g is string => g !== undefined);
      const month = numbers.find((g) => !/^\d/.test(g));
      const years = numbers.filter((g) => /^\d/.test(g));
      const span: DraftSpan = years.length === 2
        ? { start: years[0], end: years[1], endPrecision: 'year', words: m[0] }
        : month
          ? { end: `${years[0]}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}`, endPrecision: 'month', words: m[0] }
          : { end: years[0], endPrecision: 'year', words: m[0] };
      if (span.start && span.start >= span.end) continue;
      const distance = Math.abs(m.index! - triggerAt);
      if (!best || distance < best.distance) best = { span, distance };
    }
  }
  return best?.span;
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

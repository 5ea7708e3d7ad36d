import type { Certainty } from '../data/relationTypes.ts';
import { dateOf, type DraftDate } from '../draft/dates.ts';
import { sentences } from '../draft/sentences.ts';

/**
 * The date of words selected in an article, as the drafter would date them: the drafter's own rules
 * (`dateOf`) over the whole sentence (or sentences) the selection lies in, from the selection's start,
 * against the article's publication date (a day; a month or year alone dates nothing relative).
 *
 * @example sentenceDate('Kim met Putin on Wednesday.', 0, 13, '2024-06-21') // { date: '2024-06-19', datePrecision: 'day', … }
 */
export function sentenceDate(text: string, start: number, end: number, published: string | undefined, certainty: Certainty = 'stated'): DraftDate {
  const spans = sentences(text);
  const first = spans.find((s) => s.end > start) ?? { start, end };
  const last = [...spans].reverse().find((s) => s.start < end) ?? first;
  const from = Math.min(first.start, start);
  const sentence = text.slice(from, Math.max(last.end, end));
  const day = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : undefined;
  return dateOf(sentence, start - from, day, certainty);
}

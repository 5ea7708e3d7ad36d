import type { Relation } from '../data/schema.ts';
import { RELATION_TYPES } from '../data/relationTypes.ts';
import { formatSpan } from './formatDate.ts';

/** The accessible name of an edge: "Russia to North Korea: visit, 19 June 2024". */
export function relationLabel(relation: Relation, nameOf: (iso3: string) => string): string {
  const join = relation.directed ? 'to' : 'and';
  const type = RELATION_TYPES[relation.type].label.toLowerCase();
  const certainty = relation.certainty === 'stated' ? '' : ` (${relation.certainty})`;
  const draft = relation.review === 'draft' ? ' (draft)' : '';
  return `${nameOf(relation.from)} ${join} ${nameOf(relation.to)}: ${type}${certainty}, ${formatSpan(relation)}${draft}`;
}

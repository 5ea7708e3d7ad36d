import { speakerLine } from '../core/footnotes.ts';
import { formatDate } from '../core/formatDate.ts';
import { EDGE_STYLES } from '../core/edgeStyles.ts';
import { RELATION_TYPES } from '../data/relationTypes.ts';
import type { Relation, Story } from '../data/schema.ts';
import { el } from './el.ts';

export type QuoteHandler = (start: number, end: number) => void;

/** A quote as a blockquote, its speaker, and a link to its place in the article. */
function quoteBlock(story: Story, evidence: Relation['evidence'][number], onQuote?: QuoteHandler): HTMLElement {
  const who = speakerLine(story, evidence.speaker);
  const show = onQuote ? el('button', { type: 'button', class: 'in-article', 'data-start': String(evidence.start), 'data-end': String(evidence.end) }, 'Show in article') : null;
  show?.addEventListener('click', (event) => {
    event.stopPropagation();
    onQuote!(evidence.start, evidence.end);
  });
  return el('figure', { class: 'quote' },
    el('blockquote', { 'data-start': String(evidence.start), 'data-end': String(evidence.end) }, evidence.quote),
    el('figcaption', {}, who ? `— ${who}` : '— the article', show ? ' ' : null, show));
}

/** The full card of a relation: type, countries and direction, date, certainty, summary, every quote. */
export function relationCard(story: Story, relation: Relation, onQuote?: QuoteHandler): HTMLElement {
  const name = (id: string) => story.actors.find((a) => a.id === id)?.name ?? id;
  const arrow = relation.directed ? '→' : '↔';
  const swatch = el('span', { class: 'type-swatch', style: `background:${EDGE_STYLES[relation.type].stroke}` });
  return el('div', { class: 'relation-card', 'data-card-relation': relation.id },
    el('p', { class: 'kind' }, swatch, RELATION_TYPES[relation.type].label, el('span', { class: 'certainty' }, ` · ${relation.certainty}`)),
    el('p', { class: 'pair' }, `${name(relation.from)} ${arrow} ${name(relation.to)}`),
    el('p', { class: 'date' }, formatDate(relation.date, relation.datePrecision)),
    el('p', { class: 'summary' }, relation.summary),
    ...relation.evidence.map((e) => quoteBlock(story, e, onQuote)));
}

/** A country's card: each of its relations with its first quote. */
export function countryCard(story: Story, actorId: string, relations: readonly Relation[], onQuote?: QuoteHandler): HTMLElement {
  const actor = story.actors.find((a) => a.id === actorId)!;
  const name = (id: string) => story.actors.find((a) => a.id === id)?.name ?? id;
  // A country in a large story may have hundreds of relations: the card shows the first few.
  const SHOWN = 12;
  const items = relations.slice(0, SHOWN).map((r) => {
    const other = r.from === actorId ? r.to : r.from;
    const direction = !r.directed ? 'with' : r.from === actorId ? 'to' : 'from';
    return el('li', { 'data-card-relation': r.id },
      el('p', { class: 'kind' }, el('span', { class: 'type-swatch', style: `background:${EDGE_STYLES[r.type].stroke}` }),
        `${RELATION_TYPES[r.type].label} ${direction} ${name(other)}`, el('span', { class: 'certainty' }, ` · ${formatDate(r.date, r.datePrecision)}`)),
      quoteBlock(story, r.evidence[0], onQuote));
  });
  return el('div', { class: 'country-card', 'data-actor-card': actorId },
    el('p', { class: 'pair' }, actor.name),
    el('p', { class: 'date' }, relations.length === 1 ? '1 relation' : `${relations.length} relations`),
    el('ul', {}, ...items),
    relations.length > SHOWN ? el('p', { class: 'more' }, `…and ${relations.length - SHOWN} more: see All relations.`) : null);
}

import { edgeColour } from './edgeColours.ts';
import { summaryForReaders } from '../data/readerSummary.ts';
import { speakerLine } from '../core/footnotes.ts';
import { formatSpan } from '../core/formatDate.ts';
import { sourceLine, sourceOf } from '../core/sources.ts';
import { RELATION_TYPES } from '../data/relationTypes.ts';
import type { Relation, Story } from '../data/schema.ts';
import { el } from './el.ts';

export type QuoteHandler = (start: number, end: number, source?: string) => void;

/** A quote as a blockquote, its speaker, and a link to its place in the article. */
function quoteBlock(story: Story, evidence: Relation['evidence'][number], onQuote?: QuoteHandler): HTMLElement {
  const who = speakerLine(story, evidence.speaker);
  const source = sourceOf(story, evidence);
  const show = onQuote ? el('button', { type: 'button', class: 'in-article', 'data-start': String(evidence.start), 'data-end': String(evidence.end) }, 'Show in article') : null;
  show?.addEventListener('click', (event) => {
    event.stopPropagation();
    onQuote!(evidence.start, evidence.end, source?.id);
  });
  // With several sources each quote names its outlet and date, and links to the article where given.
  const credit = source
    ? el('span', { class: 'source' }, who ? ' · ' : '', sourceLine(source),
      source.url && /^https?:\/\//.test(source.url) ? el('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, ' (article)') : null)
    : null;
  return el('figure', { class: 'quote' },
    el('blockquote', { 'data-start': String(evidence.start), 'data-end': String(evidence.end) }, evidence.quote),
    el('figcaption', {}, who ? `— ${who}` : source ? '— ' : '— the article', credit, show ? ' ' : null, show));
}

/** The full card of a relation: type, countries and direction, date, certainty, summary, every quote. */
export function relationCard(story: Story, relation: Relation, onQuote?: QuoteHandler): HTMLElement {
  const name = (id: string) => story.actors.find((a) => a.id === id)?.name ?? id;
  const arrow = relation.directed ? '→' : '↔';
  const swatch = el('span', { class: 'type-swatch', style: `background:${edgeColour(relation.type)}` });
  return el('div', { class: 'relation-card', 'data-card-relation': relation.id },
    el('p', { class: 'kind' }, swatch, RELATION_TYPES[relation.type].label, el('span', { class: 'certainty' }, ` · ${relation.certainty}`)),
    el('p', { class: 'pair' }, `${name(relation.from)} ${arrow} ${name(relation.to)}`),
    el('p', { class: 'date' }, formatSpan(relation)),
    el('p', { class: 'summary' }, summaryForReaders(relation, name)),
    // A relation drafted from a long article may have hundreds of quotes: the card shows the first few.
    ...relation.evidence.slice(0, SHOWN_QUOTES).map((e) => quoteBlock(story, e, onQuote)),
    relation.evidence.length > SHOWN_QUOTES ? el('p', { class: 'more' }, `…and ${(relation.evidence.length - SHOWN_QUOTES).toLocaleString('en')} more quotes.`) : null);
}

/** How many quotes a relation's card shows. */
export const SHOWN_QUOTES = 12;

/** An actor's card: each of its relations with its first quote; an organisation's names its members in the story. */
export function countryCard(story: Story, actorId: string, relations: readonly Relation[], onQuote?: QuoteHandler): HTMLElement {
  const actor = story.actors.find((a) => a.id === actorId)!;
  const members = actor.members ? story.actors.filter((a) => actor.members!.includes(a.id)) : [];
  const name = (id: string) => story.actors.find((a) => a.id === id)?.name ?? id;
  // A country in a large story may have hundreds of relations: the card shows the first few.
  const SHOWN = 12;
  const items = relations.slice(0, SHOWN).map((r) => {
    const other = r.from === actorId ? r.to : r.from;
    const direction = !r.directed ? 'with' : r.from === actorId ? 'to' : 'from';
    return el('li', { 'data-card-relation': r.id },
      el('p', { class: 'kind' }, el('span', { class: 'type-swatch', style: `background:${edgeColour(r.type)}` }),
        `${RELATION_TYPES[r.type].label} ${direction} ${name(other)}`, el('span', { class: 'certainty' }, ` · ${formatSpan(r)}`)),
      quoteBlock(story, r.evidence[0], onQuote));
  });
  return el('div', { class: 'country-card', 'data-actor-card': actorId },
    el('p', { class: 'pair' }, actor.name),
    actor.kind === 'organisation'
      ? el('p', { class: 'members' }, members.length ? `Members in this story: ${members.map((m) => m.name).join(', ')}` : 'No member state in this story')
      : actor.kind === 'other' ? el('p', { class: 'members' }, 'Not a state') : null,
    el('p', { class: 'date' }, relations.length === 1 ? '1 relation' : `${relations.length} relations`),
    el('ul', {}, ...items),
    relations.length > SHOWN ? el('p', { class: 'more' }, `…and ${relations.length - SHOWN} more: see All relations.`) : null);
}

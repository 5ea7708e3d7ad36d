import { edgeColour } from './edgeColours.ts';
import { summaryForReaders } from '../data/readerSummary.ts';
import { dateSpan, formatSpan } from '../core/formatDate.ts';
import { RELATION_TYPES, relationTypeNames } from '../data/relationTypes.ts';
import type { Relation, Story } from '../data/schema.ts';
import { el } from './el.ts';

export interface RelationsList {
  element: HTMLElement;
  /** Marks the relations hidden by the filters. */
  setVisible(ids: ReadonlySet<string>): void;
}

type SortKey = 'date' | 'type';

// ISO dates and ids compare by code unit, as the map orders its edges: no collator (the first
// `localeCompare` of a page builds one, 8 ms at the map's start), and each date key is made once.
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const starts = new WeakMap<Relation, string>();
const startOf = (r: Relation) => {
  let start = starts.get(r);
  if (start === undefined) starts.set(r, (start = dateSpan(r.date, r.datePrecision)[0]));
  return start;
};
const comparators: Record<SortKey, (a: Relation, b: Relation) => number> = {
  date: (a, b) => byCodeUnit(startOf(a), startOf(b)) || byCodeUnit(a.id, b.id),
  type: (a, b) => relationTypeNames.indexOf(a.type) - relationTypeNames.indexOf(b.type) || comparators.date(a, b),
};

/**
 * Every relation as a list, the text alternative of the map: sortable by date or type, each item a
 * button that selects its edge on the map.
 */
export function relationsList(story: Story, onSelect: (id: string) => void): RelationsList {
  const name = (id: string) => story.actors.find((a) => a.id === id)?.name ?? id;
  const list = el('ol', { class: 'relations-list' });
  const sort = el('select', { 'aria-label': 'Sort relations by' }, el('option', { value: 'date' }, 'by date'), el('option', { value: 'type' }, 'by type'));
  // The relations the map draws now; undefined: all of them.
  let visible: ReadonlySet<string> | undefined;
  // Long stories show the list a page at a time: thousands of items would cost more than they help.
  const PAGE = 200;
  let shown = PAGE;
  const more = el('button', { type: 'button', class: 'more' });
  more.addEventListener('click', () => {
    shown += PAGE;
    render();
  });

  const orders = new Map<SortKey, Relation[]>();
  const sortedBy = (key: SortKey) => {
    let order = orders.get(key);
    if (!order) orders.set(key, (order = [...story.relations].sort(comparators[key])));
    return order;
  };

  const render = () => {
    const sorted = sortedBy(sort.value as SortKey);
    more.hidden = sorted.length <= shown;
    more.textContent = `Show ${Math.min(PAGE, sorted.length - shown)} more of ${sorted.length - shown} left`;
    list.replaceChildren(...sorted.slice(0, shown).map((r) => {
      const button = el('button', { type: 'button', 'data-relation': r.id, 'aria-controls': 'map' },
        el('span', { class: 'type-swatch', style: `background:${edgeColour(r.type)}` }),
        el('span', { class: 'what' }, `${name(r.from)} ${r.directed ? '→' : '↔'} ${name(r.to)}: ${RELATION_TYPES[r.type].label.toLowerCase()}`),
        el('span', { class: 'when' }, `${formatSpan(r)} · ${r.certainty}`));
      button.addEventListener('click', () => onSelect(r.id));
      return el('li', { class: visible && !visible.has(r.id) ? 'filtered' : undefined }, button, el('p', { class: 'summary' }, summaryForReaders(r, name)));
    }));
  };
  sort.addEventListener('change', render);
  render();

  const element = el('section', { class: 'relations', 'aria-label': 'All relations' },
    el('div', { class: 'relations-head' }, el('h2', {}, 'All relations'), el('label', {}, 'Sort ', sort)),
    list,
    more);
  return {
    element,
    setVisible(ids) {
      visible = ids;
      // Only the marks change, on the items drawn (a page of them): a playback step builds none again.
      for (const item of list.children) item.classList.toggle('filtered', !ids.has((item.firstElementChild as HTMLElement).dataset.relation!));
    },
  };
}

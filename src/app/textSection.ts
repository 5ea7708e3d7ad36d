import type { Callout, GraphicText, Story } from '../data/schema.ts';
import { graphicWords } from '../core/graphicWords.ts';
import { el } from './el.ts';

export type WordKey = Exclude<keyof GraphicText, 'callouts' | 'labels' | 'hideLabels'>;

/** What a callout can be pinned to: an actor or a relation, as `actor:PRK` or `relation:<id>`, with a name to show. */
export interface CalloutTarget {
  value: string;
  label: string;
}

const FIELDS: readonly { key: WordKey; label: string; long?: boolean; hint?: string }[] = [
  { key: 'title', label: 'Headline' },
  { key: 'subtitle', label: 'Subtitle', long: true },
  { key: 'byline', label: 'Byline', hint: 'Graphic by …' },
  { key: 'sourceName', label: 'Source name' },
  { key: 'sourceUrl', label: 'Source link', hint: 'https://…' },
  { key: 'notes', label: 'Notes', long: true },
];

/**
 * What the fields start from: each word's default (the story's own, without the editor's), and
 * what a callout can be pinned to: the story's actors and the relations a review has accepted (`accepted`).
 */
export function textStart(story: Story, accepted: Story): { defaults: Record<WordKey, string>; targets: CalloutTarget[] } {
  const words = graphicWords({ ...story, graphic: undefined });
  const actorName = (id: string) => story.actors.find((a) => a.id === id)?.name ?? id;
  const targets = [
    ...story.actors.map((a) => ({ value: `actor:${a.id}`, label: a.name })),
    ...accepted.relations.map((r) => ({ value: `relation:${r.id}`, label: `${actorName(r.from)} ${r.directed ? '→' : '↔'} ${actorName(r.to)}: ${r.type.replace(/_/g, ' ')}` })),
  ];
  return { defaults: { title: words.title, subtitle: '', byline: '', sourceName: words.sourceName, sourceUrl: words.sourceUrl, notes: '' }, targets };
}

/** A link a reader can follow: https or http, and nothing else. */
const LINK = /^https?:\/\/[^\s]+$/;

/**
 * The "Text" section's fields: the words around the map, each field showing its default (the
 * story's title, the article's outlet and address) until the editor writes over it. Every change
 * gives the story's new `graphic`; a field left empty goes back to its default. The section itself
 * (textSlot.ts) loads this when first opened.
 */
export function textFields(read: () => GraphicText | undefined, defaults: Record<WordKey, string>, targets: readonly CalloutTarget[], onChange: (graphic: GraphicText | undefined) => void): Node[] {
  // The story's words as they are now: a callout dragged on the map changes them too.
  const current = (): GraphicText => ({ ...read() });
  const change = (next: GraphicText) => {
    onChange(Object.keys(next).length ? next : undefined);
  };
  const problem = el('p', { class: 'text-problem', role: 'status' });
  const rows = FIELDS.map(({ key, label, long, hint }) => {
    const id = `graphic-${key}`;
    const attrs = { id, name: key, placeholder: defaults[key] || hint || '', value: current()[key] ?? '' };
    const input = long ? el('textarea', { ...attrs, rows: '2' }) : el('input', { ...attrs, type: key === 'sourceUrl' ? 'url' : 'text' });
    if (long) input.value = current()[key] ?? '';
    input.addEventListener('change', () => {
      const value = input.value.trim();
      if (key === 'sourceUrl' && value && !LINK.test(value)) {
        problem.textContent = `The source link “${value}” is not a web address: write it as https://… (or leave it empty for the article's own).`;
        input.setAttribute('aria-invalid', 'true');
        return;
      }
      input.removeAttribute('aria-invalid');
      problem.textContent = '';
      const next: GraphicText = { ...current() };
      if (value) next[key] = value;
      else delete next[key];
      change(next);
    });
    return el('div', { class: 'text-field' }, el('label', { for: id }, label), input);
  });
  // Callouts: a short note pinned to an actor or an edge, placed where it covers nothing, or dragged on the map.
  const list = el('ul', { class: 'callout-list' });
  const target = el('select', { id: 'callout-target', name: 'callout-target' }, ...targets.map((t) => el('option', { value: t.value }, t.label)));
  const note = el('input', { id: 'callout-text', name: 'callout-text', type: 'text', maxlength: '120', placeholder: 'A short note' });
  const add = el('button', { type: 'button', class: 'add-callout' }, 'Add callout');
  const nameOf = (c: Callout) => targets.find((t) => t.value === (c.actor !== undefined ? `actor:${c.actor}` : `relation:${c.relation}`))?.label ?? '';
  const showList = () => list.replaceChildren(...(current().callouts ?? []).map((c, i) => {
    const remove = el('button', { type: 'button', class: 'remove-callout', 'aria-label': `Remove the callout “${c.text}”` }, 'Remove');
    remove.addEventListener('click', () => {
      const callouts = (current().callouts ?? []).filter((_, j) => j !== i);
      const next: GraphicText = { ...current(), callouts };
      if (!callouts.length) delete next.callouts;
      change(next);
      showList();
    });
    // A callout dragged on the map keeps its place; this lets it find a free spot again.
    const moved = c.dx !== undefined || c.dy !== undefined;
    const free = el('button', { type: 'button', class: 'free-callout', 'aria-label': `Place the callout “${c.text}” automatically` }, 'Place automatically');
    free.addEventListener('click', () => {
      const callouts = (current().callouts ?? []).map((d, j) => (j === i ? { text: d.text, ...(d.actor !== undefined ? { actor: d.actor } : { relation: d.relation }) } : d));
      change({ ...current(), callouts });
      showList();
    });
    return el('li', {}, el('span', { class: 'callout-text' }, `“${c.text}”`), el('span', { class: 'callout-target' }, ` on ${nameOf(c)}${moved ? ', placed by hand' : ''} `), remove, ...(moved ? [' ', free] : []));
  }));
  // A callout dragged on the map: the list says so.
  list.addEventListener('graphicchange', () => showList());
  add.addEventListener('click', () => {
    const text = note.value.trim();
    if (!text) {
      problem.textContent = 'Write the callout\'s note first: a few words.';
      note.focus();
      return;
    }
    problem.textContent = '';
    const [kind, id] = target.value.split(/:(.*)/s);
    const callout: Callout = kind === 'actor' ? { text, actor: id } : { text, relation: id };
    change({ ...current(), callouts: [...(current().callouts ?? []), callout] });
    note.value = '';
    showList();
  });
  showList();

  // Labels: each actor's renamed (empty: its own name) or hidden.
  const labelRows = targets.filter((t) => t.value.startsWith('actor:')).map((t) => {
    const id = t.value.slice('actor:'.length);
    const name = el('input', { type: 'text', id: `label-${id}`, name: `label-${id}`, placeholder: t.label, value: current().labels?.[id] ?? '', 'aria-label': `Label of ${t.label}` });
    const hide = el('input', { type: 'checkbox', name: `hide-${id}`, checked: current().hideLabels?.includes(id) ?? false, 'aria-label': `Hide the label of ${t.label}` });
    const update = () => {
      const labels = { ...current().labels };
      if (name.value.trim()) labels[id] = name.value.trim();
      else delete labels[id];
      const hidden = (current().hideLabels ?? []).filter((h) => h !== id).concat(hide.checked ? [id] : []);
      const next: GraphicText = { ...current(), labels, hideLabels: hidden };
      if (!Object.keys(labels).length) delete next.labels;
      if (!hidden.length) delete next.hideLabels;
      change(next);
    };
    name.addEventListener('change', update);
    hide.addEventListener('change', update);
    return el('li', {}, name, el('label', { class: 'inline' }, hide, ' hide'));
  });
  return [
    el('p', { class: 'text-hint' }, 'The words around the map, in every export, the embed and the one-file HTML. Empty fields use what the placeholder shows.'),
    ...rows,
    el('fieldset', { class: 'callouts' }, el('legend', {}, 'Callouts'),
      list,
      el('div', { class: 'text-field' }, el('label', { for: 'callout-target' }, 'Pinned to'), target),
      el('div', { class: 'text-field' }, el('label', { for: 'callout-text' }, 'Note'), note),
      add),
    el('fieldset', { class: 'labels' }, el('legend', {}, 'Labels'), el('ul', { class: 'label-list' }, ...labelRows)),
    problem,
  ];
}

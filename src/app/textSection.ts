import type { GraphicText } from '../data/schema.ts';
import { el } from './el.ts';

const FIELDS: readonly { key: keyof GraphicText; label: string; long?: boolean; hint?: string }[] = [
  { key: 'title', label: 'Headline' },
  { key: 'subtitle', label: 'Subtitle', long: true },
  { key: 'byline', label: 'Byline', hint: 'Graphic by …' },
  { key: 'sourceName', label: 'Source name' },
  { key: 'sourceUrl', label: 'Source link', hint: 'https://…' },
  { key: 'notes', label: 'Notes', long: true },
];

/** A link a reader can follow: https or http, and nothing else. */
const LINK = /^https?:\/\/[^\s]+$/;

/**
 * The "Text" section: the words around the map, each field showing its default (the story's title,
 * the article's outlet and address) until the editor writes over it. Every change gives the story's
 * new `graphic`; a field left empty goes back to its default.
 */
export function textSection(graphic: GraphicText | undefined, defaults: Record<keyof GraphicText, string>, onChange: (graphic: GraphicText | undefined) => void): HTMLElement {
  let current: GraphicText = { ...graphic };
  const problem = el('p', { class: 'text-problem', role: 'status' });
  const rows = FIELDS.map(({ key, label, long, hint }) => {
    const id = `graphic-${key}`;
    const attrs = { id, name: key, placeholder: defaults[key] || hint || '', value: current[key] ?? '' };
    const input = long ? el('textarea', { ...attrs, rows: '2' }) : el('input', { ...attrs, type: key === 'sourceUrl' ? 'url' : 'text' });
    if (long) input.value = current[key] ?? '';
    input.addEventListener('change', () => {
      const value = input.value.trim();
      if (key === 'sourceUrl' && value && !LINK.test(value)) {
        problem.textContent = `The source link “${value}” is not a web address: write it as https://… (or leave it empty for the article's own).`;
        input.setAttribute('aria-invalid', 'true');
        return;
      }
      input.removeAttribute('aria-invalid');
      problem.textContent = '';
      const next: GraphicText = { ...current };
      if (value) next[key] = value;
      else delete next[key];
      current = next;
      onChange(Object.keys(next).length ? next : undefined);
    });
    return el('div', { class: 'text-field' }, el('label', { for: id }, label), input);
  });
  return el('details', { class: 'graphic-text' },
    el('summary', {}, 'Text'),
    el('p', { class: 'text-hint' }, 'The words around the map, in every export, the embed and the one-file HTML. Empty fields use what the placeholder shows.'),
    ...rows,
    problem);
}

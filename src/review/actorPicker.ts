import { el } from '../app/el.ts';
import type { StoryData } from '../data/schema.ts';
import { actorCode, type ActorEntry, type ActorSearch } from './actorSearch.ts';

type ActorData = StoryData['actors'][number];

export interface ActorPicker {
  element: HTMLElement;
  /** The text box a person types in (the combobox), where an error about this actor sends the focus. */
  input: HTMLInputElement;
  /** The text box of a new actor's place (shown once "New actor" is picked). */
  anchorInput: HTMLInputElement;
  /** The chosen actor's code ('' while what is typed names none). */
  readonly value: string;
  /** The actor to add to the story when the person made a new one ('anchor' missing until a place is chosen). */
  newActor(): ActorData | undefined;
  /** Why the choice cannot be applied, and the element to focus for it; undefined when it can. */
  problem(): { message: string; field: HTMLInputElement } | undefined;
}

let serial = 0;

/**
 * A combobox (WAI-ARIA 1.2 pattern) that finds an actor by name: type part of a country's, an
 * organisation's or the story's own actor's name, pick with ↓ ↑ and Enter (or a click). The last option
 * makes a new actor of what was typed (an armed group, a company); it then asks where its edges meet:
 * a country's capital or an organisation's seat, found the same way, or "lat, lon".
 */
export function actorPicker(options: { label: string; search: ActorSearch; initial: string; nameOf: (id: string) => string; taken: (code: string) => boolean }): ActorPicker {
  const { search } = options;
  const n = ++serial;
  let chosen: string = options.initial;
  let made: { name: string; code: string } | undefined;
  let anchor: ActorData['anchor'];

  const main = combobox(`actor-${n}`, options.label, options.initial ? `${options.nameOf(options.initial)}` : '', (q) => {
    const found: Option[] = search.find(q).map((entry) => ({ id: entry.id, text: describe(entry), entry }));
    const exact = found.some((o) => o.entry && (o.entry.name.toLowerCase() === q.trim().toLowerCase() || o.entry.id === q.trim()));
    if (q.trim() && !exact) found.push({ id: '+new', text: `New actor “${q.trim()}”…` });
    return found;
  }, (option, typed) => {
    if (option.id === '+new') {
      made = { name: typed.trim(), code: actorCode(typed, options.taken) };
      chosen = made.code;
      main.input.value = made.name;
      placeBox.hidden = false;
      where.input.focus();
    } else {
      made = undefined;
      chosen = option.id;
      main.input.value = option.entry!.name;
      placeBox.hidden = true;
    }
  }, () => { chosen = ''; });

  const where = combobox(`anchor-${n}`, `Place of the new actor (${options.label})`, '', (q) => {
    const at = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(q);
    const found: Option[] = at ? [{ id: `@${at[1]},${at[2]}`, text: `At ${at[1]}, ${at[2]} (latitude, longitude)` }] : [];
    for (const entry of search.find(q)) if (entry.kind !== 'other' && entry.place) found.push({ id: entry.id, text: `${entry.place} (${entry.name})`, entry });
    return found;
  }, (option) => {
    if (option.id.startsWith('@')) {
      const [lat, lon] = option.id.slice(1).split(',').map(Number);
      anchor = { name: made?.name ?? 'here', lat, lon };
      where.input.value = `${lat}, ${lon}`;
    } else {
      const place = placeOf(option.entry!);
      anchor = place;
      where.input.value = place ? `${place.name} (${option.entry!.name})` : '';
    }
  }, () => { anchor = undefined; });
  const placeOf = (entry: ActorEntry) => search.place(entry.id);
  const placeBox = el('div', { class: 'new-actor', hidden: true },
    el('p', { class: 'hint' }, 'A new actor: where do its edges meet? Type a country or organisation (its capital or seat), or “lat, lon”.'), where.element);

  return {
    element: el('div', { class: 'actor-picker' }, main.element, placeBox),
    input: main.input,
    anchorInput: where.input,
    get value() {
      return chosen;
    },
    newActor: () => (made ? { id: made.code, kind: 'other', name: made.name, ...(anchor ? { anchor } : {}) } : undefined),
    problem() {
      if (!chosen) return { message: main.input.value.trim() ? `“${main.input.value.trim()}” is not an actor of the list: pick one, or “New actor” to add it` : 'No actor: type a name and pick it from the list', field: main.input };
      if (made && !anchor) return { message: `Where do the edges of ${made.name} meet? Pick a country or organisation, or type “lat, lon”`, field: where.input };
      return undefined;
    },
  };
}

function describe(entry: ActorEntry): string {
  const kind = entry.kind === 'country' ? 'country' : entry.kind === 'organisation' ? 'organisation' : 'in this story';
  return `${entry.name} (${entry.id}, ${kind}${entry.place ? `, ${entry.place}` : ''})`;
}

interface Option {
  id: string;
  text: string;
  entry?: ActorEntry;
}

/**
 * A text box with a list of options that follows what is typed (role combobox, its listbox, the active
 * option as aria-activedescendant). Enter or a click picks; Escape closes the list, then leaves.
 */
function combobox(id: string, label: string, value: string, optionsFor: (query: string) => Option[], onPick: (option: Option, typed: string) => void, onType: () => void) {
  const listId = `${id}-list`;
  const input = el('input', {
    type: 'text', id, value, role: 'combobox', 'aria-label': label, 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, autocomplete: 'off', spellcheck: 'false',
  });
  const list = el('ul', { id: listId, role: 'listbox', 'aria-label': label, class: 'combo-list', hidden: true });
  let options: Option[] = [];
  let active = -1;

  const open = (next: Option[]) => {
    options = next;
    active = next.length ? 0 : -1;
    list.replaceChildren(...next.map((o, i) => {
      const item = el('li', { id: `${id}-opt-${i}`, role: 'option', 'aria-selected': String(i === active) }, o.text);
      // Picked on pointerdown: a click would come after the box loses its focus.
      item.addEventListener('pointerdown', (event) => {
        event.preventDefault();
        pick(i);
      });
      return item;
    }));
    list.hidden = next.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    mark();
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const mark = () => {
    list.querySelectorAll('[role="option"]').forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${id}-opt-${active}`);
      list.children[active]?.scrollIntoView?.({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const option = options[i];
    const typed = input.value;
    close();
    if (option) onPick(option, typed);
  };

  input.addEventListener('input', () => {
    onType();
    open(optionsFor(input.value));
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) return open(optionsFor(input.value));
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length;
      mark();
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      // Enter picks from an open list; with the list closed it submits the form, as in any text box.
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => {
    // Leaving with a name typed in full (or a code) takes it, as a person who typed "Russia" expects.
    if (!list.hidden) {
      const typed = input.value.trim().toLowerCase();
      const whole = options.findIndex((o) => o.entry && (o.entry.name.toLowerCase() === typed || o.entry.id.toLowerCase() === typed));
      if (whole >= 0) pick(whole);
      else close();
    }
  });
  return { input, element: el('div', { class: 'combo' }, input, list) };
}

import type { Story } from '../data/schema.ts';
import { el } from './el.ts';
import type { RelationsList } from './relationsList.ts';
import { whenNearOrIdle } from './whenNear.ts';

/**
 * The list of all relations' place in the page, with its heading: its items and code
 * (relationsList.ts, with the readers' summaries) load once the page is idle after the map, or
 * sooner when the list nears the view, so the map's start carries none of it. The filters' marks
 * made meanwhile are applied when it is there.
 */
export function listSlot(story: Story, onSelect: (id: string) => void, signal: AbortSignal): RelationsList {
  const element = el('section', { class: 'relations', 'aria-label': 'All relations' },
    el('div', { class: 'relations-head' }, el('h2', {}, 'All relations')));
  let list: RelationsList | undefined;
  let visible: ReadonlySet<string> | undefined;
  let loading: Promise<void> | undefined;
  const load = () => loading ??= import('./relationsList.ts').then(({ relationsList }) => {
    if (signal.aborted) return;
    list = relationsList(story, onSelect);
    if (visible) list.setVisible(visible);
    element.replaceChildren(...list.element.childNodes);
  });
  whenNearOrIdle(element, signal, load);
  return {
    element,
    setVisible(ids) {
      visible = ids;
      list?.setVisible(ids);
    },
  };
}

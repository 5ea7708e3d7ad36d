import type { GraphicText, Story } from '../data/schema.ts';
import { el } from './el.ts';

/**
 * The "Text" section, closed: its fields (textSection.ts) load when it is first opened, so the
 * map's start carries none of them. They start from the story's words as they are then, and pin
 * callouts to its actors and to the relations `accepted` gives (a review's accepted ones).
 */
export function textSlot(story: Story, accepted: () => Story, onChange: (graphic: GraphicText | undefined) => void): HTMLElement {
  const details = el('details', { class: 'graphic-text' }, el('summary', {}, 'Text'));
  let loading = false;
  details.addEventListener('toggle', () => {
    if (!details.open || loading) return;
    loading = true;
    void import('./textSection.ts').then(({ textFields, textStart }) => {
      const { defaults, targets } = textStart(story, accepted());
      details.append(...textFields(() => story.graphic, defaults, targets, onChange));
    });
  });
  return details;
}

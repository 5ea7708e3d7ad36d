import type { GraphicText, Story } from '../data/schema.ts';
import { el } from './el.ts';

/**
 * The "Text" section, closed: its fields (textSection.ts) load when it is first opened, so the
 * map's start carries none of them, and start then from the story's words (`accepted` lists the
 * relations a callout can be pinned to).
 */
export function textSlot(story: Story, accepted: Story, onChange: (graphic: GraphicText | undefined) => void): HTMLElement {
  const details = el('details', { class: 'graphic-text' }, el('summary', {}, 'Text'));
  let loading = false;
  details.addEventListener('toggle', () => {
    if (!details.open || loading) return;
    loading = true;
    void import('./textSection.ts').then(({ storyFields, textFields }) => {
      const { graphic, defaults, targets } = storyFields(story, accepted);
      details.append(...textFields(graphic, defaults, targets, onChange));
    });
  });
  return details;
}

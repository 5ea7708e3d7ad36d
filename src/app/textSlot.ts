import type { GraphicText } from '../data/schema.ts';
import { el } from './el.ts';
import type { CalloutTarget, WordKey } from './textSection.ts';

/**
 * The "Text" section, closed: its fields (textSection.ts) load when it is first opened, so the
 * map's start carries none of them. `fields` gives what they start from, and the story's words as they are.
 */
export function textSlot(fields: () => { graphic: GraphicText | undefined; defaults: Record<WordKey, string>; targets: readonly CalloutTarget[] }, onChange: (graphic: GraphicText | undefined) => void): HTMLElement {
  const details = el('details', { class: 'graphic-text' }, el('summary', {}, 'Text'));
  let loading = false;
  details.addEventListener('toggle', () => {
    if (!details.open || loading) return;
    loading = true;
    void import('./textSection.ts').then(({ textFields }) => {
      const { defaults, targets } = fields();
      details.append(...textFields(() => fields().graphic, defaults, targets, onChange));
    });
  });
  return details;
}

import type { Story } from '../data/schema.ts';
import { el } from '../app/el.ts';

/**
 * Where the story on screen is: served with the site at a path (`''` for the site's own story), so
 * a link can show it, or in this browser only (opened from files, or made in a review).
 */
export type Hosting = { path: string } | { from: 'files' | 'review' };

export interface PublishOptions {
  embedCode?: boolean;
  interactiveHtml?: boolean;
  hosting?: Hosting;
}

/**
 * The Publish section: "Embed this map…" opens the dialog that writes the embed code for the story
 * on screen (or says why no link can show it yet), and "Export interactive HTML" writes the map as
 * one file. Both load their code when first used.
 */
export function publishSection(story: Story, options: PublishOptions): HTMLElement {
  const status = el('p', { class: 'embed-status', role: 'status' });
  const embed = el('button', { type: 'button', class: 'copy-embed', 'aria-haspopup': 'dialog' }, 'Embed this map…');
  embed.addEventListener('click', async () => {
    const { openEmbedDialog } = await import('./embedDialog.ts');
    openEmbedDialog(story, options.hosting ?? { path: '' }, embed);
  });
  const html = el('button', { type: 'button', class: 'export-html' }, 'Export interactive HTML');
  html.addEventListener('click', async () => {
    status.textContent = '';
    const { downloadInteractiveHtml } = await import('./interactiveHtml.ts');
    status.textContent = await downloadInteractiveHtml(story);
  });
  return el('section', { class: 'publish', 'aria-label': 'Publish' }, el('h2', {}, 'Publish'),
    el('div', { class: 'export-buttons' }, ...(options.embedCode ? [embed] : []), ...(options.interactiveHtml ? [html] : [])), status);
}

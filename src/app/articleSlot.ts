import type { Story } from '../data/schema.ts';
import type { ArticlePanel } from './articlePanel.ts';
import { el } from './el.ts';
import { whenNearOrIdle } from './whenNear.ts';

/**
 * The article panel's place in the page, with its heading: its text and code (articlePanel.ts)
 * load once the page is idle after the map, or sooner when first needed (the panel scrolled near
 * the view, a quote to show), so the map's start carries none of it. Until then there is no text to
 * select, and a quote asked for is shown as soon as the text is there.
 */
export function articleSlot(story: Pick<Story, 'articleText' | 'title' | 'sources'>, extra: Node | undefined, signal: AbortSignal): ArticlePanel {
  const several = (story.sources?.length ?? 0) > 1;
  const element = el('section', { class: 'article', 'aria-label': several ? 'The articles' : 'The article' },
    el('h2', {}, several ? `The articles (${story.sources!.length})` : 'The article'), extra);
  let panel: ArticlePanel | undefined;
  let loading: Promise<ArticlePanel> | undefined;
  const load = () => loading ??= import('./articlePanel.ts').then(({ articlePanel }) => {
    panel = articlePanel(story, extra);
    element.replaceChildren(...panel.element.childNodes);
    return panel;
  });
  whenNearOrIdle(element, signal, load);
  return {
    element,
    highlight(start, end, source, focus) {
      if (panel) panel.highlight(start, end, source, focus);
      else void load().then((p) => p.highlight(start, end, source, focus));
    },
    selection: () => panel?.selection(),
  };
}

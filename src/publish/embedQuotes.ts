import type { Story } from '../data/schema.ts';
import { el } from '../app/el.ts';
import { quoteInSentence } from './quoteInSentence.ts';

/**
 * In an embed the article is not on the page, so a tooltip's "Show in article" would lead nowhere:
 * each quote is shown in its sentence instead, the quoted words marked. Works on the cards as the
 * tooltip shows them (a card's quotes are its relation's evidence, in order).
 */
export function quotesInSentences(tooltip: HTMLElement, story: Story, signal: AbortSignal): void {
  const relations = new Map(story.relations.map((r) => [r.id, r]));
  const rewrite = () => {
    for (const figure of tooltip.querySelectorAll<HTMLElement>('figure.quote:not([data-in-sentence])')) {
      figure.setAttribute('data-in-sentence', '');
      const button = figure.querySelector('.in-article');
      if (button?.previousSibling?.nodeType === Node.TEXT_NODE && button.previousSibling.textContent === ' ') button.previousSibling.remove();
      button?.remove();
      const card = figure.parentElement?.closest<HTMLElement>('[data-card-relation]');
      const relation = card && relations.get(card.dataset.cardRelation!);
      const evidence = relation?.evidence[[...card!.querySelectorAll(':scope > figure.quote')].indexOf(figure)];
      const blockquote = figure.querySelector('blockquote');
      if (!evidence || !blockquote) continue;
      // The quote's source (the first when it names none), as core/sources.ts finds it, in a story of several.
      const source = evidence.source === undefined ? story.sources?.[0] : story.sources?.find((s) => s.id === evidence.source);
      const text = source?.articleText ?? story.articleText;
      if (text.slice(evidence.start, evidence.end) !== evidence.quote) continue;
      const { before, quote, after } = quoteInSentence(text, evidence.start, evidence.end);
      blockquote.replaceChildren(before, el('mark', {}, quote), after);
    }
  };
  // A card already shown (the tooltip's code hands on a hover that came before it loaded) too.
  rewrite();
  const observer = new MutationObserver(rewrite);
  observer.observe(tooltip, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect());
}

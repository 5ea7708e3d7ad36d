import { el } from './el.ts';

export interface ArticlePanel {
  element: HTMLElement;
  /** Marks the span [start, end) of the article and scrolls it into view. */
  highlight(start: number, end: number): void;
}

/** The article's text, where a quote can be shown in context; text is only ever inserted as text. */
export function articlePanel(articleText: string, title: string): ArticlePanel {
  const body = el('div', { class: 'article-text', tabindex: '-1' });
  const render = (start = 0, end = 0) => {
    const parts: Node[] = [];
    if (end > start) {
      const mark = el('mark', { 'data-start': String(start), 'data-end': String(end) }, articleText.slice(start, end));
      parts.push(document.createTextNode(articleText.slice(0, start)), mark, document.createTextNode(articleText.slice(end)));
    } else parts.push(document.createTextNode(articleText));
    body.replaceChildren(...parts);
  };
  render();
  const element = el('section', { class: 'article', 'aria-label': 'The article' }, el('h2', {}, 'The article'), el('p', { class: 'article-title' }, title), body);
  return {
    element,
    highlight(start, end) {
      render(start, end);
      const mark = body.querySelector('mark')!;
      mark.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      body.focus({ preventScroll: true });
    },
  };
}

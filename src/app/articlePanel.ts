import type { Story } from '../data/schema.ts';
import { sourceLine } from '../core/sources.ts';
import { el } from './el.ts';

/**
 * Articles longer than this are laid out a window at a time, SPAN characters either side of what is
 * shown (a page or two; "show more" adds as much again): each quote shown lays out about as much text
 * as a short article's whole, so a long article's Accept costs what a short one's does.
 */
const LONG = 200_000;
const SPAN = 5_000;

export interface ArticlePanel {
  element: HTMLElement;
  /**
   * Marks the span [start, end) of an article (the story's source `source`, or its one article) and scrolls it into view;
   * the keyboard's focus moves to the text unless `focus` is false (a review list keeps it, to step on with j and k).
   */
  highlight(start: number, end: number, source?: string, focus?: boolean): void;
  /** The words selected in the panel, as exact offsets of the text shown (and its source id, '' for a one-article story). */
  selection(): { start: number; end: number; source: string; text: string } | undefined;
}

/**
 * The article's text, where a quote can be shown in context; with several sources, a switch between
 * their texts. Text is only ever inserted as text.
 */
export function articlePanel(story: Pick<Story, 'articleText' | 'title' | 'sources'>, extra?: Node): ArticlePanel {
  const texts = story.sources?.map((s) => ({ id: s.id, title: s.title, credit: sourceLine(s), text: s.articleText }))
    ?? [{ id: '', title: story.title, credit: '', text: story.articleText }];
  let current = texts[0];
  const body = el('div', { class: 'article-text', tabindex: '-1' });
  const heading = el('p', { class: 'article-title' });
  // A long article is laid out a window at a time: 50 MB of text in one node takes the page seconds.
  let window: [number, number] = [0, 0];
  const render = (start = 0, end = 0, around?: [number, number]) => {
    heading.textContent = current.credit || current.title;
    const text = current.text;
    window = text.length <= LONG ? [0, text.length] : around ?? [Math.max(0, start - SPAN), Math.min(text.length, Math.max(end, start) + SPAN)];
    const [from, to] = window;
    const parts: Node[] = [];
    if (from > 0) parts.push(more(`… ${from.toLocaleString('en')} characters before: show more`, () => render(start, end, [Math.max(0, from - SPAN), to])));
    if (end > start) {
      const mark = el('mark', { 'data-start': String(start), 'data-end': String(end) }, text.slice(start, end));
      parts.push(document.createTextNode(text.slice(from, start)), mark, document.createTextNode(text.slice(end, to)));
    } else parts.push(document.createTextNode(text.slice(from, to)));
    if (to < text.length) parts.push(more(`… ${(text.length - to).toLocaleString('en')} characters after: show more`, () => render(start, end, [from, Math.min(text.length, to + SPAN)])));
    body.replaceChildren(...parts);
  };
  const more = (label: string, onClick: () => void) => {
    const button = el('button', { type: 'button', class: 'more-text' }, label);
    button.addEventListener('click', onClick);
    return button;
  };
  const picker = texts.length > 1
    ? el('select', { class: 'source-picker', 'aria-label': 'Show the text of' }, ...texts.map((t) => el('option', { value: t.id }, t.credit || t.title)))
    : null;
  picker?.addEventListener('change', () => {
    current = texts.find((t) => t.id === picker.value) ?? texts[0];
    render();
  });
  render();
  const element = el('section', { class: 'article', 'aria-label': texts.length > 1 ? 'The articles' : 'The article' },
    el('h2', {}, texts.length > 1 ? `The articles (${texts.length})` : 'The article'), picker, extra, heading, body);
  return {
    element,
    highlight(start, end, source, focus = true) {
      current = texts.find((t) => t.id === source) ?? current;
      if (picker) picker.value = current.id;
      render(start, end);
      const mark = body.querySelector('mark')!;
      mark.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      if (focus) body.focus({ preventScroll: true });
    },
    selection() {
      const selected = document.getSelection();
      if (!selected || selected.rangeCount === 0 || selected.isCollapsed) return undefined;
      const range = selected.getRangeAt(0);
      if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return undefined;
      // The panel holds the text as text nodes (and one mark): the length of what precedes a point is its offset.
      const offsetOf = (node: Node, offset: number) => {
        const before = document.createRange();
        before.setStart(body, 0);
        before.setEnd(node, offset);
        // Text before the window and the "show more" buttons are not part of the count.
        const buttons = [...body.querySelectorAll('.more-text')].filter((b) => before.intersectsNode(b)).reduce((n, b) => n + (b.textContent?.length ?? 0), 0);
        return window[0] + before.toString().length - buttons;
      };
      let start = offsetOf(range.startContainer, range.startOffset);
      let end = offsetOf(range.endContainer, range.endOffset);
      const text = current.text;
      // A selection's edges often catch spaces and line breaks: the quote starts and ends on a word.
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      return end > start ? { start, end, source: current.id, text: text.slice(start, end) } : undefined;
    },
  };
}

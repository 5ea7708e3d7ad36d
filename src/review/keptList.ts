import { el } from '../app/el.ts';
import type { ReviewSummary } from './savedReview.ts';

export interface KeptList {
  element: HTMLElement;
  /** Shows these reviews (none: the list hides). */
  update(reviews: readonly ReviewSummary[]): void;
}

/**
 * The reviews kept in this browser, each named by its title and when it was last saved, with how far
 * it has gone; each can be resumed, or deleted after a confirmation. A new draft starts a review of
 * its own beside them: none is ever replaced.
 */
export function keptList(onResume: (id: string) => void, onDelete: (id: string) => void): KeptList {
  const list = el('ol', {});
  const heading = el('h3', { id: 'review-kept-heading' }, 'Reviews kept in this browser');
  const element = el('section', { class: 'review-offer review-kept', 'aria-labelledby': 'review-kept-heading', hidden: true },
    heading, el('p', { class: 'hint' }, 'Resume one, or draft a new article below: it starts a review of its own, and these stay.'), list);
  return {
    element,
    update(reviews) {
      element.hidden = reviews.length === 0;
      list.replaceChildren(...reviews.map((r) => {
        const when = new Date(r.savedAt).toLocaleString();
        const resume = el('button', { type: 'button', class: 'resume', 'aria-label': `Resume “${r.title}” (saved ${when})` }, 'Resume');
        const remove = el('button', { type: 'button', class: 'delete', 'aria-label': `Delete “${r.title}” (saved ${when})` }, 'Delete…');
        resume.addEventListener('click', () => onResume(r.id));
        remove.addEventListener('click', () => onDelete(r.id));
        const progress = `${r.relations} relation${r.relations === 1 ? '' : 's'}: ${r.accepted} accepted, ${r.rejected} rejected${r.articles > 1 ? ` · ${r.articles} articles` : ''}`;
        return el('li', { 'data-review-id': r.id },
          el('p', { class: 'kept-title' }, `“${r.title}”`),
          el('p', { class: 'meta' }, `saved ${when} · ${progress}`),
          el('div', { class: 'item-actions' }, resume, remove));
      }));
    },
  };
}

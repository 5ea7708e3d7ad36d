import type { Story } from '../data/schema.ts';
import type { Tables } from '../review/reviewModel.ts';
import { reviewScreen, type ReviewScreen } from '../review/reviewScreen.ts';
import type { MountedMap } from './mountMap.ts';

/** What the review needs of the page (app.ts): its story on screen, its map and its boxes. */
export interface ReviewPage {
  tables: Tables;
  /** Draws a story (app.ts's `show`): `keepView` keeps the view, `inSteps` builds it a step at a time. */
  show(story: Story, url: boolean, keepView: boolean, inSteps?: boolean): Promise<void>;
  /** Marks a story as made in a review, unless it is served with the site. */
  fromReview(story: Story): void;
  /** Runs `then` on the map on screen, or on the one being built once it is. */
  whenMounted(then: (mounted: MountedMap) => void): void;
  /** The map on screen, if one is: none while one is being built a step at a time. */
  mounted(): MountedMap | undefined;
  download(blob: Blob, name: string): void;
  root: HTMLElement;
  reviewArea: HTMLElement;
  /** The button the focus goes back to when the review closes. */
  fromText: HTMLElement;
}

/** The review screen on the page, which also drafts a story's own article beside it (the built-in story's "Draft from this article"). */
export type PageReview = ReviewScreen & { draftStory(story: Story): Promise<void> };

/**
 * The review screen wired to the page: it draws its drafts on the page's map and pins its
 * selection. Loaded with the review screen, when first asked for, not with the page.
 */
export function reviewPage(page: ReviewPage): PageReview {
  const { root, reviewArea } = page;
  let framed = false;
  // In review, a selected relation's tooltip is pinned where the map has room for it; a narrower map
  // (a phone's) only highlights the edge: a tooltip would hide half of it.
  // Only the latest selection is drawn: one asked for while a map was still being built never overrides a later one.
  let latestPin: string | undefined;
  const pinOrMark = (id: string) => {
    latestPin = id;
    page.whenMounted((mounted) => {
      if (id !== latestPin) return;
      if (mounted.map.getSize().x >= 600) mounted.select(id);
      else mounted.mark(id);
    });
  };
  const screen = reviewScreen({
    tables: page.tables,
    show: (story, selected) => {
      page.fromReview(story);
      // The first draw of a review frames its actors in the narrower map; later ones keep the reviewer's view
      // (as does a draft with no actor to frame).
      // A step at a time: a long article's draft arrives without one long task.
      const drawn = page.show(story, false, framed || story.actors.length === 0, true);
      framed = true;
      if (selected) pinOrMark(selected);
      return drawn;
    },
    select: (id) => pinOrMark(id),
    // A map still being built has no decision to draw in place: the review draws its story anew.
    restate: (changes) => page.mounted()?.restate(changes) || false,
    showQuote: (start, end, source, focus) => page.whenMounted((mounted) => mounted.showQuote(start, end, source, focus)),
    selection: () => page.mounted()?.selection(),
    download: page.download,
    close: (story) => {
      framed = false;
      root.classList.remove('reviewing');
      reviewArea.hidden = true;
      if (story) {
        page.fromReview(story);
        void page.show(story, false, true);
      }
      page.fromText.focus();
    },
  });
  reviewArea.append(screen.element);
  return Object.assign(screen, {
    draftStory: (story: Story) => screen.draftFrom({ text: story.articleText, title: story.title, published: story.published, fileName: story.article }, story),
  });
}

import { el } from './el.ts';

export interface Tooltip {
  element: HTMLElement;
  /** Shows content near a point (client pixels), kept wholly inside the viewport. */
  show(content: Node, x: number, y: number, key: string): void;
  /** Moves the shown tooltip to follow the pointer, without rebuilding it. */
  move(x: number, y: number): void;
  hide(): void;
  /** Puts a close button on the tooltip: its only one, however often the same tooltip is pinned again. */
  closeWith(button: HTMLElement): void;
  /** What the tooltip shows now ('' when hidden). */
  readonly key: string;
  pinned: boolean;
}

const GAP = 14;
const MARGIN = 8;

/** The one tooltip of the page (`role="tooltip"`), placed beside the pointer or the focused edge. */
export function createTooltip(parent: HTMLElement): Tooltip {
  const element = el('div', { class: 'tooltip', role: 'tooltip', id: 'drm-tooltip', hidden: true });
  parent.append(element);
  let key = '';
  let frame = 0;
  let next: [number, number] | undefined;

  // Beside the point, on the side with more room, and clamped to the viewport by CSS: the element's
  // own size enters as 100% of the translation, so placing it reads no layout.
  const place = (x: number, y: number) => {
    const right = x < window.innerWidth / 2;
    const below = y < window.innerHeight / 2;
    const tx = right ? `min(${x + GAP}px, calc(100vw - 100% - ${MARGIN}px))` : `max(${MARGIN}px, calc(${x - GAP}px - 100%))`;
    const ty = below ? `min(${y + GAP}px, calc(100vh - 100% - ${MARGIN}px))` : `max(${MARGIN}px, calc(${y - GAP}px - 100%))`;
    element.style.transform = `translate(${tx}, ${ty})`;
  };

  const tooltip: Tooltip = {
    element,
    pinned: false,
    get key() {
      return key;
    },
    show(content, x, y, nextKey) {
      if (nextKey !== key) {
        element.replaceChildren(content);
        key = nextKey;
      }
      element.hidden = false;
      element.classList.toggle('pinned', tooltip.pinned);
      place(x, y);
    },
    move(x, y) {
      if (!key || tooltip.pinned) return;
      // At most one placement a frame: measuring the tooltip forces a layout.
      next = [x, y];
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        if (next && key && !tooltip.pinned) place(next[0], next[1]);
      });
    },
    closeWith(button) {
      element.querySelectorAll('.close').forEach((old) => old.remove());
      element.firstElementChild?.prepend(button);
    },
    hide() {
      element.hidden = true;
      element.replaceChildren();
      key = '';
      tooltip.pinned = false;
    },
  };
  return tooltip;
}

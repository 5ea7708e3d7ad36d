import { el } from './el.ts';

export interface Tooltip {
  element: HTMLElement;
  /** Shows content near a point (client pixels), kept wholly inside the viewport. */
  show(content: Node, x: number, y: number, key: string): void;
  /** Moves the shown tooltip to follow the pointer, without rebuilding it. */
  move(x: number, y: number): void;
  hide(): void;
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

  const place = (x: number, y: number) => {
    const { offsetWidth: w, offsetHeight: h } = element;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    // Right of and below the point, flipped where it would leave the viewport, then clamped.
    let left = x + GAP + w + MARGIN > vw ? x - GAP - w : x + GAP;
    let top = y + GAP + h + MARGIN > vh ? y - GAP - h : y + GAP;
    left = Math.max(MARGIN, Math.min(left, vw - w - MARGIN));
    top = Math.max(MARGIN, Math.min(top, vh - h - MARGIN));
    element.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
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
    hide() {
      element.hidden = true;
      element.replaceChildren();
      key = '';
      tooltip.pinned = false;
    },
  };
  return tooltip;
}

import type { Callout } from '../data/schema.ts';
import type { Point } from './edgeCurves.ts';
import { escapeXml as x } from './escapeXml.ts';
import { wrapText } from './footnotes.ts';
import { hits, overlaps, type Box, type Obstacle } from './placeLabels.ts';
import type { Theme } from './themes.ts';

/** A callout where it is drawn: its box, its lines, and the leader line from its target. */
export interface SceneCallout {
  index: number;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  leader: [number, number, number, number];
}

export interface CalloutOptions {
  /** Labels, anchors, the legend: a callout covers none of them. */
  taken?: readonly Box[];
  /** Points of the edges, which a callout avoids where it can. */
  obstacles?: readonly Obstacle[];
  /** The view's size, which a callout stays inside (zero: no limit). */
  width?: number;
  height?: number;
}

/**
 * This module's code as the scene (placing) and its markup (drawing) take it: passed in, so the
 * map's start carries none of it and loads it only for a story with callouts (`hasCallouts`). Node,
 * the export and the one-file map import it statically: `import * as calloutCode from './placeCallouts.ts'`.
 */
export interface CalloutCode {
  placeCallouts: typeof placeCallouts;
  calloutMarkup: typeof calloutMarkup;
}

export const CALLOUT_FONT = 11.5;
const CHARS = 26;
const PAD = 5;
const DISTANCES = [34, 56, 84, 120];
const ANGLES = [-45, -135, 45, 135, -90, 90, 0, 180, -20, -160, 20, 160].map((d) => (d * Math.PI) / 180);

/**
 * Places each callout by its target (an anchor, or an edge's middle) with a leader line: where the
 * story gives `dx`, `dy`, there; else at the first free spot around it that covers no label,
 * anchor, legend or other callout, stays in the view, and crosses the fewest edges.
 *
 * @example placeCallouts([{ text: 'Signed 19 June', actor: 'PRK' }], () => [512, 300], { width: 960, height: 600 })
 */
export function placeCallouts(callouts: readonly Callout[], targetOf: (callout: Callout) => Point | undefined, options: CalloutOptions = {}): SceneCallout[] {
  const { obstacles = [], width = 0, height = 0 } = options;
  const taken = [...(options.taken ?? [])];
  const inside = (b: Box) => !width || !height || (b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2);
  return callouts.flatMap((callout, index) => {
    const at = targetOf(callout);
    if (!at) return [];
    const lines = wrapText(callout.text, CHARS);
    const w = r1(Math.max(...lines.map((l) => l.length)) * CALLOUT_FONT * 0.55 + 2 * PAD);
    const h = r1(lines.length * CALLOUT_FONT * 1.25 + 2 * PAD - 2);
    const boxAt = (cx: number, cy: number): Box => ({ x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 });
    let best: { box: Box; cost: number } | undefined;
    if (callout.dx !== undefined && callout.dy !== undefined) best = { box: boxAt(at[0] + callout.dx, at[1] + callout.dy), cost: 0 };
    else {
      let rank = 0;
      for (const d of DISTANCES) for (const angle of ANGLES) {
        const box = boxAt(at[0] + Math.cos(angle) * (d + w / 2), at[1] + Math.sin(angle) * (d + h / 2));
        rank++;
        if (!inside(box) || taken.some((t) => overlaps(box, t))) continue;
        const cost = hits(box, obstacles) * 10 + rank;
        if (!best || cost < best.cost) best = { box, cost };
      }
    }
    if (!best) best = { box: boxAt(at[0], at[1] - 40 - h / 2), cost: 0 };
    const { box } = best;
    taken.push({ x0: box.x0 - 3, y0: box.y0 - 3, x1: box.x1 + 3, y1: box.y1 + 3 });
    const bx = Math.max(box.x0, Math.min(at[0], box.x1));
    const by = Math.max(box.y0, Math.min(at[1], box.y1));
    const length = Math.hypot(bx - at[0], by - at[1]) || 1;
    const start = Math.min(1, 5 / length);
    return [{
      index, lines, x: r1(box.x0), y: r1(box.y0), width: w, height: h,
      leader: [r1(at[0] + (bx - at[0]) * start), r1(at[1] + (by - at[1]) * start), r1(bx), r1(by)],
    }];
  });
}

/**
 * Callouts as SVG: a leader line, a box in the halo colour with a thin rule, and the note. On the
 * editor's map (`movable`) each is a tab stop named by its note that says how the keys move it
 * (calloutKeys.ts); a file leaves that out.
 */
export function calloutMarkup(callouts: readonly SceneCallout[], theme: Theme, movable = false): string {
  if (!callouts.length) return '';
  const focus = (c: SceneCallout) => (movable
    ? ` tabindex="0" role="button" aria-roledescription="movable callout" aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight Shift+ArrowUp Shift+ArrowDown Shift+ArrowLeft Shift+ArrowRight" aria-label="${x(`Callout “${c.lines.join(' ')}”: the arrow keys move it, Shift with an arrow moves it further`)}"`
    : '');
  const items = callouts.map((c) => `<g class="callout" data-callout="${c.index}"${focus(c)}>`
    + `<path d="M${c.leader[0]},${c.leader[1]}L${c.leader[2]},${c.leader[3]}" stroke="${theme.text}" stroke-width="1"/>`
    + `<rect x="${c.x}" y="${c.y}" width="${c.width}" height="${c.height}" rx="3" fill="${theme.halo}" stroke="${theme.text}" stroke-width="0.8"/>`
    + `<text font-size="${CALLOUT_FONT}" fill="${theme.text}">${c.lines.map((line, i) => `<tspan x="${r1(c.x + PAD)}" y="${r1(c.y + PAD - 2 + (i + 1) * CALLOUT_FONT * 1.25 - CALLOUT_FONT * 0.25)}">${x(line)}</tspan>`).join('')}</text>`
    + `</g>`);
  return `<g class="callouts" fill="none">${items.join('')}</g>`;
}

/** A callout's box, for keeping markers off it. */
export function calloutBox(c: SceneCallout): Box {
  return { x0: c.x, y0: c.y, x1: c.x + c.width, y1: c.y + c.height };
}

const r1 = (v: number) => Math.round(v * 10) / 10;

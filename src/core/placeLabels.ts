import type { Point } from './edgeCurves.ts';

export interface LabelInput {
  id: string;
  text: string;
  at: Point;
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

// Candidate spots around the anchor, best first: right, left, above, below, then the diagonals.
const spots: { dx: number; dy: number; anchor: PlacedLabel['anchor'] }[] = [
  { dx: 8, dy: 4, anchor: 'start' },
  { dx: -8, dy: 4, anchor: 'end' },
  { dx: 0, dy: -9, anchor: 'middle' },
  { dx: 0, dy: 17, anchor: 'middle' },
  { dx: 7, dy: -7, anchor: 'start' },
  { dx: 7, dy: 15, anchor: 'start' },
  { dx: -7, dy: -7, anchor: 'end' },
  { dx: -7, dy: 15, anchor: 'end' },
];

/**
 * Places one label beside each anchor so that no two labels overlap and none covers another's
 * anchor: greedy, in the given order, trying eight spots each. A label with no free spot is left
 * out, as maps do where places crowd (the country still answers to hover). Text width is estimated
 * from the character count, so it runs without a DOM.
 */
export function placeLabels(labels: readonly LabelInput[], fontSize = 13): PlacedLabel[] {
  const taken: Box[] = labels.map(({ at: [x, y] }) => ({ x0: x - 4, y0: y - 4, x1: x + 4, y1: y + 4 }));
  return labels.flatMap((label, i) => {
    const width = label.text.length * fontSize * 0.6;
    const candidates = spots.map((spot) => {
      const x = label.at[0] + spot.dx;
      const y = label.at[1] + spot.dy;
      const x0 = spot.anchor === 'start' ? x : spot.anchor === 'end' ? x - width : x - width / 2;
      return { spot, x, y, box: { x0, y0: y - fontSize * 0.8, x1: x0 + width, y1: y + fontSize * 0.25 } };
    });
    const free = candidates.find((c) => !taken.some((t, j) => j !== i && overlaps(c.box, t)));
    if (!free) return [];
    taken.push(free.box);
    return [{ id: label.id, text: label.text, x: free.x, y: free.y, anchor: free.spot.anchor }];
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

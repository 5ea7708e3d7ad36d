/** A block of the legend: a family's heading and entries, the certainty key, or the markers' key; its size in pixels. */
export interface LegendBlockSize {
  width: number;
  height: number;
}

/**
 * Where the legend goes: in a corner of the map (`inside`, its blocks one under another in a box), or
 * in a band under the map `width` wide (`band`, its blocks side by side in columns, wrapped to more
 * rows where the width runs out), so it covers nothing of the map.
 */
export type LegendPlacement = { kind: 'inside' } | { kind: 'band'; width: number };

export interface LegendLayout {
  /** Each block's top left, in the legend's own pixels (its first line's middle is 14 px lower). */
  at: [number, number][];
  /** The legend's box. */
  width: number;
  height: number;
}

/** The box's least width in a corner. */
const MIN_WIDTH = 170;
/** The first line's middle, from the legend's top; what the box keeps under its last line is 6 px less. */
const TOP = 14;
const BOTTOM = 8;
/** In the band: the blocks' left edge (their swatches start 8 px further in, under the footer's text at 12), the gap between columns and between rows. */
const BAND_LEFT = 4;
const COLUMN_GAP = 16;
const ROW_GAP = 6;

/**
 * The legend's blocks laid out for a placement: stacked in a corner, or in columns in the band under
 * the map, one a block, as many a row as the width holds (a phone's 400 px takes two rows).
 *
 * @example legendLayout([{ width: 150, height: 66 }, { width: 190, height: 83 }], { kind: 'band', width: 960 }) // { at: [[4, 0], [170, 0]], width: 960, height: 91 }
 */
export function legendLayout(blocks: readonly LegendBlockSize[], placement: LegendPlacement): LegendLayout {
  const at: [number, number][] = [];
  if (placement.kind === 'inside') {
    let y = 0;
    for (const block of blocks) {
      at.push([0, y]);
      y += block.height;
    }
    return { at, width: Math.max(MIN_WIDTH, ...blocks.map((b) => b.width)), height: y + BOTTOM };
  }
  // A wrapped row's blocks stand under the first row's columns where they fit, as a table's would.
  const columns: number[] = [];
  let [x, top, row, k] = [BAND_LEFT, 0, 0, 0];
  for (const block of blocks) {
    if (x > BAND_LEFT && x + block.width > placement.width - BAND_LEFT) {
      top += row + ROW_GAP;
      [x, row, k] = [BAND_LEFT, 0, 0];
    }
    if (!top) columns.push(x);
    else if (k < columns.length && columns[k] > x && columns[k] + block.width <= placement.width - BAND_LEFT) x = columns[k];
    at.push([x, top]);
    x += block.width + COLUMN_GAP;
    row = Math.max(row, block.height);
    k++;
  }
  return { at, width: placement.width, height: top + row + BOTTOM };
}

/** The first line's middle in a block placed at `at`: where its rows are drawn from. */
export const firstLine = (at: readonly [number, number]): [number, number] => [at[0], at[1] + TOP];

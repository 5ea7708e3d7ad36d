import { creditLine } from './sources.ts';
import type { Story } from '../data/schema.ts';
import { footnotesFor } from './footnotes.ts';
import { scene, type Basemap, type Filters, type SceneEdge, type View } from './scene.ts';
import { svgDocument } from './svgDocument.ts';
import { THEMES, type Theme } from './themes.ts';

export interface ExportOptions {
  filters?: Filters;
  theme?: Theme;
  /** The export date as ISO `YYYY-MM-DD`. */
  date: string;
  /** Print the visible edges' quotes as numbered footnotes. */
  footnotes?: boolean;
  compact?: boolean;
  /** The id of the selected relation, drawn with the others faint. */
  selected?: string;
}

/**
 * A standalone SVG snapshot of a view of a story: what the browser's "Export SVG" button and the
 * `npm run export` command both write, through the same render core as the screen.
 *
 * @example exportSvg(story, basemap, { zoom: 2, origin: [300, 500], width: 960, height: 600 }, { date: '2024-06-21' })
 */
export function exportSvg(story: Story, basemap: Basemap, view: View, options: ExportOptions): string {
  const s = scene(story, basemap, view, { clip: true, filters: options.filters, compact: options.compact });
  return svgDocument(s, {
    theme: options.theme ?? THEMES.light,
    title: story.title,
    source: creditLine(story),
    date: options.date,
    footnotes: options.footnotes ? footnotesFor(s.edges.filter((e) => inView(e, view)), story) : undefined,
    selected: options.selected,
  });
}

/** Whether any of an edge's two ends or its middle lies in the view: only those get a footnote. */
function inView(edge: SceneEdge, view: View): boolean {
  return [edge.a, edge.mid, edge.b].some(([x, y]) => x >= 0 && y >= 0 && x <= view.width && y <= view.height);
}

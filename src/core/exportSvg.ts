import { graphicWords } from './graphicWords.ts';
import type { Story } from '../data/schema.ts';
import { edgeBatches, runSteps } from './edgeBatches.ts';
import { footnotesFor, type Footnote } from './footnotes.ts';
import { basemapScene, scene, storySceneSteps, type Basemap, type Filters, type Scene, type SceneEdge, type View } from './scene.ts';
import { footnoteMarkupSteps, frameHeights, legendBand, legendBandHeight, svgDocument } from './svgDocument.ts';
import type { PresetFrame } from './presets.ts';
import { MANY_EDGES } from './svgMarkup.ts';
import * as calloutCode from './placeCallouts.ts';
import * as corridorCode from './corridorBadges.ts';
import { THEMES, type Theme } from './themes.ts';
import { withMoment } from './momentLine.ts';

/** The story's part of a scene, as `storyScene` makes it and the map holds it. */
export type StoryScene = Omit<Scene, 'countries' | 'borders'>;

export interface ExportOptions {
  filters?: Filters;
  theme?: Theme;
  /** The export date as ISO `YYYY-MM-DD`, written in the file's metadata. */
  date: string;
  /** The file's width in pixels when it differs from the view's (a phone graphic laid out at a phone's width, scaled up). */
  pixelWidth?: number;
  /** Print the visible edges' quotes as numbered footnotes. */
  footnotes?: boolean;
  compact?: boolean;
  /** The id of the selected relation, drawn with the others faint. */
  selected?: string;
  /**
   * The story's scene at the view's zoom in world pixels (origin [0, 0]), made with the same
   * filters and `compact`, as the map already holds it: a large story is then not laid out again.
   * Ignored when its zoom or origin is not that.
   */
  storyScene?: StoryScene;
  /** The moment on show ("As of June 2019"), written on the map as a line of its own (see momentLine.ts). */
  moment?: string;
  /** The legend in the band under the map whatever the corners, as `presetView` says. */
  legendUnder?: boolean;
}

/** A preset's view, and whether its legend is under the map (then its map is shorter by the band). */
export interface PresetView {
  view: View;
  legendUnder: boolean;
}

/**
 * The view a preset draws, so its file has the preset's size (footnotes aside): `viewFor(frame.mapHeight)`
 * when the legend takes a corner of that map (the same rule as `svgDocument`'s: a corner only where it
 * covers nothing); else, the legend going into a band under the map, the same framing for a map
 * shorter by the band, `viewFor(frame.mapHeight - band)`, with the band kept even if that shorter map
 * has a free corner (one decision, not a search). `viewFor` frames the map at a height: the CLI's
 * `viewOf`, the app's `fitView` of the bounds shown.
 *
 * @example presetView(story, presetFrame(960, '16:9', words, theme), (h) => storyView(story, 960, h), { theme }) // { view: { ..., height: 392 }, legendUnder: true }
 */
export function presetView(story: Story, frame: PresetFrame, viewFor: (mapHeight: number) => View, options: Pick<ExportOptions, 'filters' | 'compact' | 'theme'>): PresetView {
  return runSteps(presetViewSteps(story, frame, viewFor, options));
}

/** `presetView` a step at a time, a few thousand edges laid out between yields (the page's export runs it in slices). */
export function* presetViewSteps(story: Story, frame: PresetFrame, viewFor: (mapHeight: number) => View, options: Pick<ExportOptions, 'filters' | 'compact' | 'theme'>): Generator<void, PresetView> {
  const view = viewFor(frame.mapHeight);
  // The placement needs the story's part of the scene only (anchors, labels, edges), not the basemap's.
  const steps = storySceneSteps(story, view, options.filters, options.compact, calloutCode, corridorCode);
  let step = steps.next(LAYOUT_A_STEP);
  for (; !step.done; step = steps.next(LAYOUT_A_STEP)) yield;
  const part = step.value;
  const band = legendBand({ ...part, countries: [], borders: '' }, options.theme ?? THEMES.light);
  return band ? { view: viewFor(frame.mapHeight - band), legendUnder: true } : { view, legendUnder: false };
}

/**
 * A standalone SVG snapshot of a view of a story: what the browser's "Export SVG" button and the
 * `npm run export` command both write, through the same render core as the screen.
 *
 * @example exportSvg(story, basemap, { zoom: 2, origin: [300, 500], width: 960, height: 600 }, { date: '2024-06-21' })
 */
export function exportSvg(story: Story, basemap: Basemap, view: View, options: ExportOptions): string {
  return withMoment(runSteps(exportSteps(story, basemap, view, options)), options.moment, options.theme ?? THEMES.light);
}

/**
 * `exportSvg` in slices, yielding to the page whenever a slice has run for `budget` milliseconds,
 * so a large export never blocks the page for long. The same bytes as `exportSvg`.
 *
 * @example await exportSvgInSlices(story, basemap, view, { date }, () => new Promise((r) => setTimeout(r)), () => performance.now())
 */
export async function exportSvgInSlices(story: Story, basemap: Basemap, view: View, options: ExportOptions,
  pause: () => Promise<unknown>, now: () => number, budget = 15): Promise<string> {
  return withMoment(await inSlices(exportSteps(story, basemap, view, options), pause, now, budget), options.moment, options.theme ?? THEMES.light);
}

/** Runs steps to their end, yielding to the page (`pause`) whenever a slice has run for `budget` milliseconds. */
export async function inSlices<T>(steps: Generator<unknown, T>, pause: () => Promise<unknown>, now: () => number, budget = 15): Promise<T> {
  let started = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - started >= budget) {
      await pause();
      started = now();
    }
  }
}

/** Countries are projected this many at a time between yields. */
const COUNTRIES_A_STEP = 40;
/** Footnotes are made this many at a time between yields. */
const NOTES_A_STEP = 400;

/**
 * The export as a generator that yields between pieces of work of a few milliseconds each.
 * A small story is drawn as ever, edge by edge in view pixels. A large one (more than `MANY_EDGES`
 * edges) is laid out in world pixels (or taken from `options.storyScene`) and shifted to the view,
 * so the page and the command line write the same bytes for the same view.
 */
export function* exportSteps(story: Story, basemap: Basemap, view: View, options: ExportOptions): Generator<void, string> {
  const world: View = { zoom: view.zoom, origin: [0, 0], width: 0, height: 0 };
  const given = options.storyScene;
  // Without the map's own scene, the layout is made here, a few thousand edges between yields.
  const part = given && given.view.zoom === view.zoom && given.view.origin[0] === 0 && given.view.origin[1] === 0
    ? given
    : yield* layOut(story, world, options);
  const document = {
    theme: options.theme ?? THEMES.light,
    words: graphicWords(story),
    callouts: story.graphic?.callouts,
    date: options.date,
    selected: options.selected,
    pixelWidth: options.pixelWidth,
    legendUnder: options.legendUnder,
  };
  if (part.edges.length <= MANY_EDGES) {
    const s = scene(story, basemap, view, { clip: true, filters: options.filters, compact: options.compact });
    return svgDocument(s, { ...document, footnotes: options.footnotes ? footnotesFor(s.edges.filter((e) => inView(e, view)), story) : undefined });
  }
  yield;

  // The basemap, cut to the view, a few countries at a time.
  const actorIds = story.actors.map((a) => a.id);
  const countries: Scene['countries'] = [];
  const features = basemap.countries.features;
  for (let i = 0; i < features.length; i += COUNTRIES_A_STEP) {
    const some: Basemap = { countries: { ...basemap.countries, features: features.slice(i, i + COUNTRIES_A_STEP) }, borders: { type: 'MultiLineString', coordinates: [] } };
    countries.push(...basemapScene(some, view, actorIds, true).countries);
    yield;
  }
  const { borders } = basemapScene({ countries: { ...basemap.countries, features: [] }, borders: basemap.borders }, view, actorIds, true);
  yield;

  const batches = yield* edgeBatches(part.edges, view.origin, view);

  // Footnotes for the edges that show, shifted to the view.
  const shifted: SceneEdge[] = [];
  const footnotes: Footnote[] = [];
  if (options.footnotes) {
    for (let i = 0; i < part.edges.length; i += NOTES_A_STEP) {
      const some = part.edges.slice(i, i + NOTES_A_STEP).flatMap((e) => shownInView(e, view));
      shifted.push(...some);
      footnotes.push(...footnotesFor(some, story).map((f) => ({ ...f, n: f.n + footnotes.length })));
      yield;
    }
  }

  const [ox, oy] = view.origin;
  const r1 = (v: number) => Math.round(v * 10) / 10;
  const s: Scene = {
    ...part,
    view,
    countries,
    borders,
    edges: [],
    anchors: part.anchors.map((a) => ({ ...a, at: [r1(a.at[0] - ox), r1(a.at[1] - oy)] })),
    labels: part.labels.map((l) => ({ ...l, x: r1(l.x - ox), y: r1(l.y - oy) })),
  };
  // The list starts under the footer, which is under the legend's band (a large story's legend is drawn under the map).
  const frame = frameHeights(document.words, view.width, document.theme);
  const top = frame.header + view.height + legendBandHeight(s, document.theme) + frame.footer;
  const notes = yield* footnoteMarkupSteps(footnotes, new Map(shifted.map((e) => [e.id, e.mid])), view.width, top, document.theme);
  return svgDocument(s, { ...document, notes, batches });
}

/** An edge moved from world pixels into the view, if it shows there: its ends and middle, what a footnote needs. */
function shownInView(edge: SceneEdge, view: View): SceneEdge[] {
  const [ox, oy] = view.origin;
  const r1 = (v: number) => Math.round(v * 10) / 10;
  const move = ([x, y]: [number, number]): [number, number] => [r1(x - ox), r1(y - oy)];
  const moved = { id: edge.id, relation: edge.relation, d: '', a: move(edge.a), b: move(edge.b), mid: move(edge.mid), c: move(edge.c), style: edge.style, opacity: edge.opacity, label: '' };
  return inView(moved, view) ? [{ ...moved, label: edge.label }] : [];
}

/** Whether any of an edge's two ends or its middle lies in the view: only those get a footnote. */
function inView(edge: SceneEdge, view: View): boolean {
  return [edge.a, edge.mid, edge.b].some(([x, y]) => x >= 0 && y >= 0 && x <= view.width && y <= view.height);
}

/** `storySceneSteps` run to its end, yielding between steps of a few thousand edges. */
function* layOut(story: Story, world: View, options: ExportOptions): Generator<void, StoryScene> {
  const steps = storySceneSteps(story, world, options.filters, options.compact, calloutCode, corridorCode);
  for (let step = steps.next(LAYOUT_A_STEP); ; step = steps.next(LAYOUT_A_STEP)) {
    if (step.done) return step.value;
    yield;
  }
}

/** Edges laid out between yields. */
const LAYOUT_A_STEP = 4000;

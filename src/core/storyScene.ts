import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { RELATION_TYPES, relationTypeNames, type ActorKind, type Certainty, type Family, type RelationType } from '../data/relationTypes.ts';
import type { Relation, Story } from '../data/schema.ts';
import { curveLayout, curvePath, type Curve, type Point } from './edgeCurves.ts';
import { CERTAINTY_STYLES, EDGE_STYLES, type EdgeStyle } from './edgeStyles.ts';
import { activeSpan, dateSpan, hasSpan } from './formatDate.ts';
import { selectInOrder, timeIndex } from './timeIndex.ts';
import { mercator, worldSize } from './mercator.ts';
import { labelBox, placeLabels, type PlacedLabel } from './placeLabels.ts';
import { placeCallouts, type SceneCallout } from './placeCallouts.ts';
import type { Callout } from '../data/schema.ts';

/**
 * The room labels have around a story framed on its anchors (framing.ts's storyPadding): a little
 * on the left, top and bottom, more on the right, where the easternmost labels run.
 */
function labelRoom(anchors: readonly SceneAnchor[], compact: boolean) {
  if (!anchors.length) return undefined;
  const xs = anchors.map((a) => a.at[0]);
  const ys = anchors.map((a) => a.at[1]);
  const [left, top, right, bottom] = compact ? [8, 22, 60, 14] : [12, 30, 110, 24];
  return { x0: Math.min(...xs) - left, y0: Math.min(...ys) - top, x1: Math.max(...xs) + right, y1: Math.max(...ys) + bottom };
}

/** Where a callout points: its actor's anchor, or its relation's middle (undefined when that is not drawn). */
export function calloutTarget(anchors: readonly SceneAnchor[], edges: readonly SceneEdge[]): (callout: Callout) => Point | undefined {
  return (callout) => (callout.actor !== undefined ? anchors.find((a) => a.id === callout.actor)?.at : edges.find((e) => e.id === callout.relation)?.mid);
}
import { sceneObstacles } from './edgeObstacles.ts';

/** Up to this many edges (those drawn one by one, svgMarkup.ts's MANY_EDGES), labels avoid them. */
const LABELS_AVOID_EDGES = 400;
import { relationLabel } from './relationLabel.ts';

/** Country shapes keyed by ISO3 `id`, with `properties.name`, and their shared borders drawn once. */
export interface Basemap {
  countries: FeatureCollection<Geometry, { name: string }>;
  borders: MultiLineString;
}

/** What part of the world is drawn: Web Mercator world pixels at `zoom`, from `origin` (top left). */
export interface View {
  zoom: number;
  origin: Point;
  width: number;
  height: number;
}

export interface Filters {
  /** The relation types to draw; all when absent. */
  types?: ReadonlySet<RelationType>;
  /** ISO dates (any precision); a relation is drawn when its date's span meets the range. */
  from?: string;
  to?: string;
  /**
   * `window` (the default): what is active between `from` and `to`, a relation from its date to its
   * end. `asof`: everything begun by `to` and not ended before it (`from` is not used); an event of
   * one date, which has no end, stays once it has happened.
   */
  mode?: 'window' | 'asof';
}

export interface SceneCountry {
  id: string;
  name: string;
  d: string;
  actor: boolean;
}

export interface SceneEdge {
  id: string;
  relation: Relation;
  d: string;
  a: Point;
  b: Point;
  mid: Point;
  /** The quadratic curve's control point, for renderers that draw without the path string. */
  c: Point;
  style: EdgeStyle;
  opacity: number;
  label: string;
}

export interface SceneLegendEntry {
  type: RelationType;
  family: Family;
  label: string;
  count: number;
  style: EdgeStyle;
}

export interface Scene {
  view: View;
  countries: SceneCountry[];
  borders: string;
  edges: SceneEdge[];
  anchors: SceneAnchor[];
  labels: PlacedLabel[];
  /** The story's callouts, placed clear of the labels (absent: none). */
  callouts?: SceneCallout[];
  legend: SceneLegendEntry[];
  certainty: { certainty: Certainty; opacity: number }[];
}

/** Where an actor's edges meet, drawn as its kind's marker: dot, square or diamond. */
export interface SceneAnchor {
  id: string;
  name: string;
  at: Point;
  kind: ActorKind;
}

export type Rect = [[number, number], [number, number]];

/** The story part of a scene: edges, anchors, labels and legend, in view pixels. */
export function storyScene(story: Story, view: View, filters?: Filters, compact = false): Omit<Scene, 'countries' | 'borders'> {
  const steps = storySceneSteps(story, view, filters, compact);
  for (;;) {
    const step = steps.next(Infinity);
    if (step.done) return step.value;
  }
}

/**
 * `storyScene` in steps, for a page that must not block for long: each `next(n)` bends about `n`
 * more edges and yields how many are done; the last returns the scene. The same scene, to the
 * decimal, as `storyScene`.
 *
 * @example
 * const steps = storySceneSteps(story, view);
 * let step; while (!(step = steps.next(5000)).done) await nextFrame();
 * step.value.edges.length;
 */
export function* storySceneSteps(story: Story, view: View, filters?: Filters, compact = false): Generator<number, Omit<Scene, 'countries' | 'borders'>, number> {
  const all = yield* allDatesSteps(story, view, withoutDates(filters), compact);
  return hasDates(filters) ? sceneAtTime(all, story, filters!) : all;
}

/** The filters without their dates: what a scene's lanes, labels and callouts are made for. */
export function withoutDates(filters?: Filters): Filters | undefined {
  return filters?.types ? { types: filters.types } : undefined;
}

/** Whether filters choose by date (a window, or a moment). */
export function hasDates(filters?: Filters): boolean {
  return !!filters && (filters.from !== undefined || filters.to !== undefined);
}

type StoryPart = Omit<Scene, 'countries' | 'borders'>;

/**
 * The scene of a moment from the scene of all dates (made with the same types): the edges active
 * then, each in its lane of all dates, with the labels, anchors and callouts of all dates. A
 * playback step is this selection, not a new layout, and no edge moves from one step to the next.
 *
 * @example sceneAtTime(storyScene(story, view), story, { from: '2021-01', to: '2021-01' })
 */
export function sceneAtTime<S extends StoryPart>(all: S, story: Story, filters: Filters): S {
  const visible = visibleInOrder(story, filters);
  // Both lists are in the story's date order, and the visible relations are among the scene's: one walk.
  const edges: SceneEdge[] = [];
  const drawn = new Map<RelationType, number>();
  for (let i = 0, j = 0; i < all.edges.length && j < visible.length; i++) {
    const edge = all.edges[i];
    if (edge.relation !== visible[j]) continue;
    edges.push(edge);
    drawn.set(edge.relation.type, (drawn.get(edge.relation.type) ?? 0) + 1);
    j++;
  }
  const notes = story.graphic?.callouts ?? [];
  const shown = all.callouts?.length ? new Set(edges.map((e) => e.id)) : undefined;
  const callouts = all.callouts?.filter((c) => notes[c.index]?.relation === undefined || shown!.has(notes[c.index].relation!));
  return { ...all, edges, legend: all.legend.map((e) => ({ ...e, count: drawn.get(e.type) ?? 0 })), ...(callouts ? { callouts } : {}) };
}

function* allDatesSteps(story: Story, view: View, filters: Filters | undefined, compact: boolean): Generator<number, StoryPart, number> {
  const r = (v: number) => +v.toFixed(1);
  const actors = new Map(story.actors.map((a) => [a.id, a]));
  const nameOf = (id: string) => actors.get(id)?.name ?? id;
  const anchorOf = (id: string): Point => {
    const { lat, lon } = actors.get(id)!.anchor;
    const [x, y] = mercator(lat, lon, view.zoom);
    return [x - view.origin[0], y - view.origin[1]];
  };

  // Edges: visible relations in date order, each bent into its own lane.
  const visible = visibleInOrder(story, filters);
  let budget = yield 0;
  const exact = new Map(story.actors.map((a) => [a.id, anchorOf(a.id)]));
  // Every edge of an actor shares one rounded point: scenes of fifty thousand edges make no copies.
  const rounded = new Map([...exact].map(([id, p]) => [id, round([p[0], p[1]])]));
  // Anchors either side of the 180° line (Fiji and Samoa) are joined the short way: the far end is
  // taken from the world's copy beside the near one, so the edge crosses the antimeridian, not the
  // whole map. Only for pairs whose direct way spans more than three quarters of the world: the map
  // shows one copy of it, and Washington–Seoul (204° direct, 156° across the Pacific) reads better
  // with both ends on the map.
  const world = worldSize(view.zoom);
  const shortWay = (a: Point, b: Point): Point => (Math.abs(b[0] - a[0]) <= world * 0.75 ? b : [b[0] + (b[0] < a[0] ? world : -world), b[1]]);
  const inputs = visible.map((rel) => {
    const a = exact.get(rel.from)!;
    return { id: rel.id, from: rel.from, to: rel.to, a, b: shortWay(a, exact.get(rel.to)!) };
  });
  budget = yield 0;
  const bend = curveLayout(inputs);
  budget = yield 0;
  const edges: SceneEdge[] = new Array(visible.length);
  const drawn = new Map<RelationType, number>();
  for (let i = 0; i < visible.length; i++) {
    const relation = visible[i];
    const curve = bend(inputs[i]);
    // The ends are the actors' shared rounded points, unless the curve moved them (a loop, a far end across the 180° line).
    const a = curve.a === exact.get(relation.from) ? rounded.get(relation.from)! : round([curve.a[0], curve.a[1]]);
    const b = curve.b === exact.get(relation.to) ? rounded.get(relation.to)! : round([curve.b[0], curve.b[1]]);
    edges[i] = new LazyEdge(relation, curve, a, b, nameOf);
    drawn.set(relation.type, (drawn.get(relation.type) ?? 0) + 1);
    if (--budget <= 0 && i + 1 < visible.length) budget = yield i + 1;
  }

  // Anchors and labels for every actor, placed so they do not collide.
  const anchors = story.actors.map((actor): SceneAnchor => ({ id: actor.id, name: actor.anchor.name, at: anchorOf(actor.id).map(r) as Point, kind: actor.kind }));
  // The editor's own label for an actor, else its short name on small screens, else its name; hidden ones are left out.
  const renamed = story.graphic?.labels ?? {};
  const hidden = new Set(story.graphic?.hideLabels);
  const labelOf = (id: string) => renamed[id] ?? ((compact && actors.get(id)!.shortName) || nameOf(id));
  // Labels keep off the edges and their arrowheads where the story is small enough to draw them one by one.
  const obstacles = edges.length <= LABELS_AVOID_EDGES
    ? sceneObstacles(edges)
    : [];
  const place = () => placeLabels(anchors.filter((a) => !hidden.has(a.id)).map((a) => ({ id: a.id, text: labelOf(a.id), at: a.at })), { obstacles, width: view.width, height: view.height, within: labelRoom(anchors, compact) })
    .map((l) => ({ ...l, x: r(l.x), y: r(l.y), ...(l.leader ? { leader: l.leader.map(r) as [number, number, number, number] } : {}) }));
  // With no edge to avoid, labels depend on the actors and the view alone: each step of a playback reuses them.
  const labels = obstacles.length ? place() : labelsOnce(story, `${view.zoom}|${view.origin}|${view.width}|${view.height}|${compact}`, place);

  const { types: present, certainties: used } = kindsOf(story);
  const legend = relationTypeNames
    .filter((type) => present.has(type))
    .map((type) => ({ type, family: RELATION_TYPES[type].family, label: RELATION_TYPES[type].label, count: drawn.get(type) ?? 0, style: EDGE_STYLES[type] }));
  const certainty = (Object.keys(CERTAINTY_STYLES) as Certainty[])
    .filter((c) => used.has(c))
    .map((c) => ({ certainty: c, opacity: CERTAINTY_STYLES[c].opacity }));

  const callouts = story.graphic?.callouts?.length
    ? placeCallouts(story.graphic.callouts, calloutTarget(anchors, edges), { obstacles, width: view.width, height: view.height, taken: [...labels.map((l) => labelBox(l)), ...anchors.map(({ at: [ax, ay] }) => ({ x0: ax - 5, y0: ay - 5, x1: ax + 5, y1: ay + 5 }))] })
    : undefined;
  return { view, edges, anchors, labels, ...(callouts ? { callouts } : {}), legend, certainty };
}

/**
 * A scene edge whose path string and accessible name are made when first asked for: a canvas
 * draws ten thousand edges without either. A class, so fifty thousand of them share one shape.
 */
class LazyEdge implements SceneEdge {
  readonly id: string;
  readonly mid: Point;
  readonly c: Point;
  readonly style: EdgeStyle;
  readonly opacity: number;
  private path?: string;
  private name?: string;
  constructor(readonly relation: Relation, curve: Curve, readonly a: Point, readonly b: Point, private readonly nameOf: (id: string) => string) {
    this.id = relation.id;
    this.mid = round(curve.mid);
    this.c = round(curve.c);
    this.style = EDGE_STYLES[relation.type];
    this.opacity = CERTAINTY_STYLES[relation.certainty].opacity;
  }

  get d(): string {
    return (this.path ??= curvePath(this));
  }

  get label(): string {
    return (this.name ??= relationLabel(this.relation, this.nameOf));
  }
}

/** Whether a relation passes the type and date filters. */
export function isVisible(relation: Relation, filters: Filters = {}): boolean {
  return passes(relation, activeSpan(relation), filterBounds(filters));
}

/** The filters with their dates as the first and last day they allow. */
function filterBounds(filters: Filters) {
  return {
    types: filters.types,
    from: filters.from ? dateSpan(filters.from, precisionOf(filters.from))[0] : undefined,
    to: filters.to ? dateSpan(filters.to, precisionOf(filters.to))[1] : undefined,
    /** In `asof` mode, the first day of the moment: a span that ended before it is gone. */
    at: filters.mode === 'asof' && filters.to ? dateSpan(filters.to, precisionOf(filters.to))[0] : undefined,
  };
}

/** Whether a relation whose dates span `[start, end]` passes filters made by `bounds`. */
function passes(relation: Relation, [start, end]: [string, string], { types, from, to, at }: ReturnType<typeof filterBounds>): boolean {
  if (types && !types.has(relation.type)) return false;
  if (at) return relation.date !== undefined && start <= to! && (end >= at || !hasSpan(relation));
  if (!from && !to) return true;
  if (relation.date === undefined) return false;
  return !(from && end < from) && !(to && start > to);
}

function precisionOf(date: string) {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** A point rounded to a tenth of a pixel, in place. */
function round(p: Point): Point {
  p[0] = Math.round(p[0] * 10) / 10;
  p[1] = Math.round(p[1] * 10) / 10;
  return p;
}

// The visible relations in date order do not change with the zoom: kept per story and filters object.
const orders = new WeakMap<object, WeakMap<object, Relation[]>>();
const NO_FILTERS = {};

function visibleInOrder(story: Story, filters: Filters | undefined): Relation[] {
  let byFilters = orders.get(story.relations);
  if (!byFilters) orders.set(story.relations, (byFilters = new WeakMap()));
  const key = filters ?? NO_FILTERS;
  let order = byFilters.get(key);
  if (!order) {
    // The story is indexed by date once; each filter selects from the index, in its order.
    const index = timeIndex(story.relations);
    byFilters.set(key, (order = filters ? selectInOrder(index, filterBounds(filters)) : index.relations));
  }
  return order;
}

const placed = new WeakMap<Story, { actors: unknown; graphic: unknown; byView: Map<string, PlacedLabel[]> }>();

/** Labels placed clear of nothing but each other, kept per story and view while its actors and words stay. */
function labelsOnce(story: Story, view: string, place: () => PlacedLabel[]): PlacedLabel[] {
  let entry = placed.get(story);
  if (!entry || entry.actors !== story.actors || entry.graphic !== story.graphic) placed.set(story, (entry = { actors: story.actors, graphic: story.graphic, byView: new Map() }));
  let labels = entry.byView.get(view);
  if (!labels) {
    entry.byView.set(view, (labels = place()));
    // A handful of views is plenty: the zoom levels a reader moves between.
    if (entry.byView.size > 12) entry.byView.delete(entry.byView.keys().next().value!);
  }
  return labels;
}

const kinds = new WeakMap<object, { types: Set<RelationType>; certainties: Set<Certainty> }>();

/** The relation types and certainties a story uses, for its legend: made once per story. */
function kindsOf(story: Story) {
  let result = kinds.get(story.relations);
  if (!result) kinds.set(story.relations, (result = { types: new Set(story.relations.map((r) => r.type)), certainties: new Set(story.relations.map((r) => r.certainty)) }));
  return result;
}

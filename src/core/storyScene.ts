import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { RELATION_TYPES, relationTypeNames, type ActorKind, type Certainty, type Family, type RelationType } from '../data/relationTypes.ts';
import type { Relation, Story } from '../data/schema.ts';
import { curveLayout, curvePath, type Curve, type Point } from './edgeCurves.ts';
import { CERTAINTY_STYLES, EDGE_STYLES, type EdgeStyle } from './edgeStyles.ts';
import { activeSpan, dateSpan, hasSpan } from './formatDate.ts';
import { selectInOrder, timeIndex } from './timeIndex.ts';
import { mercator, worldSize } from './mercator.ts';
import { cutLongitude, greatCircle, wrapLongitude } from './greatCircle.ts';
import { corridorShift, edgeRoute, fitControl, routePath, STRAIGHT_ENOUGH, type Lane, type Route, type RouteInput } from './edgeRoutes.ts';
import { labelBox, placeLabels, type PlacedLabel } from './placeLabels.ts';
import type { CalloutCode, SceneCallout } from './placeCallouts.ts';
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
import type { CorridorCode } from './corridorBadges.ts';

/** Up to this many edges (those drawn one by one, svgMarkup.ts's MANY_EDGES), each keeps the points of its great circle. */
const ROUTED_EDGES = 400;
/** Degrees between a great circle's samples when only the curve nearest it is kept. */
const COARSE_STEP = 20;

/** Up to this many edges (those drawn one by one, svgMarkup.ts's MANY_EDGES), labels avoid them (and dense corridors' badges). */
export const LABELS_AVOID_EDGES = 400;
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
  /**
   * Relations not drawn, by id (those a review has just rejected): taken out of the scene as dates
   * are, the others staying in their lanes, so a decision lays nothing out again.
   */
  hidden?: ReadonlySet<string>;
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
  /**
   * The quadratic curve's control point, for renderers that draw without the path string. For an
   * edge drawn along its great circle (`route`), the control point of the curve nearest it.
   */
  c: Point;
  /** The edge's great circle, bent by its lane, where it strays from the quadratic curve: `d` follows it. */
  route?: Route;
  style: EdgeStyle;
  opacity: number;
  label: string;
  /** The corridor its lane is in (edgeCurves.ts): edges with one key fan out together. */
  corridor?: number | string;
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

/**
 * Whether a story has callouts, whose code (placeCallouts.ts) is then to be loaded and passed to the
 * scene and its markup: the map's start carries none of it.
 */
export function hasCallouts(story: Story): boolean {
  return !!story.graphic?.callouts?.length;
}

/**
 * A corridor with at least this many edges is dense: on screen it rests as a count badge
 * (corridorBadges.ts). Up to ten, its lanes step out evenly, five a side (edgeCurves.ts); beyond,
 * they close up and the fan stops reading edge by edge. So the built-in story, whose Moscow–Korea
 * corridor holds eight on a phone, draws as before.
 */
export const DENSE_CORRIDOR = 11;

/**
 * Whether a scene's edges have a dense corridor, whose code (corridorBadges.ts) is then to be loaded
 * and passed to the scene and its markup: the map's start carries none of it. Whether one forms
 * depends on the zoom (anchors within 24 px are one place), so the map asks this of each scene.
 */
export function hasDenseCorridor(edges: readonly SceneEdge[]): boolean {
  const counts = new Map<number | string, number>();
  return edges.some(({ corridor }) => corridor !== undefined && counts.set(corridor, (counts.get(corridor) ?? 0) + 1).get(corridor)! >= DENSE_CORRIDOR);
}

/**
 * The story part of a scene: edges, anchors, labels, callouts and legend, in view pixels. The
 * callouts are placed with `callouts`, the callouts' code (absent: the scene has none, as framing,
 * which needs only the edges, makes it). Labels and callouts keep clear of dense corridors' badges
 * with `corridors`, their code (absent: they keep clear of none; see `hasDenseCorridor`).
 */
export function storyScene(story: Story, view: View, filters?: Filters, compact = false, callouts?: CalloutCode, corridors?: CorridorCode): Omit<Scene, 'countries' | 'borders'> {
  const steps = storySceneSteps(story, view, filters, compact, callouts, corridors);
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
export function* storySceneSteps(story: Story, view: View, filters?: Filters, compact = false, callouts?: CalloutCode, corridors?: CorridorCode): Generator<number, Omit<Scene, 'countries' | 'borders'>, number> {
  const all = yield* allDatesSteps(story, view, withoutDates(filters), compact, callouts, corridors);
  return selects(filters) ? sceneAtTime(all, story, filters!) : all;
}

/** The filters without their dates (and hidden relations): what a scene's lanes, labels and callouts are made for. */
export function withoutDates(filters?: Filters): Filters | undefined {
  return filters?.types ? { types: filters.types } : undefined;
}

/** Whether filters choose by date (a window, or a moment). */
export function hasDates(filters?: Filters): boolean {
  return !!filters && (filters.from !== undefined || filters.to !== undefined);
}

/** Whether filters select from the scene of all dates: by date, or hiding relations. */
export function selects(filters?: Filters): boolean {
  return hasDates(filters) || !!filters?.hidden?.size;
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
  const hidden = filters.hidden;
  // Both lists are in the story's date order, and the visible relations are among the scene's: one walk.
  const edges: SceneEdge[] = [];
  const drawn = new Map<RelationType, number>();
  for (let i = 0, j = 0; i < all.edges.length && j < visible.length; i++) {
    const edge = all.edges[i];
    if (edge.relation !== visible[j]) continue;
    j++;
    if (hidden?.has(edge.id)) continue;
    edges.push(edge);
    drawn.set(edge.relation.type, (drawn.get(edge.relation.type) ?? 0) + 1);
  }
  const notes = story.graphic?.callouts ?? [];
  const shown = all.callouts?.length ? new Set(edges.map((e) => e.id)) : undefined;
  const callouts = all.callouts?.filter((c) => notes[c.index]?.relation === undefined || shown!.has(notes[c.index].relation!));
  return { ...all, edges, legend: all.legend.map((e) => ({ ...e, count: drawn.get(e.type) ?? 0 })), ...(callouts ? { callouts } : {}) };
}

function* allDatesSteps(story: Story, view: View, filters: Filters | undefined, compact: boolean, code: CalloutCode | undefined, corridors: CorridorCode | undefined): Generator<number, StoryPart, number> {
  const r = (v: number) => +v.toFixed(1);
  const actors = new Map(story.actors.map((a) => [a.id, a]));
  const nameOf = (id: string) => actors.get(id)?.name ?? id;
  // The world is cut where the story's actors and great circles leave the widest room (greatCircle.ts):
  // every actor is drawn in the one copy of the world east of the cut, so a Pacific story is drawn whole.
  const cut = storyCut(story);
  const lonOf = (id: string) => wrapLongitude(actors.get(id)!.anchor.lon, cut);
  const anchorOf = (id: string): Point => {
    const { lat } = actors.get(id)!.anchor;
    const [x, y] = mercator(lat, lonOf(id), view.zoom);
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
  const seam = mercator(0, cut, view.zoom)[0] - view.origin[0];
  // Great circles, projected from the drawn start and continuous in x, once a pair of actors; a
  // story drawn as a whole keeps no points, so a few samples give its curves (see below).
  const large = visible.length > ROUTED_EDGES;
  // A large story's great circles, as the curve nearest each (unbent), once a pair of actors.
  const nearest = new Map<string, { c: Point } | null>();
  const nearestCurve = (from: string, to: string, start: Point, end: Point) => {
    const key = `${from}\u0000${to}`;
    let near = nearest.get(key);
    if (near === undefined) {
      const k = 2 ** view.zoom;
      const circle = coarseCircle(story, from, to, cut, (id) => actors.get(id)!.anchor).map(([x, y]): Point => [x * k - view.origin[0], y * k - view.origin[1]]);
      const last = circle[circle.length - 1];
      const arrives = Math.abs(last[0] - end[0]) < 1 && Math.abs(last[1] - end[1]) < 1;
      circle[0] = start;
      circle[circle.length - 1] = end;
      const off = Math.max(...circle.map(([x, y], j) => {
        const t = j / (circle.length - 1);
        return Math.hypot(x - (start[0] + (end[0] - start[0]) * t), y - (start[1] + (end[1] - start[1]) * t));
      }));
      near = arrives && off >= STRAIGHT_ENOUGH ? { c: fitControl(start, end, circle) } : null;
      nearest.set(key, near);
    }
    return near;
  };
  // Great circles, projected from the drawn start and continuous in x, once a pair of actors.
  const circles = new Map<string, Point[]>();
  const circleOf = (from: string, to: string, start: Point): Point[] => {
    const key = `${from}\u0000${to}`;
    let circle = circles.get(key);
    if (!circle) {
      const p = actors.get(from)!.anchor;
      const q = actors.get(to)!.anchor;
      const shift = lonOf(from) - p.lon;
      circle = greatCircle([p.lon, p.lat], [q.lon, q.lat]).map(([lon, lat]) => {
        const [x, y] = mercator(lat, lon + shift, view.zoom);
        return [x - view.origin[0], y - view.origin[1]] as Point;
      });
      circle[0] = start;
      circles.set(key, circle);
    }
    return circle;
  };
  // A story drawn edge by edge lays out its lanes first, so each corridor's fan is bent clear of
  // other actors' dots as one (corridorShift): bent edge by edge, two lanes could close up onto one line.
  const laid = large ? undefined : inputs.map((input) => bend(input));
  const avoidOf = (relation: Relation) => [...exact].filter(([id]) => id !== relation.from && id !== relation.to).map(([, p]) => p as Point);
  const routeInput = (relation: Relation, curve: Curve): RouteInput => ({ a: curve.a, b: curve.b, bend: curve.bend, circle: circleOf(relation.from, relation.to, curve.a), world, seam, avoid: avoidOf(relation) });
  const shifts = new Map<number | string, number>();
  if (laid) {
    const lanes = new Map<number | string, Lane[]>();
    laid.forEach((curve, i) => {
      const relation = visible[i];
      if (curve.a !== inputs[i].a || relation.from === relation.to) return;
      let corridor = lanes.get(curve.corridor);
      if (!corridor) lanes.set(curve.corridor, (corridor = []));
      corridor.push({ input: routeInput(relation, curve), side: curve.side });
    });
    for (const [key, corridor] of lanes) shifts.set(key, corridorShift(corridor));
  }
  for (let i = 0; i < visible.length; i++) {
    const relation = visible[i];
    const curve = laid ? laid[i] : bend(inputs[i]);
    // The ends are the actors' shared rounded points, unless the curve moved them (a loop, a far end across the 180° line).
    const a = curve.a === exact.get(relation.from) ? rounded.get(relation.from)! : round([curve.a[0], curve.a[1]]);
    const b = curve.b === exact.get(relation.to) ? rounded.get(relation.to)! : round([curve.b[0], curve.b[1]]);
    // A loop (both ends at one point) has no great circle to follow.
    const followed = curve.a === inputs[i].a && relation.from !== relation.to;
    let route: Route | undefined;
    if (followed && !large) {
      route = edgeRoute(routeInput(relation, curve), (shifts.get(curve.corridor) ?? 0) * curve.side);
    } else if (followed) {
      // A story drawn as a whole (canvas, batched hairlines) keeps no points: each edge is the curve
      // nearest its great circle, which is the unbent circle's nearest curve moved out by the lane's
      // bend (the fit is linear); one that would leave the map at one side keeps its curve.
      const near = nearestCurve(relation.from, relation.to, curve.a, curve.b);
      if (near) {
        const dx = curve.b[0] - curve.a[0];
        const dy = curve.b[1] - curve.a[1];
        const length = Math.hypot(dx, dy) || 1;
        const [nx, ny] = [-dy / length, dx / length];
        curve.c = [near.c[0] + 2 * curve.bend * nx, near.c[1] + 2 * curve.bend * ny];
        // The middle of the curve as drawn, where its tooltip and footnote sit.
        curve.mid = [(curve.a[0] + 2 * curve.c[0] + curve.b[0]) / 4, (curve.a[1] + 2 * curve.c[1] + curve.b[1]) / 4];
      }
    }
    edges[i] = new LazyEdge(relation, curve, a, b, nameOf, route);
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
  // A dense corridor's count badge, which the screen draws (corridorBadges.ts): no label covers it.
  const badges = obstacles.length && corridors ? corridors.badgeBoxes(edges, anchors, obstacles) : [];
  const place = () => placeLabels(anchors.filter((a) => !hidden.has(a.id)).map((a) => ({ id: a.id, text: labelOf(a.id), at: a.at })), { obstacles, width: view.width, height: view.height, within: labelRoom(anchors, compact), reserved: badges })
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

  const callouts = code && story.graphic?.callouts?.length
    ? code.placeCallouts(story.graphic.callouts, calloutTarget(anchors, edges), { obstacles, width: view.width, height: view.height, taken: [...labels.map((l) => labelBox(l)), ...anchors.map(({ at: [ax, ay] }) => ({ x0: ax - 5, y0: ay - 5, x1: ax + 5, y1: ay + 5 })), ...badges] })
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
  readonly route?: Route;
  readonly corridor: number | string;
  private path?: string;
  private name?: string;
  private namedAs?: string;
  constructor(readonly relation: Relation, curve: Curve, readonly a: Point, readonly b: Point, private readonly nameOf: (id: string) => string, route?: Route) {
    this.id = relation.id;
    this.corridor = curve.corridor;
    this.mid = route ? route.mid : round(curve.mid);
    this.c = route ? route.c : round(curve.c);
    if (route) {
      this.route = route;
      // The route's ends are the drawn ends, the actors' shared rounded points.
      route.points[0] = a;
      route.points[route.points.length - 1] = b;
    }
    this.style = EDGE_STYLES[relation.type];
    this.opacity = CERTAINTY_STYLES[relation.certainty].opacity;
  }

  get d(): string {
    return (this.path ??= this.route ? routePath(this.route.points, this.route.jump) : curvePath(this));
  }

  get label(): string {
    // A review's decision changes the name ("(draft)" goes): it is made again when the state has changed.
    if (this.name === undefined || this.namedAs !== this.relation.review) {
      this.namedAs = this.relation.review;
      this.name = relationLabel(this.relation, this.nameOf);
    }
    return this.name;
  }
}

const coarse = new WeakMap<object, Map<string, Point[]>>();

/**
 * A great circle between two actors in a few samples (every `COARSE_STEP` degrees), in world
 * pixels at zoom 0 from the first actor's copy of the world: made once per story and pair, and
 * scaled to each zoom, for stories whose edges keep only the curve nearest their circle.
 */
function coarseCircle(story: Story, from: string, to: string, cut: number, anchorOf: (id: string) => { lat: number; lon: number }): Point[] {
  let byPair = coarse.get(story.actors);
  if (!byPair) coarse.set(story.actors, (byPair = new Map()));
  const key = `${cut}\u0000${from}\u0000${to}`;
  let circle = byPair.get(key);
  if (!circle) {
    const p = anchorOf(from);
    const q = anchorOf(to);
    const shift = wrapLongitude(p.lon, cut) - p.lon;
    circle = greatCircle([p.lon, p.lat], [q.lon, q.lat], COARSE_STEP).map(([lon, lat]) => mercator(lat, lon + shift, 0));
    byPair.set(key, circle);
  }
  return circle;
}

const cuts = new WeakMap<object, WeakMap<object, number>>();

/**
 * The longitude where a story's world is cut (greatCircle.ts's `cutLongitude`): from its actors and
 * all its relations, whatever the filters, so filtering never moves the map. Drafts and rejected
 * relations do not count: the export leaves them out, and must cut the world where the screen does,
 * or its actors would be drawn a world away from the view it was given. The same story's data gives
 * the same cut in the app, the embed, the one-file HTML and the command line. Made once per story.
 */
export function storyCut(story: Story): number {
  let byRelations = cuts.get(story.actors);
  if (!byRelations) cuts.set(story.actors, (byRelations = new WeakMap()));
  let cut = byRelations.get(story.relations);
  if (cut === undefined) {
    const index = new Map(story.actors.map((a, i) => [a.id, i]));
    // Relations counted by pair: fifty thousand of them weigh a few hundred pairs against each gap.
    const counts = new Map<string, [number, number, number]>();
    for (const r of story.relations) {
      if (r.review === 'draft' || r.review === 'rejected') continue;
      const p = index.get(r.from);
      const q = index.get(r.to);
      if (p === undefined || q === undefined) continue;
      const key = `${p},${q}`;
      const pair = counts.get(key);
      if (pair) pair[2]++;
      else counts.set(key, [p, q, 1]);
    }
    cut = cutLongitude(story.actors.map((a) => a.anchor.lon), [...counts.values()]) ?? -180;
    byRelations.set(story.relations, cut);
  }
  return cut;
}

/** Whether a relation passes the type and date filters. */
export function isVisible(relation: Relation, filters: Filters = {}): boolean {
  return !filters.hidden?.has(relation.id) && passes(relation, activeSpan(relation), filterBounds(filters));
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

import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { RELATION_TYPES, relationTypeNames, type ActorKind, type Certainty, type Family, type RelationType } from '../data/relationTypes.ts';
import type { Relation, Story } from '../data/schema.ts';
import { curvePath, curves, type Point } from './edgeCurves.ts';
import { CERTAINTY_STYLES, EDGE_STYLES, type EdgeStyle } from './edgeStyles.ts';
import { dateSpan } from './formatDate.ts';
import { mercator } from './mercator.ts';
import { placeLabels, type PlacedLabel } from './placeLabels.ts';
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
  const anchors0 = new Map(story.actors.map((a) => [a.id, anchorOf(a.id)]));
  const shapes = curves(visible.map((rel) => ({ id: rel.id, from: rel.from, to: rel.to, a: anchors0.get(rel.from)!, b: anchors0.get(rel.to)! })));
  const edges = visible.map((relation, i): SceneEdge => {
    const shape = shapes[i];
    let d: string | undefined;
    let label: string | undefined;
    return {
      id: relation.id,
      relation,
      // Path strings and names are made when asked for: a canvas draws ten thousand edges without them.
      get d() {
        return (d ??= curvePath(shape));
      },
      a: round(shape.a),
      b: round(shape.b),
      mid: round(shape.mid),
      c: round(shape.c),
      style: EDGE_STYLES[relation.type],
      opacity: CERTAINTY_STYLES[relation.certainty].opacity,
      get label() {
        return (label ??= relationLabel(relation, nameOf));
      },
    };
  });

  // Anchors and labels for every actor, placed so they do not collide.
  const anchors = story.actors.map((actor): SceneAnchor => ({ id: actor.id, name: actor.anchor.name, at: anchorOf(actor.id).map(r) as Point, kind: actor.kind }));
  const labelOf = (id: string) => (compact && actors.get(id)!.shortName) || nameOf(id);
  const labels = placeLabels(anchors.map((a) => ({ id: a.id, text: labelOf(a.id), at: a.at }))).map((l) => ({ ...l, x: r(l.x), y: r(l.y) }));

  const drawn = new Map<RelationType, number>();
  for (const edge of edges) drawn.set(edge.relation.type, (drawn.get(edge.relation.type) ?? 0) + 1);
  const present = new Set(story.relations.map((rel) => rel.type));
  const legend = relationTypeNames
    .filter((type) => present.has(type))
    .map((type) => ({ type, family: RELATION_TYPES[type].family, label: RELATION_TYPES[type].label, count: drawn.get(type) ?? 0, style: EDGE_STYLES[type] }));
  const used = new Set(story.relations.map((rel) => rel.certainty));
  const certainty = (Object.keys(CERTAINTY_STYLES) as Certainty[])
    .filter((c) => used.has(c))
    .map((c) => ({ certainty: c, opacity: CERTAINTY_STYLES[c].opacity }));

  return { view, edges, anchors, labels, legend, certainty };
}

/** Whether a relation passes the type and date filters. */
export function isVisible(relation: Relation, filters: Filters = {}): boolean {
  if (filters.types && !filters.types.has(relation.type)) return false;
  if ((filters.from || filters.to) && relation.date === undefined) return false;
  const [start, end] = dateSpan(relation.date, relation.datePrecision);
  if (filters.from && end < dateSpan(filters.from, precisionOf(filters.from))[0]) return false;
  if (filters.to && start > dateSpan(filters.to, precisionOf(filters.to))[1]) return false;
  return true;
}

function precisionOf(date: string) {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** A point rounded to a tenth of a pixel, in place: scenes of fifty thousand edges make no copies. */
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
  if (!order) byFilters.set(key, (order = sortByDate(story.relations.filter((relation) => isVisible(relation, filters)))));
  return order;
}

/** Relations by the first day they cover, then by id; each key is computed once, not per comparison. */
function sortByDate(relations: Relation[]): Relation[] {
  const keyed = relations.map((relation) => ({ relation, start: dateSpan(relation.date, relation.datePrecision)[0] }));
  keyed.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.relation.id < b.relation.id ? -1 : a.relation.id > b.relation.id ? 1 : 0));
  return keyed.map((k) => k.relation);
}

import type { Relation } from '../data/schema.ts';
import type { RelationType } from '../data/relationTypes.ts';
import { activeSpan, hasSpan } from './formatDate.ts';

/**
 * A story's relations in date order (the first day each covers, then id) with the days each is
 * active as numbers, made once per story: a playback step selects from it with integer compares
 * over typed arrays, and stops at the first relation that begins after the step.
 */
export interface TimeIndex {
  relations: Relation[];
  /** The first and last day each relation covers, as YYYYMMDD; undated ones last, at 99999999. */
  starts: Int32Array;
  ends: Int32Array;
  dated: Uint8Array;
  /** Whether a relation has an end or is ongoing (an event of one date has neither). */
  spanned: Uint8Array;
}

/** The bounds a filter allows, as ISO days: see storyScene.ts's filterBounds. */
export interface DayBounds {
  types?: ReadonlySet<RelationType>;
  from?: string;
  to?: string;
  /** In `asof` mode, the first day of the moment. */
  at?: string;
}

/** An ISO day (or the undated placeholder "9999-99-99") as a number that sorts as the string does. */
export function dayNumber(iso: string): number {
  return +iso.slice(0, 4) * 10000 + +iso.slice(5, 7) * 100 + +iso.slice(8, 10);
}

const indexes = new WeakMap<object, TimeIndex>();

/** The time index of a list of relations, made on first use and kept with the list. */
export function timeIndex(relations: Relation[]): TimeIndex {
  let index = indexes.get(relations);
  if (index) return index;
  const keyed = relations.map((relation) => ({ relation, span: activeSpan(relation) }));
  keyed.sort((a, b) => (a.span[0] < b.span[0] ? -1 : a.span[0] > b.span[0] ? 1 : a.relation.id < b.relation.id ? -1 : a.relation.id > b.relation.id ? 1 : 0));
  const n = keyed.length;
  index = { relations: new Array(n), starts: new Int32Array(n), ends: new Int32Array(n), dated: new Uint8Array(n), spanned: new Uint8Array(n) };
  keyed.forEach(({ relation, span }, i) => {
    index!.relations[i] = relation;
    index!.starts[i] = dayNumber(span[0]);
    index!.ends[i] = dayNumber(span[1]);
    index!.dated[i] = relation.date !== undefined ? 1 : 0;
    index!.spanned[i] = hasSpan(relation) ? 1 : 0;
  });
  indexes.set(relations, index);
  return index;
}

/**
 * The relations that pass the bounds, in the index's order: the same choice as a relation-by-relation
 * test (`window`: active between from and to; `asof`: begun by `to` and not ended before `at`).
 */
export function selectInOrder(index: TimeIndex, bounds: DayBounds): Relation[] {
  const { relations, starts, ends, dated, spanned } = index;
  const { types } = bounds;
  const from = bounds.from !== undefined ? dayNumber(bounds.from) : undefined;
  const to = bounds.to !== undefined ? dayNumber(bounds.to) : undefined;
  const at = bounds.at !== undefined ? dayNumber(bounds.at) : undefined;
  const out: Relation[] = [];
  if (at === undefined && from === undefined && to === undefined) {
    return types ? relations.filter((r) => types.has(r.type)) : relations;
  }
  for (let i = 0; i < relations.length; i++) {
    // In date order: nothing after the first relation that begins past the end of the range passes.
    if (to !== undefined && starts[i] > to) break;
    if (!dated[i]) continue;
    if (at !== undefined ? ends[i] < at && spanned[i] : from !== undefined && ends[i] < from) continue;
    const relation = relations[i];
    if (types && !types.has(relation.type)) continue;
    out.push(relation);
  }
  return out;
}

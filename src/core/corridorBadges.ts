import type { Point } from './edgeCurves.ts';
import { escapeXml as x } from './escapeXml.ts';
import { DENSE_CORRIDOR, type SceneAnchor, type SceneEdge } from './storyScene.ts';
import { sceneObstacles } from './edgeObstacles.ts';
import { badgeCandidates, obstacleGrid, placeBadge, type ObstacleGrid } from './placeBadge.ts';
import type { Obstacle } from './placeLabels.ts';
import type { Theme } from './themes.ts';

/**
 * The dense corridors' code: the scene and its markup take it as an argument (`corridors`), so the
 * map's start carries none of it. The map loads it the first time a scene has a dense corridor
 * (`hasDenseCorridor`); Node, the export and the one-file map import it statically:
 * `import * as corridorCode from './corridorBadges.ts'`.
 */
export interface CorridorCode {
  badgeBoxes: typeof badgeBoxes;
  corridorGroups: typeof corridorGroups;
}

export { DENSE_CORRIDOR };
/** Wide enough that the hover bands of neighbouring lanes (18 px apart) overlap: no gap closes the corridor under the pointer. */
const BAND = 24;
/** The badge's radius: labels keep clear of it (storyScene.ts). */
export const BADGE_R = 11;

/** A dense corridor: its edges (in drawing order), its badge's centre, its two innermost lanes (the rails drawn at rest) and its places' names. */
export interface CorridorBadge {
  key: string;
  ids: string[];
  at: Point;
  rails: [string, string];
  between: [string, string];
}

/** How far an actor's marker reaches from its point (svgMarkup.ts's anchorMarkup, with its stroke): a badge keeps clear of it. */
const MARKER_REACH = { country: 4.5, organisation: 7, other: 7 };
/** Covering a marker or another badge costs as much as covering an arrowhead. */
const HEAVY = 10;

const made = new WeakMap<readonly SceneEdge[], WeakMap<readonly SceneAnchor[], CorridorBadge[]>>();

/**
 * The dense corridors of a scene: those whose lane key (edgeCurves.ts) more than `min − 1` edges
 * share. The badge sits between the corridor's first two lanes, which bend to either side of it, so
 * on an open corridor it covers no edge of its own. It keeps clear of everything else the map draws
 * before its labels (placeBadge.ts): at the lanes' middle if nothing is there, else at the first
 * place further along them or across (`BADGE_TRIES`, `BADGE_ACROSS`) where its disc, with 2 px to spare, covers no point of
 * any edge or arrowhead, no actor's marker and no badge placed before it; failing that, where it
 * covers least. Labels and callouts are placed after the badges and keep clear of them
 * (storyScene.ts), so the badges do not look at them. Stories with fewer edges a corridor get none.
 * The same edges and anchors (arrays) give the same badges, made once: the scene and its markup both ask.
 *
 * @example corridorBadges(scene.edges, scene.anchors).map((c) => c.ids.length)
 */
export function corridorBadges(edges: readonly SceneEdge[], anchors: readonly SceneAnchor[], min = DENSE_CORRIDOR, edgeObstacles?: readonly Obstacle[]): CorridorBadge[] {
  if (min !== DENSE_CORRIDOR) return denseCorridors(edges, anchors, min, edgeObstacles);
  let byAnchors = made.get(edges);
  if (!byAnchors) made.set(edges, (byAnchors = new WeakMap()));
  let badges = byAnchors.get(anchors);
  if (!badges) byAnchors.set(anchors, (badges = denseCorridors(edges, anchors, min, edgeObstacles)));
  return badges;
}

function denseCorridors(edges: readonly SceneEdge[], anchors: readonly SceneAnchor[], min: number, edgeObstacles?: readonly Obstacle[]): CorridorBadge[] {
  const byKey = new Map<number | string, SceneEdge[]>();
  for (const e of edges) {
    if (e.corridor === undefined) continue;
    const list = byKey.get(e.corridor);
    if (list) list.push(e);
    else byKey.set(e.corridor, [e]);
  }
  const at = new Map(anchors.map((a) => [a.id, a]));
  const out: CorridorBadge[] = [];
  // What a badge keeps clear of, made only for a scene that has one: edges, markers, badges placed before it.
  let obstacles: ObstacleGrid | undefined;
  for (const [key, list] of byKey) {
    if (list.length < min) continue;
    // Cells as wide as a badge's reach and another badge's, the widest obstacle.
    obstacles ??= obstacleGrid([...(edgeObstacles ?? sceneObstacles(edges)), ...anchors.map(({ at: [x, y], kind }) => ({ x, y, r: MARKER_REACH[kind] ?? 7, weight: HEAVY }))], 2 * (BADGE_R + 2));
    const [first, second] = list;
    // The two places: each actor counts at the end of the first edge its anchor is nearer.
    const sides: [Set<string>, Set<string>] = [new Set(), new Set()];
    for (const e of list) for (const id of [e.relation.from, e.relation.to]) {
      const p = at.get(id)?.at;
      if (!p) continue;
      const nearA = Math.hypot(p[0] - first.a[0], p[1] - first.a[1]) <= Math.hypot(p[0] - first.b[0], p[1] - first.b[1]);
      sides[nearA ? 0 : 1].add(at.get(id)!.name);
    }
    const [x, y] = placeBadge(badgeCandidates(first, second), obstacles, BADGE_R);
    const badge: Point = [r1(x), r1(y)];
    obstacles.add({ x: badge[0], y: badge[1], r: BADGE_R + 2, weight: HEAVY });
    out.push({
      key: String(key),
      ids: list.map((e) => e.id),
      at: badge,
      rails: [first.d, second.d],
      between: [[...sides[0]].join(', '), [...sides[1]].join(', ')],
    });
  }
  return out;
}

/**
 * A dense corridor on screen, around its edges' markup (`edges`): at rest two neutral rails and a
 * badge with the count; hovering it, focusing it (Tab) or marking one of its edges opens it, and the
 * edges show in their own styles, each with its tooltip (the app's style.css, `.corridor`). The badge
 * is a tab stop named by the count and places; the corridor's edges follow it in the tab order.
 *
 * A file has no hover: an export draws every edge of the corridor, as the screen shows it open (and
 * with a selected edge in it, as a pinned relation's export does), and no badge. Only the screen
 * (`storyElements` with `interactive`) calls this.
 */
export function corridorMarkup(c: CorridorBadge, edges: string, theme: Theme): string {
  const [cx, cy] = c.at;
  const n = c.ids.length;
  const name = `${n} relations between ${c.between[0]} and ${c.between[1]}: shown one by one on hover, or with Tab from here`;
  return `<g class="corridor" data-corridor="${x(c.key)}" data-count="${n}">`
    + `<path class="corridor-band" d="${c.rails[0]}${c.rails[1]}" fill="none" stroke="transparent" stroke-width="${BAND}"/>`
    + `<path class="corridor-rails" d="${c.rails[0]}${c.rails[1]}" fill="none" stroke="${theme.text}" stroke-opacity="0.45" stroke-width="2" stroke-linecap="round"/>`
    // The badge comes before the edges, so Tab goes from it into them; it sits between lanes, so none covers it.
    + `<g class="corridor-badge" tabindex="0" role="button" aria-label="${x(name)}">`
    + `<circle cx="${cx}" cy="${cy}" r="${BADGE_R}" fill="${theme.halo}" stroke="${theme.text}" stroke-width="1.5"/>`
    + `<text x="${cx}" y="${r1(cy + 4)}" text-anchor="middle" font-size="11" font-weight="700" fill="${theme.text}">${n}</text>`
    + `</g>`
    + edges
    + `</g>`;
}

/**
 * The room each dense corridor's badge takes, which labels and callouts keep clear of (storyScene.ts).
 * `edgeObstacles`, the scene's `sceneObstacles` when the caller has them, spare making them again.
 */
export function badgeBoxes(edges: readonly SceneEdge[], anchors: readonly SceneAnchor[], edgeObstacles?: readonly Obstacle[]) {
  return corridorBadges(edges, anchors, DENSE_CORRIDOR, edgeObstacles).map(({ at: [x, y] }) => ({ x0: x - BADGE_R - 2, y0: y - BADGE_R - 2, x1: x + BADGE_R + 2, y1: y + BADGE_R + 2 }));
}

/**
 * The screen's edges' markup (`markup`, one a scene edge) with each dense corridor's edges gathered
 * into its group, where its first edge was (svgMarkup.ts's storyElements, when `interactive`).
 */
export function corridorGroups(sceneEdges: readonly SceneEdge[], anchors: readonly SceneAnchor[], markup: string[], theme: Theme): string[] {
  const dense = corridorBadges(sceneEdges, anchors);
  if (!dense.length) return markup;
  const corridorOf = new Map<string, CorridorBadge>();
  for (const c of dense) for (const id of c.ids) corridorOf.set(id, c);
  const members = new Map<CorridorBadge, string[]>();
  sceneEdges.forEach((e, i) => {
    const c = corridorOf.get(e.id);
    if (c) members.set(c, [...(members.get(c) ?? []), markup[i]]);
  });
  return sceneEdges.flatMap((e, i) => {
    const c = corridorOf.get(e.id);
    if (!c) return [markup[i]];
    return c.ids[0] === e.id ? [corridorMarkup(c, members.get(c)!.join(''), theme)] : [];
  });
}

const r1 = (v: number) => Math.round(v * 10) / 10;

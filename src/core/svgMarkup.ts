import type { RelationType } from '../data/relationTypes.ts';
import { CERTAINTY_STYLES, EDGE_STYLES, strokeOf, type CertaintyLook, type EdgeStyle } from './edgeStyles.ts';
import type { EdgeBatches } from './edgeBatches.ts';
import { escapeXml as x } from './escapeXml.ts';
import type { Scene, SceneAnchor } from './scene.ts';
import type { Theme } from './themes.ts';
import type { CalloutCode } from './placeCallouts.ts';
import type { CorridorCode } from './corridorBadges.ts';
import { arrowTrims, trimmedCurve } from './arrowTrims.ts';
import type { Point } from './edgeCurves.ts';
import { arrivalFrom, trimmedRoute, routePath } from './edgeRoutes.ts';

/** A curve's path ending `trim` pixels short of its anchor. */
function trimmedPath(a: Point, c: Point, b: Point, trim: number): string {
  const end = trimmedCurve(a, c, b, trim);
  return `M${a[0]},${a[1]}Q${r1(end.c[0])},${r1(end.c[1])} ${r1(end.b[0])},${r1(end.b[1])}`;
}

export interface MarkupOptions {
  theme: Theme;
  /** Add focusable hit areas and accessible names for the screen; an export leaves them out. */
  interactive?: boolean;
  /** An id prefix, so two maps on one page do not share marker ids. */
  idPrefix?: string;
  /** A selected relation: the others are drawn faint, as on screen. */
  selected?: string;
  /** A large story's edges already batched (for the view): written instead of `scene.edges` (storyMarkup.ts). */
  batches?: EdgeBatches;
  /** Callouts the editor moves with the keys: each a tab stop with an accessible name (only with `interactive`). */
  movableCallouts?: boolean;
  /** The callouts' code (placeCallouts.ts), for a scene with callouts: drawing them without it is an error. */
  callouts?: CalloutCode;
  /** The dense corridors' code (corridorBadges.ts), for the screen's badges (only with `interactive`): without it every edge is drawn, as in a file. */
  corridors?: CorridorCode;
}

/**
 * `<defs>` with one arrowhead marker a relation type, filled in the type's colour. For a file
 * (`file`), each marker says `overflow="visible"`: its arrowhead lies inside its viewBox, so nothing
 * is cut either way, but a marker clipped to its box (the default) makes resvg 2.6 abort when it
 * lies outside a clipped group (an edge's end off the map, in the map clipped to its frame).
 * `extra` is written into the same `<defs>`.
 */
export function svgDefs(types: readonly RelationType[], theme: Theme, prefix = 'drm', file?: { extra?: string }): string {
  const overflow = file ? ' overflow="visible"' : '';
  const markers = types.map((type) => {
    const stroke = strokeOf(EDGE_STYLES[type], theme);
    // userSpaceOnUse keeps every arrow the same size; refX sets the tip a little short of the anchor dot.
    return `<marker id="${prefix}-arrow-${type}" viewBox="0 0 10 10" refX="13" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto"${overflow}><path d="M0,0L10,5L0,10z" fill="${stroke}"/></marker>`;
  });
  return `<defs>${markers.join('')}${file?.extra ?? ''}</defs>`;
}

/** The basemap: water, countries (the story's actors marked with `data-actor`) and borders. */
export function basemapMarkup(scene: Pick<Scene, 'countries' | 'borders' | 'view'>, theme: Theme): string {
  const countries = scene.countries.map((c) => c.actor
    ? `<path class="country actor" data-actor="${x(c.id)}" fill="${theme.actor}" d="${c.d}"><title>${x(c.name)}</title></path>`
    : `<path class="country" data-country="${x(c.id)}" d="${c.d}"/>`);
  // The land's fill is the group's, shared by every country that is not an actor.
  return `<g class="countries" fill="${theme.land}" stroke="${theme.coast}" stroke-width="0.6" stroke-linejoin="round">${countries.join('')}</g>`
    + `<path class="borders" fill="none" stroke="${theme.border}" stroke-width="0.9" stroke-linejoin="round" d="${scene.borders}"/>`;
}

/**
 * An actor's marker, one shape a kind so it reads in greyscale: a dot for a country, a square for an
 * organisation, a diamond for any other actor. On screen, markers of actors with no country shape to
 * hover carry `data-actor`, so they open the actor's card.
 */
export function anchorMarkup(a: SceneAnchor, theme: Theme, interactive = false): string {
  const paint = `fill="${theme.anchor}" stroke="${theme.halo}" stroke-width="1.5"`;
  const [cx, cy] = a.at;
  if (a.kind === 'country') return `<circle class="anchor" data-anchor="${x(a.id)}" cx="${cx}" cy="${cy}" r="3.5" ${paint}/>`;
  const hover = interactive ? ` data-actor="${x(a.id)}"` : '';
  if (a.kind === 'organisation') {
    return `<rect class="anchor actor-marker" data-anchor="${x(a.id)}" data-kind="organisation"${hover} x="${r1(cx - 4.5)}" y="${r1(cy - 4.5)}" width="9" height="9" ${paint}/>`;
  }
  return `<path class="anchor actor-marker" data-anchor="${x(a.id)}" data-kind="other"${hover} d="M${cx},${r1(cy - 6)}L${r1(cx + 6)},${cy}L${cx},${r1(cy + 6)}L${r1(cx - 6)},${cy}Z" ${paint}/>`;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Above this many edges a map is drawn as a whole rather than edge by edge (canvas on screen, batches in a file). */
export const MANY_EDGES = 400;

/** A large story's edges written as merged hairlines (storyMarkup.ts): the edges group's attributes and its paths. */
export interface BatchedMarkup {
  attributes: string;
  paths: string[];
}

/**
 * The story: edges (with hit areas when interactive), anchor dots and country labels; the edges
 * merged only when `batched` is given, written by storyMarkup.ts. The map's SVG draws with this alone; a file, whose large
 * stories are merged by default, through storyMarkup.ts.
 */
export function storyElements(scene: Pick<Scene, 'edges' | 'anchors' | 'labels' | 'callouts'>, options: Omit<MarkupOptions, 'batches'>, batched?: BatchedMarkup): string {
  const { theme, interactive = false, idPrefix = 'drm', selected, movableCallouts = false } = options;
  const { attributes = '', paths = undefined } = batched ?? {};
  // As on screen: the selected edge at full strength, the others faint. Certainty is a look, not an opacity.
  const opacityOf = (e: Scene['edges'][number]) => (!selected || e.id === selected ? 1 : 0.2);
  // Arrowheads arriving at one anchor from one direction are staggered along their lanes, not stacked.
  const trims = paths ? new Map<string, number>() : arrowTrims(scene.edges.map((e) => ({ id: e.id, c: e.route ? arrivalFrom(e.route.points) : e.c, b: e.b, directed: e.relation.directed })));
  const edges = paths ?? scene.edges.map((e) => {
    const r = e.relation;
    const trim = trims.get(e.id);
    const d = !trim ? e.d : e.route ? routePath(trimmedRoute(e.route.points, trim), e.route.jump) : trimmedPath(e.a, e.c, e.b, trim);
    const s = e.style;
    const look = CERTAINTY_STYLES[r.certainty].look;
    const marker = r.directed ? ` marker-end="url(#${idPrefix}-arrow-${r.type})"` : '';
    const focus = interactive ? ` tabindex="0" role="button" aria-label="${x(e.label)}"` : '';
    const hit = interactive ? `<path class="hit" d="${e.d}" fill="none" stroke="transparent" stroke-width="14"/>` : '';
    // A draft under review wears a dotted outline in the text colour: told apart from accepted edges in greyscale too.
    const draft = r.review === 'draft';
    const casing = draft
      ? `<path class="casing draft-casing" d="${d}" fill="none" stroke="${theme.text}" stroke-opacity="0.6" stroke-width="${s.width + 5}" stroke-dasharray="1.5 3.5" stroke-linecap="butt"/>`
      : `<path class="casing" d="${d}" fill="none" stroke="${theme.halo}" stroke-opacity="0.7" stroke-width="${s.width + 2.5}" stroke-linecap="round"/>`;
    return `<g class="edge${draft ? ' draft' : ''}" data-look="${look}" id="${idPrefix}-edge-${x(e.id)}" data-relation-id="${x(e.id)}" data-type="${r.type}" data-from="${x(r.from)}" data-to="${x(r.to)}" data-certainty="${r.certainty}"${draft ? ' data-review="draft"' : ''} opacity="${opacityOf(e)}"${focus}>`
      + hit
      + (look === 'cased' ? certaintyCasing(d, s, theme) : '')
      + casing
      + edgeLine(d, s, look, theme, marker)
      + `</g>`;
  });
  // On screen a dense corridor rests as a count badge and opens on hover or focus; a file draws its every edge (corridorBadges.ts).
  const grouped = interactive && !paths && options.corridors ? options.corridors.corridorGroups(scene.edges, scene.anchors, edges, theme) : edges;
  const anchors = scene.anchors.map((a) => anchorMarkup(a, theme, interactive));
  const labels = scene.labels.map((l) => `<text class="label" data-label="${x(l.id)}" x="${l.x}" y="${l.y}" text-anchor="${l.anchor}">${x(l.text)}</text>`);
  const leaders = scene.labels.flatMap((l) => (l.leader ? [`M${l.leader[0]},${l.leader[1]}L${l.leader[2]},${l.leader[3]}`] : []));
  return `<g class="edges"${attributes}>${grouped.join('')}</g>`
    + (leaders.length ? `<path class="leaders" d="${leaders.join('')}" fill="none" stroke="${theme.text}" stroke-width="0.9"/>` : '')
    + `<g class="anchors">${anchors.join('')}</g>`
    + `<g class="labels" font-size="13" font-weight="600" fill="${theme.text}" stroke="${theme.halo}" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">${labels.join('')}</g>`
    + calloutsOf(scene.callouts, options.callouts)(scene.callouts ?? [], theme, interactive && movableCallouts);
}

/** What draws a scene's callouts: their code, or nothing for a scene with none. */
function calloutsOf(callouts: Scene['callouts'], code: CalloutCode | undefined): CalloutCode['calloutMarkup'] {
  if (!callouts?.length) return () => '';
  if (!code) throw new Error('a scene with callouts is drawn without the callouts\' code (placeCallouts.ts)');
  return code.calloutMarkup;
}

/** The dashed casing, in the edge's own colour, of a relation that is not confirmed: drawn under the halo casing. */
export function certaintyCasing(d: string, s: EdgeStyle, theme: Theme): string {
  return `<path class="certainty-casing" d="${d}" fill="none" stroke="${strokeOf(s, theme)}" stroke-width="${r1(s.width + 6)}" stroke-dasharray="1.5 2" stroke-linecap="butt"/>`;
}

/** An edge's line in its certainty's look: plain, or hollow (a wider line with a stripe of the halo colour down its middle). */
export function edgeLine(d: string, s: EdgeStyle, look: CertaintyLook, theme: Theme, marker = ''): string {
  const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
  if (look !== 'hollow') return `<path class="line" d="${d}" fill="none" stroke="${strokeOf(s, theme)}" stroke-width="${s.width}" stroke-linecap="${s.linecap}"${dash}${marker}/>`;
  return `<path class="line" d="${d}" fill="none" stroke="${strokeOf(s, theme)}" stroke-width="${r1(s.width + 1.5)}" stroke-linecap="${s.linecap}"${dash}${marker}/>`
    + `<path class="hollow" d="${d}" fill="none" stroke="${theme.halo}" stroke-width="${r1(Math.max(1, s.width * 0.45))}" stroke-linecap="${s.linecap}"${dash}/>`;
}

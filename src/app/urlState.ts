import { relationTypeNames, type RelationType } from '../data/relationTypes.ts';
import { precisionOf } from '../data/isoDate.ts';

/** What a link to the map remembers: the view, the filters and the selected relation. */
export interface UrlState {
  view?: { zoom: number; lat: number; lon: number };
  types?: RelationType[];
  from?: string;
  to?: string;
  /** The timeline's mode: `asof` shows everything begun by `to` and not ended (`#t=2024-06` for short). */
  mode?: 'window' | 'asof';
  relation?: string;
}

const isType = (t: string): t is RelationType => (relationTypeNames as string[]).includes(t);
// A real date of some precision: "2024-13" is no month, and a link that says so shows every relation.
const isPartialDate = (d: string) => precisionOf(d) !== undefined;

/**
 * Reads the state from a URL hash such as `#map=2.5/40.1/60.2&types=alliance,visit&from=2024-06`.
 * Unknown or malformed parts are ignored rather than breaking the page.
 */
/**
 * A map centre may lie past 180°: a Pacific story is drawn in the world's copy east of the line
 * (storyScene's cut), and the map shows it there, as far as its bounds (±400°) let it pan.
 */
const MAX_LONGITUDE = 540;

export function parseUrlState(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: UrlState = {};
  const map = params.get('map')?.split('/').map(Number);
  if (map && map.length === 3 && map.every(Number.isFinite) && Math.abs(map[1]) <= 90 && Math.abs(map[2]) <= MAX_LONGITUDE) {
    state.view = { zoom: map[0], lat: map[1], lon: map[2] };
  }
  const types = params.get('types');
  if (types !== null) state.types = types.split(',').filter(isType);
  const from = params.get('from');
  if (from && isPartialDate(from)) state.from = from;
  const to = params.get('to');
  if (to && isPartialDate(to)) state.to = to;
  if (params.get('mode') === 'asof') state.mode = 'asof';
  // A moment: as of that date.
  const t = params.get('t');
  if (t && isPartialDate(t)) Object.assign(state, { mode: 'asof', to: t });
  const relation = params.get('relation');
  if (relation) state.relation = relation;
  return state;
}

/** Writes the state as a URL hash; the inverse of `parseUrlState`. All types selected is left out. */
export function formatUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    parts.push(`map=${+zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  }
  if (state.types && state.types.length < relationTypeNames.length) parts.push(`types=${state.types.join(',')}`);
  if (state.mode === 'asof' && state.to && !state.from) parts.push(`t=${state.to}`);
  else {
    if (state.from) parts.push(`from=${state.from}`);
    if (state.to) parts.push(`to=${state.to}`);
    if (state.mode === 'asof') parts.push('mode=asof');
  }
  if (state.relation) parts.push(`relation=${encodeURIComponent(state.relation)}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

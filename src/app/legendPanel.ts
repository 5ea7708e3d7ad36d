import { CERTAINTY_LOOKS, CERTAINTY_STYLES, EDGE_STYLES, type CertaintyLook } from '../core/edgeStyles.ts';
import { edgeColour } from './edgeColours.ts';
import type { SceneLegendEntry } from '../core/storyScene.ts';
import { el } from './el.ts';
import { FAMILIES, type ActorKind, type Certainty, type RelationType } from '../data/relationTypes.ts';

export interface LegendState {
  types: ReadonlySet<RelationType>;
}

export interface LegendPanel {
  element: HTMLElement;
  /** Shows the counts of the edges now drawn, and the filter values. */
  update(entries: readonly SceneLegendEntry[], state: LegendState): void;
  /** Clears every filter, as the "Show all" button does. */
  showAll(): void;
  /**
   * Sets each type's total (a review's decision took relations out of the story or put them back):
   * the counts say "n of total" against it, and a type with none left is hidden, as a story without it shows none.
   */
  recount(totals: ReadonlyMap<RelationType, number>): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const KIND_NAMES: Record<ActorKind, string> = { country: 'Country', organisation: 'Organisation', other: 'Other actor' };

/** A small line drawn in a type's style, in the map's theme (see edgeColours.ts), for the legend. */
function swatch(type: RelationType): SVGSVGElement {
  const s = EDGE_STYLES[type];
  return swatchOf([{ stroke: edgeColour(type), width: s.width, linecap: s.linecap, dash: s.dash }]);
}

interface Stroke {
  stroke: string;
  width: number;
  linecap?: string;
  dash?: string;
}

/** A 36 × 12 swatch of strokes drawn one over another; colours set as styles, so custom properties apply. */
function swatchOf(strokes: readonly Stroke[]): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '36');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  for (const { stroke, width, linecap = 'butt', dash } of strokes) {
    const line = document.createElementNS(SVG_NS, 'path');
    line.setAttribute('d', 'M2,6L34,6');
    line.style.stroke = stroke;
    line.setAttribute('fill', 'none');
    line.setAttribute('stroke-width', String(width));
    line.setAttribute('stroke-linecap', linecap);
    if (dash) line.setAttribute('stroke-dasharray', dash);
    svg.append(line);
  }
  return svg;
}

/** A certainty's look, as the map draws it (core/svgMarkup.ts: edgeLine, certaintyCasing), in the text colour. */
function lookSwatch(look: CertaintyLook): SVGSVGElement {
  const ink = 'currentColor';
  if (look === 'hollow') return swatchOf([{ stroke: ink, width: 4.1 }, { stroke: 'var(--map-halo, #fff)', width: 1.2 }]);
  if (look === 'cased') return swatchOf([{ stroke: ink, width: 8.6, dash: '1.5 2' }, { stroke: 'var(--map-halo, #fff)', width: 5.1 }, { stroke: ink, width: 2.6 }]);
  return swatchOf([{ stroke: ink, width: 2.6 }]);
}

/**
 * The legend, built from the same style table as the edges, doubling as the filter panel: a checkbox
 * per type with its count (dates are the timeline's, under the map).
 */
export function legendPanel(
  entries: readonly SceneLegendEntry[],
  certainties: readonly string[],
  onChange: (state: LegendState) => void,
  kinds: readonly ActorKind[] = [],
): LegendPanel {
  const boxes = new Map<RelationType, HTMLInputElement>();
  const counts = new Map<RelationType, HTMLElement>();
  const items = new Map<RelationType, HTMLElement>();
  const totals = new Map(entries.map((e) => [e.type, e.count]));
  const emit = () => onChange({
    types: new Set([...boxes].filter(([, box]) => box.checked).map(([type]) => type)),
  });

  const itemOf = (entry: SceneLegendEntry) => {
    const box = el('input', { type: 'checkbox', checked: true, name: 'type', value: entry.type });
    box.addEventListener('change', emit);
    boxes.set(entry.type, box);
    const count = el('span', { class: 'count' });
    counts.set(entry.type, count);
    const item = el('li', {}, el('label', { 'data-legend-type': entry.type }, box, swatch(entry.type), el('span', { class: 'name' }, entry.label), el('span', { class: 'pattern' }, EDGE_STYLES[entry.type].pattern), count));
    items.set(entry.type, item);
    return item;
  };
  // Types by family (cooperation, conflict, contact) once more than one family is present.
  const families = (Object.keys(FAMILIES) as (keyof typeof FAMILIES)[]).filter((f) => entries.some((e) => e.family === f));
  const typeList = families.length > 1
    ? el('div', { class: 'families' }, ...families.map((f) => el('div', { class: 'family', 'data-family': f },
      el('h3', { class: 'family-name' }, FAMILIES[f].label),
      el('ul', { class: 'types' }, ...entries.filter((e) => e.family === f).map(itemOf)))))
    : el('ul', { class: 'types' }, ...entries.map(itemOf));
  const kindKey = kinds.some((k) => k !== 'country')
    ? el('ul', { class: 'kinds', 'aria-label': 'Markers' }, ...kinds.map((k) => el('li', { 'data-kind': k }, el('span', { class: `kind-marker ${k}`, 'aria-hidden': 'true' }), KIND_NAMES[k])))
    : null;
  const reset = el('button', { type: 'button', class: 'reset' }, 'Show all');
  const showAll = () => {
    boxes.forEach((box) => (box.checked = true));
    emit();
  };
  reset.addEventListener('click', showAll);

  // One row a look (stated, in the past, not confirmed), naming the certainties of the story it stands for.
  const looks = (Object.keys(CERTAINTY_LOOKS) as CertaintyLook[]).map((look) => ({ look, of: certainties.filter((c) => CERTAINTY_STYLES[c as Certainty]?.look === look) })).filter((l) => l.of.length);
  const certaintyItems = looks.map(({ look, of }) =>
    el('li', { 'data-look': look }, lookSwatch(look), el('span', { class: 'name' }, CERTAINTY_LOOKS[look].label), look === 'solid' ? null : el('span', { class: 'pattern' }, of.join(', '))));

  const element = el('section', { class: 'legend', 'aria-label': 'Legend and filters' },
    el('h2', {}, 'Relations'),
    typeList,
    kindKey,
    el('h3', {}, 'Certainty'),
    el('ul', { class: 'certainty' }, ...certaintyItems),
    reset,
  );

  return {
    element,
    showAll,
    update(current, state) {
      for (const entry of current) {
        const total = totals.get(entry.type) ?? entry.count;
        counts.get(entry.type)!.textContent = entry.count === total ? String(total) : `${entry.count} of ${total}`;
      }
      boxes.forEach((box, type) => (box.checked = state.types.has(type)));
    },
    recount(next) {
      for (const [type, item] of items) {
        totals.set(type, next.get(type) ?? 0);
        item.hidden = !totals.get(type);
      }
    },
  };
}

import { CERTAINTY_STYLES, EDGE_STYLES } from '../core/edgeStyles.ts';
import type { SceneLegendEntry } from '../core/storyScene.ts';
import { el } from './el.ts';
import { FAMILIES, type ActorKind, type RelationType } from '../data/relationTypes.ts';

export interface LegendState {
  types: ReadonlySet<RelationType>;
}

export interface LegendPanel {
  element: HTMLElement;
  /** Shows the counts of the edges now drawn, and the filter values. */
  update(entries: readonly SceneLegendEntry[], state: LegendState): void;
  /** Clears every filter, as the "Show all" button does. */
  showAll(): void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const KIND_NAMES: Record<ActorKind, string> = { country: 'Country', organisation: 'Organisation', other: 'Other actor' };

/** A small line drawn in a type's style, for the legend. */
function swatch(type: RelationType, opacity = 1, stroke = EDGE_STYLES[type].stroke): SVGSVGElement {
  const s = EDGE_STYLES[type];
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '36');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG_NS, 'path');
  line.setAttribute('d', 'M2,6L34,6');
  line.setAttribute('stroke', stroke);
  line.setAttribute('stroke-width', String(s.width));
  line.setAttribute('stroke-linecap', s.linecap);
  line.setAttribute('opacity', String(opacity));
  if (s.dash) line.setAttribute('stroke-dasharray', s.dash);
  svg.append(line);
  return svg;
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
  const emit = () => onChange({
    types: new Set([...boxes].filter(([, box]) => box.checked).map(([type]) => type)),
  });

  const itemOf = (entry: SceneLegendEntry) => {
    const box = el('input', { type: 'checkbox', checked: true, name: 'type', value: entry.type });
    box.addEventListener('change', emit);
    boxes.set(entry.type, box);
    const count = el('span', { class: 'count' });
    counts.set(entry.type, count);
    return el('li', {}, el('label', { 'data-legend-type': entry.type }, box, swatch(entry.type), el('span', { class: 'name' }, entry.label), el('span', { class: 'pattern' }, EDGE_STYLES[entry.type].pattern), count));
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

  const certaintyItems = certainties.map((c) =>
    el('li', {}, swatch('alliance', CERTAINTY_STYLES[c as keyof typeof CERTAINTY_STYLES].opacity, 'currentColor'), el('span', { class: 'name' }, c)));

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
        const total = entries.find((e) => e.type === entry.type)?.count ?? entry.count;
        counts.get(entry.type)!.textContent = entry.count === total ? String(total) : `${entry.count} of ${total}`;
      }
      boxes.forEach((box, type) => (box.checked = state.types.has(type)));
    },
  };
}

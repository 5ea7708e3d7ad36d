import { EDGE_STYLES, strokeOf } from '../core/edgeStyles.ts';
import type { Theme } from '../core/themes.ts';
import { relationTypeNames, type RelationType } from '../data/relationTypes.ts';

/** A type's colour for the page's swatches (legend, list, tooltip): the map's theme, through a custom property. */
export function edgeColour(type: RelationType): string {
  return `var(--edge-${type}, ${EDGE_STYLES[type].stroke})`;
}

/**
 * Sets every type's colour, and the map's halo, as custom properties on an element (the document, as
 * the tooltip lives in its body), from the theme the map is drawn in: a swatch is never a light colour
 * beside a dark map.
 */
export function applyEdgeColours(target: HTMLElement, theme: Theme): void {
  for (const type of relationTypeNames) target.style.setProperty(`--edge-${type}`, strokeOf(EDGE_STYLES[type], theme));
  target.style.setProperty('--map-halo', theme.halo);
  target.dataset.mapTheme = theme.name;
}

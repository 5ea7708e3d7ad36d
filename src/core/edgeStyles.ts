import type { Certainty, RelationType } from '../data/relationTypes.ts';

/** How one relation type is drawn: colour and line pattern both differ, so it reads in greyscale. */
export interface EdgeStyle {
  stroke: string;
  /** Stroke width in screen pixels. */
  width: number;
  /** An SVG dash array in screen pixels, or '' for a solid line. */
  dash: string;
  linecap: 'butt' | 'round';
  /** What the legend calls the pattern, for readers who cannot tell the colours apart. */
  pattern: string;
  /** A lighter colour for the dark theme, where the usual one would sink into the basemap. */
  darkStroke?: string;
}

/** The colour a type is drawn in under a theme. */
export function strokeOf(style: EdgeStyle, theme: { name: string }): string {
  return (theme.name === 'dark' && style.darkStroke) || style.stroke;
}

// Okabe–Ito colours, then Paul Tol's muted ones for the newer types: told apart by the common kinds of
// colour blindness; each type also has its own dash, so none depends on its colour alone.
export const EDGE_STYLES: Record<RelationType, EdgeStyle> = {
  alliance: { stroke: '#0072B2', darkStroke: '#3A9BDC', width: 3.2, dash: '', linecap: 'butt', pattern: 'solid' },
  war: { stroke: '#8F1D21', darkStroke: '#E0575C', width: 4.5, dash: '', linecap: 'butt', pattern: 'thick solid' },
  tension: { stroke: '#D55E00', width: 2.6, dash: '9 5', linecap: 'butt', pattern: 'dashed' },
  visit: { stroke: '#009E73', width: 3, dash: '0.1 6', linecap: 'round', pattern: 'dotted' },
  arms_support: { stroke: '#E69F00', width: 2.8, dash: '12 4 2 4', linecap: 'butt', pattern: 'dash-dot' },
  trade: { stroke: '#56B4E9', width: 2.6, dash: '18 5', linecap: 'butt', pattern: 'long dash' },
  diplomatic_pressure: { stroke: '#CC79A7', width: 2.6, dash: '4 3', linecap: 'butt', pattern: 'short dash' },
  cooperation: { stroke: '#44AA99', width: 1.8, dash: '', linecap: 'butt', pattern: 'thin solid' },
  aid: { stroke: '#999933', darkStroke: '#C4C45A', width: 2.6, dash: '14 4 5 4', linecap: 'butt', pattern: 'long-short dash' },
  mediation: { stroke: '#332288', darkStroke: '#8F80E6', width: 2.6, dash: '10 3 2 3 2 3', linecap: 'butt', pattern: 'dash-dot-dot' },
  sanction: { stroke: '#882255', darkStroke: '#D36A9A', width: 3, dash: '2 3 2 8', linecap: 'butt', pattern: 'double dot' },
};

/**
 * How sure a relation is, as a look that reads apart in greyscale without opacity (opacity means
 * "dimmed" while hovering): a plain line for what the text states, a hollow line for the past, and a
 * line in a dashed casing of its own colour for what is not (or not yet) confirmed.
 */
export type CertaintyLook = 'solid' | 'hollow' | 'cased';

export const CERTAINTY_LOOKS: Record<CertaintyLook, { label: string; note: string }> = {
  solid: { label: 'Stated', note: 'solid line' },
  hollow: { label: 'In the past', note: 'hollow line' },
  cased: { label: 'Not confirmed', note: 'dashed casing: planned, alleged, threatened or feared' },
};

/** How sure a relation is: its look, and the opacity of the hairlines a very large story is drawn with. */
export interface CertaintyStyle {
  look: CertaintyLook;
  opacity: number;
  label: string;
}

export const CERTAINTY_STYLES: Record<Certainty, CertaintyStyle> = {
  stated: { look: 'solid', opacity: 1, label: 'stated' },
  historical: { look: 'hollow', opacity: 0.75, label: 'historical' },
  planned: { look: 'cased', opacity: 0.6, label: 'planned' },
  alleged: { look: 'cased', opacity: 0.6, label: 'alleged' },
  threatened: { look: 'cased', opacity: 0.45, label: 'threatened' },
  feared: { look: 'cased', opacity: 0.45, label: 'feared' },
};

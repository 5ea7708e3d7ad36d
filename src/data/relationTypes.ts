/**
 * The relation types a story may use, with their CAMEO root codes and PLOVER event categories so the
 * data can meet event-data tools. Keys are the values of `relation.type` in the data.
 */
export const RELATION_TYPES = {
  alliance: { label: 'Alliance', cameo: '057', cameoName: 'Sign formal agreement', plover: 'AGREE' },
  tension: { label: 'Tension', cameo: '111', cameoName: 'Criticize or denounce', plover: 'ACCUSE' },
  visit: { label: 'Visit', cameo: '042', cameoName: 'Make a visit', plover: 'CONSULT' },
  arms_support: { label: 'Arms support', cameo: '072', cameoName: 'Provide military aid', plover: 'AID' },
  trade: { label: 'Trade', cameo: '061', cameoName: 'Cooperate economically', plover: 'COOPERATE' },
  war: { label: 'War', cameo: '190', cameoName: 'Use conventional military force', plover: 'ASSAULT' },
  diplomatic_pressure: { label: 'Diplomatic pressure', cameo: '10', cameoName: 'Demand', plover: 'REQUEST' },
} as const;

export type RelationType = keyof typeof RELATION_TYPES;
export const relationTypeNames = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

/** How sure the article is that a relation holds, from firm to faint. */
export const CERTAINTIES = ['stated', 'historical', 'alleged', 'threatened', 'feared'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** How much of an ISO 8601 date is known: `2024`, `2024-06` or `2024-06-19`. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The three families the legend groups types into, as event data splits cooperation from conflict. */
export const FAMILIES = {
  cooperation: { label: 'Cooperation' },
  conflict: { label: 'Conflict' },
  contact: { label: 'Contact' },
} as const;
export type Family = keyof typeof FAMILIES;

/** PLOVER's sixteen event types (POLECAT), from cooperation to conflict. */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

interface RelationTypeInfo {
  label: string;
  family: Family;
  /** The CAMEO code a relation of this type gets when it names none. */
  cameo: string;
  /** CAMEO codes this type covers, as prefixes: "13" covers every threat, 130 to 1385. */
  cameoCovers: readonly string[];
  /** The PLOVER event type a relation of this type gets when it names none. */
  plover: PloverType;
  /** PLOVER event types this type covers. */
  ploverCovers: readonly PloverType[];
  /** Whether a relation of this type usually has a direction (the data says, per relation). */
  directed: boolean;
}

/**
 * The relation types a story may use, grouped in families, each with the CAMEO codes (by prefix) and
 * PLOVER event types it covers, so the data meets event-data tools (GDELT, ICEWS, POLECAT). Keys are
 * the values of `relation.type`; the order is the legend's. One table: the loader checks codes
 * against it, the styles and the legend follow it, data/README.md prints it.
 */
export const RELATION_TYPES = {
  alliance: {
    label: 'Alliance', family: 'cooperation', cameo: '057', cameoCovers: ['057', '062', '0312'],
    plover: 'AGREE', ploverCovers: ['AGREE', 'COOPERATE'], directed: false,
  },
  cooperation: {
    label: 'Cooperation', family: 'cooperation', cameo: '050', cameoCovers: ['03', '046', '05', '06', '08'],
    plover: 'COOPERATE', ploverCovers: ['AGREE', 'COOPERATE', 'SUPPORT', 'CONCEDE', 'RETREAT', 'CONSULT'], directed: false,
  },
  trade: {
    label: 'Trade', family: 'cooperation', cameo: '061', cameoCovers: ['0311', '061'],
    plover: 'COOPERATE', ploverCovers: ['COOPERATE', 'AGREE'], directed: false,
  },
  arms_support: {
    label: 'Arms support', family: 'cooperation', cameo: '072', cameoCovers: ['0332', '0334', '072', '074'],
    plover: 'AID', ploverCovers: ['AID', 'SUPPORT'], directed: true,
  },
  aid: {
    label: 'Aid', family: 'cooperation', cameo: '070', cameoCovers: ['033', '07'],
    plover: 'AID', ploverCovers: ['AID', 'SUPPORT'], directed: true,
  },
  mediation: {
    label: 'Mediation', family: 'cooperation', cameo: '045', cameoCovers: ['039', '045'],
    plover: 'CONSULT', ploverCovers: ['CONSULT', 'SUPPORT'], directed: true,
  },
  visit: {
    label: 'Visit', family: 'contact', cameo: '042', cameoCovers: ['036', '04'],
    plover: 'CONSULT', ploverCovers: ['CONSULT'], directed: true,
  },
  tension: {
    label: 'Tension', family: 'conflict', cameo: '111', cameoCovers: ['11', '12', '13', '14', '16', '171', '173'],
    plover: 'ACCUSE', ploverCovers: ['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'COERCE'], directed: true,
  },
  diplomatic_pressure: {
    label: 'Diplomatic pressure', family: 'conflict', cameo: '100', cameoCovers: ['02', '10', '139'],
    plover: 'REQUEST', ploverCovers: ['REQUEST', 'THREATEN', 'COERCE'], directed: true,
  },
  sanction: {
    label: 'Sanction', family: 'conflict', cameo: '163', cameoCovers: ['1312', '162', '163', '172'],
    plover: 'SANCTION', ploverCovers: ['SANCTION', 'COERCE'], directed: true,
  },
  war: {
    label: 'War', family: 'conflict', cameo: '190', cameoCovers: ['138', '15', '17', '18', '19', '20'],
    plover: 'ASSAULT', ploverCovers: ['ASSAULT', 'MOBILIZE', 'COERCE', 'THREATEN'], directed: true,
  },
} as const satisfies Record<string, RelationTypeInfo>;

export type RelationType = keyof typeof RELATION_TYPES;
export const relationTypeNames = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

/** The types whose CAMEO prefixes cover a code, in the table's order. */
export function typesForCameo(code: string): RelationType[] {
  return relationTypeNames.filter((type) => RELATION_TYPES[type].cameoCovers.some((prefix) => code.startsWith(prefix)));
}

/** The types that cover a PLOVER event type, in the table's order. */
export function typesForPlover(plover: PloverType): RelationType[] {
  return relationTypeNames.filter((type) => (RELATION_TYPES[type].ploverCovers as readonly string[]).includes(plover));
}

/** How sure the article is that a relation holds, from firm to faint. */
export const CERTAINTIES = ['stated', 'historical', 'planned', 'alleged', 'threatened', 'feared'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

/** How much of an ISO 8601 date is known: `2024`, `2024-06` or `2024-06-19`. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** What an actor is: each kind has its own marker on the map. */
export const ACTOR_KINDS = ['country', 'organisation', 'other'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The review states of a relation: drafts come from the drafter, absent means accepted. */
export const REVIEW_STATES = ['draft', 'accepted', 'rejected'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export { bundledCountries, bundledOrganisations, loadStory } from './loadStory.ts';
export { ARTICLE_SOURCE, countryTable, organisationTable, validateStory, type CountryRow, type CountryTable, type LoadOptions, type LoadResult, type OrganisationRow, type OrganisationTable } from './validateStory.ts';
export { ACTOR_KINDS, CERTAINTIES, DATE_PRECISIONS, FAMILIES, PLOVER_TYPES, RELATION_TYPES, REVIEW_STATES, relationTypeNames, typesForCameo, typesForPlover, type ActorKind, type Certainty, type DatePrecision, type Family, type PloverType, type RelationType, type ReviewState } from './relationTypes.ts';
export type { Actor, Evidence, Person, Relation, Source, Story, StoryData } from './schema.ts';
export { formatError, type StoryError } from './storyError.ts';
export { CSV_COLUMNS, readCsvStory, type CsvOptions } from './readCsvStory.ts';
export { findQuote, quoteMismatch } from './findQuote.ts';
export { isIsoDate, precisionOf } from './isoDate.ts';
export { storyToJson } from './storyToJson.ts';

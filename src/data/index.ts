export { bundledCountries, loadStory } from './loadStory.ts';
export { countryTable, validateStory, type CountryRow, type CountryTable, type LoadOptions, type LoadResult } from './validateStory.ts';
export { CERTAINTIES, DATE_PRECISIONS, RELATION_TYPES, relationTypeNames, type Certainty, type DatePrecision, type RelationType } from './relationTypes.ts';
export type { Actor, Evidence, Person, Relation, Story } from './schema.ts';
export { formatError, type StoryError } from './storyError.ts';
export { CSV_COLUMNS, readCsvStory, type CsvOptions } from './readCsvStory.ts';
export { findQuote, quoteMismatch } from './findQuote.ts';
export { isIsoDate, precisionOf } from './isoDate.ts';
export { storyToJson } from './storyToJson.ts';

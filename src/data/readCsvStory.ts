import { readSpreadsheet } from './spreadsheet.ts';
import { dateSpan } from '../core/formatDate.ts';
import { findQuote, quoteMismatch } from './findQuote.ts';
import { precisionOf } from './isoDate.ts';
import { titleLine } from './titleLine.ts';
import { validateStory, type CountryTable, type LoadOptions, type LoadResult } from './validateStory.ts';
import { ACTOR_KINDS, CERTAINTIES, relationTypeNames, type ActorKind } from './relationTypes.ts';
import type { StoryData } from './schema.ts';
import type { StoryError } from './storyError.ts';

/** The columns of a relations CSV, required ones first. */
export const CSV_COLUMNS = {
  required: ['type', 'from', 'to', 'date', 'summary', 'quote'],
  optional: [
    'id', 'directed', 'date_precision', 'date_note', 'end', 'end_precision', 'end_note', 'ongoing', 'certainty', 'speaker', 'speaker_role', 'speaker_country',
    'source', 'cameo', 'plover', 'from_kind', 'to_kind', 'from_name', 'to_name', 'from_lat', 'to_lat', 'from_lon', 'to_lon',
  ],
} as const;

export interface CsvOptions extends LoadOptions {
  /** The title of the story; by default the article's first line. */
  title?: string;
}

const yes = new Set(['yes', 'y', 'true', '1']);
const no = new Set(['no', 'n', 'false', '0']);

/**
 * Reads a story from a spreadsheet: one row a quote, rows with the same `id` forming one relation
 * (or one row a relation where ids are left out). Each quote is found in the article text to get its
 * offsets; actors come from the country table. Returns the story or every error, by row and column.
 *
 * @example readCsvStory('type,from,to,date,summary,quote\nvisit,RUS,VNM,2024-06-20,Putin in Hanoi,"Putin was greeted"', article, countries)
 */
export function readCsvStory(csvText: string, articleText: string, countries: CountryTable, options: CsvOptions = {}): LoadResult {
  const file = options.files?.relations ?? 'relations.csv';
  const articleFile = options.files?.article ?? 'article.txt';
  const errors: StoryError[] = [];
  const at = (row: number, column: string) => `row ${row}, column "${column}"`;
  const error = (path: string, message: string, expected?: string) => errors.push({ file, path, message, expected });

  const sheet = readSpreadsheet(csvText);
  if ('notUtf8' in sheet) {
    return { ok: false, errors: [{ file, path: `row ${sheet.notUtf8.row}`, message: 'the file is not UTF-8 text: a character could not be read (shown as “�”); it was probably saved as Windows-1252 or Latin-1', expected: 'the spreadsheet saved as UTF-8 (in Excel: Save As → “CSV UTF-8”; in LibreOffice: character set “Unicode (UTF-8)”)' }] };
  }
  const rows = Object.assign(sheet.rows.map((r) => r.cells), { columns: sheet.columns });
  const known = [...CSV_COLUMNS.required, ...CSV_COLUMNS.optional] as string[];
  for (const column of rows.columns) {
    if (!known.includes(column)) error(`column "${column}"`, `unknown column "${column}"`, `only the columns ${known.join(', ')}`);
  }
  for (const column of CSV_COLUMNS.required) {
    if (!rows.columns.includes(column)) error(`column "${column}"`, `missing column "${column}"`, `a header row with ${CSV_COLUMNS.required.join(', ')}`);
  }
  if (errors.length) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, errors: [{ file, path: 'row 2', message: 'no rows after the header', expected: 'one row a quote' }] };

  const relations = new Map<string, StoryData['relations'][number] & { row: number }>();
  const people = new Map<string, StoryData['people'][number]>();
  const rowOf: number[][] = [];
  const actors = new Map<string, StoryData['actors'][number]>();
  const organisations = options.organisations ?? new Map();
  // A `source` column names, on each row, the article file the quote is from.
  const articles = options.articles ?? new Map([[articleFile, articleText]]);
  const bySource = rows.columns.includes('source');
  const sourceFiles = new Map<string, string>();
  let latest = '';

  rows.forEach((cells, i) => {
    const row = sheet.rows[i].row; // as a spreadsheet numbers it: the header is row 1
    const cell = (name: string) => (cells[name] ?? '').trim();
    const type = cell('type');
    if (!(relationTypeNames as string[]).includes(type)) error(at(row, 'type'), `unknown type "${type}"`, `one of ${relationTypeNames.join(', ')}`);
    const from = cell('from').toUpperCase();
    const to = cell('to').toUpperCase();
    for (const [column, code] of [['from', from], ['to', to]] as const) {
      const actor = csvActor(code, column, cell, countries, organisations, (c, message, expected) => error(at(row, c), message, expected));
      if (actor && !actors.has(code)) actors.set(code, actor);
    }
    const date = cell('date');
    const precision = cell('date_precision') || precisionOf(date);
    // An empty date is a relation the text gives no date for.
    if (date || cell('date_precision')) {
      if (!precision || !precisionOf(date)) error(at(row, 'date'), `"${date}" is not a real date`, 'YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-06-19, or empty when the text gives no date');
      else if (precision !== precisionOf(date)) error(at(row, 'date_precision'), `"${precision}" does not match the date "${date}"`, `"${precisionOf(date)}", or leave it empty`);
      else if (dateSpan(date, precisionOf(date)!)[1] > latest) latest = dateSpan(date, precisionOf(date)!)[1];
    }
    const span = csvSpan(cell, (column, message, expected) => error(at(row, column), message, expected));
    if (span.end && span.endPrecision && precisionOf(span.end) && dateSpan(span.end, span.endPrecision)[1] > latest) latest = dateSpan(span.end, span.endPrecision)[1];
    const directedCell = cell('directed').toLowerCase();
    if (directedCell && !yes.has(directedCell) && !no.has(directedCell)) error(at(row, 'directed'), `"${cells.directed}" is not yes or no`, 'yes or no (empty means yes)');
    const certainty = cell('certainty') || 'stated';
    if (!(CERTAINTIES as readonly string[]).includes(certainty)) error(at(row, 'certainty'), `unknown certainty "${certainty}"`, `one of ${CERTAINTIES.join(', ')} (empty means stated)`);

    const sourceName = bySource ? cell('source') : articleFile;
    const sourceFile = articles.has(sourceName) ? sourceName : articles.has(`${sourceName}.txt`) ? `${sourceName}.txt` : undefined;
    if (bySource && !sourceFile) {
      error(at(row, 'source'), sourceName ? `no article "${sourceName}" was given` : 'empty source', `the file name of one of the articles given with the spreadsheet: ${[...articles.keys()].join(', ')}`);
    } else if (bySource) sourceFiles.set(sourceFile!, slug(sourceFile!.replace(/\.txt$/i, '')) || `source-${sourceFiles.size + 1}`);
    const text = sourceFile ? articles.get(sourceFile)! : articleText;
    const textFile = sourceFile ?? articleFile;
    const quote = cells.quote ?? '';
    const found = findQuote(text, quote);
    if (!quote.trim()) error(at(row, 'quote'), 'empty quote', `the exact words of ${textFile}`);
    else if (!found) error(at(row, 'quote'), `the quote is not found verbatim in ${textFile}: ${quoteMismatch(text, quote)}`, `the exact characters of ${textFile}, curly quotes and dashes included`);

    let speaker: string | undefined;
    const speakerName = cell('speaker');
    if (speakerName) {
      speaker = slug(speakerName) || `speaker-${row}`;
      const country = cell('speaker_country').toUpperCase();
      if (country && !countries.has(country) && !organisations.has(country) && !actors.has(country)) error(at(row, 'speaker_country'), `unknown country code "${country}"`, 'an ISO 3166-1 alpha-3 code, or empty for a person of no country');
      else if (country && !actors.has(country)) actors.set(country, countries.has(country) ? { id: country } : { id: country, kind: 'organisation' });
      if (!people.has(speaker)) people.set(speaker, { id: speaker, name: speakerName, role: cell('speaker_role') || null, actor: country || null });
    }

    const id = cell('id') ? slug(cell('id')) : `${slug(`${from}-${to}-${type}`)}-${row}`;
    const source = sourceFile && bySource ? { source: sourceFiles.get(sourceFile)! } : {};
    const evidence = found ? { quote, start: found.start, end: found.end, ...(speaker ? { speaker } : {}), ...source } : { quote, start: 0, end: 0 };
    const existing = relations.get(id);
    if (existing) {
      const differs = (['type', 'from', 'to', 'date', 'end', 'summary'] as const).filter((k) => String(existing[k] ?? '') !== ({ type, from, to, date, end: cell('end'), summary: cell('summary') } as Record<string, string>)[k]);
      if (differs.length) error(at(row, differs[0]), `row ${existing.row} has the same id "${id}" with another ${differs[0]}`, 'the same relation fields on every row of one id, or another id');
      existing.evidence.push(evidence);
      rowOf[[...relations.keys()].indexOf(id)].push(row);
    } else {
      relations.set(id, {
        row, id, type: type as StoryData['relations'][number]['type'], from, to,
        directed: !no.has(directedCell), ...(date ? { date, datePrecision: precisionOf(date) ?? 'day' } : {}),
        ...(cell('date_note') ? { dateNote: cell('date_note') } : {}),
        ...span,
        certainty: certainty as StoryData['relations'][number]['certainty'], summary: cell('summary'),
        ...(cell('cameo') ? { cameo: cell('cameo') } : {}),
        ...(cell('plover') ? { plover: cell('plover').toUpperCase() as StoryData['relations'][number]['plover'] } : {}),
        evidence: [evidence],
      });
      rowOf.push([row]);
    }
  });
  if (errors.length) return { ok: false, errors };

  const firstLine = titleLine;
  const sources = bySource
    ? [...sourceFiles].map(([file, id]) => ({ id, title: firstLine(articles.get(file)!) || file, article: file }))
    : undefined;
  const data: StoryData = {
    ...(sources ? { format: 2 as const, sources } : { article: articleFile }),
    title: options.title ?? (firstLine(sources ? articles.get(sources[0].article)! : articleText) || 'Untitled story'),
    published: latest,
    actors: [...actors.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    people: [...people.values()],
    relations: [...relations.values()].map(({ row: _row, ...relation }) => relation),
  };
  const result = validateStory(articleText, data, countries, { ...options, articles, files: { relations: file, article: articleFile } });
  if (result.ok) return result;
  // Point what the loader found back at the spreadsheet's rows.
  return { ok: false, errors: result.errors.map((e) => ({ ...e, path: rowPath(e.path, rowOf) })) };
}

/**
 * The actor a `from` or `to` cell names: a country or organisation found from its code, or with a
 * `from_kind` / `to_kind` of "other", an actor of the spreadsheet's own with its name and anchor.
 */
function csvActor(code: string, end: 'from' | 'to', cell: (name: string) => string, countries: CountryTable, organisations: ReadonlyMap<string, unknown>,
  error: (column: string, message: string, expected: string) => void): StoryData['actors'][number] | undefined {
  const given = cell(`${end}_kind`).toLowerCase();
  if (given && !(ACTOR_KINDS as readonly string[]).includes(given)) {
    error(`${end}_kind`, `unknown kind "${given}"`, 'country, organisation or other (empty: found from the code)');
    return undefined;
  }
  const kind = (given || (countries.has(code) ? 'country' : organisations.has(code) ? 'organisation' : '')) as ActorKind | '';
  if (kind === 'other') {
    if (!/^[A-Z0-9][A-Z0-9_-]{0,39}$/.test(code)) return void error(end, `"${code}" is not an actor code`, 'a code of your own in capitals, digits, hyphens or underscores, such as HAMAS');
    const name = cell(`${end}_name`);
    const [lat, lon] = [cell(`${end}_lat`), cell(`${end}_lon`)].map((v) => (v === '' ? NaN : Number(v)));
    if (!name) error(`${end}_name`, 'empty name', `the name of the actor ${code}, which is of kind other`);
    if (!(lat >= -85 && lat <= 85)) error(`${end}_lat`, `"${cell(`${end}_lat`)}" is not a latitude`, `the latitude of ${code}'s anchor, from -85 to 85`);
    if (!(lon >= -180 && lon <= 180)) error(`${end}_lon`, `"${cell(`${end}_lon`)}" is not a longitude`, `the longitude of ${code}'s anchor, from -180 to 180`);
    return name && lat >= -85 && lat <= 85 && lon >= -180 && lon <= 180 ? { id: code, kind: 'other', name, anchor: { name, lat, lon } } : undefined;
  }
  if (kind === 'organisation') {
    if (!organisations.has(code)) return void error(end, `unknown organisation "${code}"`, `one of ${[...organisations.keys()].join(', ')} (see data/organisations.json)`);
    return { id: code, kind: 'organisation' };
  }
  if (!/^[A-Z]{3}$/.test(code)) return void error(end, `"${code}" is not a country code`, 'an ISO 3166-1 alpha-3 code, such as RUS, an organisation code such as NATO, or an actor of your own with the column ' + `${end}_kind set to other`);
  if (!countries.has(code)) return void error(end, `unknown country code "${code}"`, 'an ISO 3166-1 alpha-3 code of a country in the geometry (see data/countries.json)');
  return { id: code };
}

/**
 * A relation's span from its `end`, `end_precision`, `end_note` and `ongoing` cells, as the JSON
 * story writes it; what a cell alone can get wrong is said at its column here, and what needs the
 * start (an end before it, an end with no date) by the loader, at the same row and column.
 */
function csvSpan(cell: (name: string) => string, error: (column: string, message: string, expected: string) => void): Pick<StoryData['relations'][number], 'end' | 'endPrecision' | 'endNote' | 'ongoing'> {
  const end = cell('end');
  const given = cell('end_precision');
  const ongoingCell = cell('ongoing').toLowerCase();
  if (ongoingCell && !yes.has(ongoingCell) && !no.has(ongoingCell)) error('ongoing', `"${cell('ongoing')}" is not yes or no`, 'yes for a relation begun and not ended, or empty');
  const ongoing = yes.has(ongoingCell);
  if (ongoing && end) error('ongoing', 'a relation with an end cannot also be ongoing', 'either an end or ongoing yes, not both');
  if (!end) {
    if (given) error('end_precision', `"${given}" is given with no end`, 'an end in the column end, or end_precision left empty');
    return { ...(ongoing ? { ongoing: true } : {}), ...(cell('end_note') ? { endNote: cell('end_note') } : {}) };
  }
  const written = precisionOf(end);
  if (!written) error('end', `"${end}" is not a real date`, 'YYYY, YYYY-MM or YYYY-MM-DD, such as 2021-01, or empty when the relation has not ended');
  else if (given && given !== written) error('end_precision', `"${given}" does not match the end "${end}"`, `"${written}", or leave it empty`);
  return { end, endPrecision: written ?? 'day', ...(cell('end_note') ? { endNote: cell('end_note') } : {}) };
}

/** The loader's field names, as the spreadsheet's columns name them. */
const CSV_COLUMN_OF: Record<string, string> = { datePrecision: 'date_precision', dateNote: 'date_note', endPrecision: 'end_precision', endNote: 'end_note' };

function rowPath(path: string, rowOf: number[][]): string {
  const m = /^relations\[(\d+)\](?:\.evidence\[(\d+)\])?\.?(.*)$/.exec(path);
  if (!m) return path;
  const rows = rowOf[Number(m[1])] ?? [];
  const row = m[2] !== undefined ? rows[Number(m[2])] : rows[0];
  return `row ${row}${m[3] ? `, column "${CSV_COLUMN_OF[m[3]] ?? m[3]}"` : ''}`;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

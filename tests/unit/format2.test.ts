import { describe, expect, test } from 'vitest';
import { storyScene } from '../../src/core/index.ts';
import {
  bundledCountries, bundledOrganisations, formatError, loadStory, readCsvStory, relationTypeNames, RELATION_TYPES, storyToJson,
  typesForCameo, typesForPlover, type Story,
} from '../../src/data/index.ts';
import { CAMEO_CODES } from '../../src/data/cameoCodes.ts';
import { read } from './fixtures.ts';
import { paths, random } from './fuzzTools.ts';

const dir = 'data/examples/red-sea-2024/';
const articles = new Map(['us-designation.txt', 'oman-messages.txt'].map((f) => [f, read(dir + f)]));
const exampleText = read(dir + 'relations.json');
const example = () => JSON.parse(exampleText);

function load(data: unknown, options = {}) {
  return loadStory(undefined, typeof data === 'string' ? data : JSON.stringify(data), { files: { relations: 'red-sea.json' }, articles, ...options });
}
function errorsOf(data: unknown): string[] {
  const result = load(data);
  if (result.ok) throw new Error('expected errors, the story loaded');
  return result.errors.map(formatError);
}
function loaded(data: unknown = example()): Story {
  const result = load(data);
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.story;
}

describe('the relation type table', () => {
  test('eleven types in three families, each with a default CAMEO code it covers and a PLOVER type it covers', () => {
    expect(relationTypeNames).toHaveLength(11);
    for (const type of relationTypeNames) {
      const info = RELATION_TYPES[type];
      expect(['cooperation', 'conflict', 'contact']).toContain(info.family);
      expect(CAMEO_CODES[info.cameo], `${type}: ${info.cameo}`).toBeDefined();
      expect(typesForCameo(info.cameo)).toContain(type);
      expect(typesForPlover(info.plover)).toContain(type);
      for (const prefix of info.cameoCovers) expect(Object.keys(CAMEO_CODES).some((c) => c.startsWith(prefix)), prefix).toBe(true);
    }
  });
  test('an accusation is CAMEO 112, under Disapprove: a tension; a visit is 042; sanctions are 163', () => {
    expect(typesForCameo('112')).toEqual(['tension']);
    expect(typesForCameo('042')).toEqual(['visit']);
    expect(typesForCameo('163')).toEqual(['tension', 'sanction']);
    expect(typesForCameo('045')).toEqual(['mediation', 'visit']);
  });
  test('every CAMEO code of the codebook fits at least one type, except statements, investigations and protests by the public', () => {
    const unfit = Object.keys(CAMEO_CODES).filter((c) => typesForCameo(c).length === 0);
    expect(unfit.every((c) => /^(01|09)/.test(c))).toBe(true);
  });
});

describe('format 2: organisations, other actors, sources', () => {
  test('the example loads: each kind of actor completed from its table or its own fields', () => {
    const story = loaded();
    const byId = new Map(story.actors.map((a) => [a.id, a]));
    expect(byId.get('USA')).toMatchObject({ kind: 'country', name: 'United States', anchor: { name: 'Washington, D.C.' } });
    expect(byId.get('EU')).toMatchObject({ kind: 'organisation', name: 'European Union', shortName: 'EU', anchor: { name: 'Brussels' } });
    expect(byId.get('EU')!.members).toContain('FRA');
    expect(byId.get('HOUTHIS')).toMatchObject({ kind: 'other', name: 'Houthis (Ansar Allah)', anchor: { name: 'Sanaa' } });
    expect(story.sources!.map((s) => s.articleText.length)).toEqual([...articles.values()].map((t) => t.length));
    for (const r of story.relations) {
      for (const e of r.evidence) expect(story.sources!.find((s) => s.id === e.source)!.articleText.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  test('an organisation without a seat is anchored at the middle of its members', () => {
    const data = example();
    data.actors.push({ id: 'G7' });
    const g7 = loaded(data).actors.find((a) => a.id === 'G7')!;
    expect(g7.kind).toBe('organisation');
    expect(g7.anchor.lat).toBeGreaterThan(30);
    expect(g7.anchor.lat).toBeLessThanOrEqual(85);
  });

  test('save, load, save gives the same bytes, and keeps the sources', () => {
    const once = storyToJson(loaded());
    const again = loadStory(undefined, once, { organisations: bundledOrganisations });
    expect(again.ok ? [] : again.errors.map(formatError)).toEqual([]);
    expect(storyToJson((again as { story: Story }).story)).toBe(once);
    expect(JSON.parse(once)).toMatchObject({ format: 2, sources: [{ id: 'us-designation', publisher: 'Example desk' }, { id: 'oman-messages' }] });
  });

  test('the example draws: organisation squares, an other-actor diamond, legend entries in families', () => {
    const scene = storyScene(loaded(), { zoom: 2, origin: [300, 200], width: 1280, height: 800 });
    expect(new Set(scene.anchors.map((a) => a.kind))).toEqual(new Set(['country', 'organisation', 'other']));
    expect(scene.legend.map((l) => `${l.family}:${l.type}`)).toEqual(['cooperation:mediation', 'conflict:tension', 'conflict:diplomatic_pressure', 'conflict:sanction', 'conflict:war']);
    expect(scene.edges.find((e) => e.id === 'usa-houthis-asset-freeze')!.label).toBe('United States to Houthis (Ansar Allah): sanction, date not stated');
  });
});

describe('format 2: bad input says what, where and what would be right', () => {
  test('an unknown organisation, and an other actor with no name or anchor', () => {
    const data = example();
    data.actors.push({ id: 'NATOX', kind: 'organisation' }, { id: 'WAGNER', kind: 'other' }, { id: 'ZZZZ' });
    const errors = errorsOf(data);
    expect(errors).toContain('red-sea.json: actors[7].id: unknown organisation "NATOX"; expected one of NATO, EU, UN, ASEAN, AU, G7, G20, BRICS, SCO, OPEC, LAS, GCC, OSCE, ECOWAS, IAEA, ICC, WHO, WTO, QUAD, CSTO, OAS, MERCOSUR, CARICOM, SADC, IGAD, EAC, SAARC, PIF, OIC, APEC, COE, EAEU, AES (see data/organisations.json), or kind "other" with a name and an anchor');
    expect(errors).toContain('red-sea.json: actors[8].name: missing field; expected a name for an actor of kind "other"');
    expect(errors).toContain('red-sea.json: actors[8].anchor: missing field; expected an anchor ({ "name", "lat", "lon" }) for an actor of kind "other", where its edges meet');
    expect(errors.find((e) => e.startsWith('red-sea.json: actors[9].id: unknown actor code "ZZZZ"'))).toBeDefined();
  });

  test('a CAMEO code that contradicts the type names the types that fit it', () => {
    const data = example();
    data.relations[5].cameo = '042';
    data.relations[6].cameo = '9999';
    data.relations[7].plover = 'ASSAULT';
    const errors = errorsOf(data);
    expect(errors).toContain('red-sea.json: relations[5].cameo: CAMEO 042 (Make a visit) does not fit the type "tension"; expected a code of the type "tension", or the type "visit" for this code');
    expect(errors).toContain('red-sea.json: relations[6].cameo: "9999" is not a CAMEO code; expected a code of the CAMEO codebook that fits diplomatic pressure, such as "100"');
    expect(errors).toContain('red-sea.json: relations[7].plover: PLOVER ASSAULT does not fit the type "mediation"; expected CONSULT, SUPPORT for mediation, or the type "war" for ASSAULT');
  });

  test('a date without its precision, and the other way round', () => {
    const data = example();
    delete data.relations[0].datePrecision;
    data.relations[1].datePrecision = 'year';
    const errors = errorsOf(data);
    expect(errors).toContain('red-sea.json: relations[0].datePrecision: missing field; expected the precision of the date: "year", "month" or "day"');
    expect(errors).toContain('red-sea.json: relations[1].date: missing field; expected a date written as YYYY, such as "2023", or neither date nor datePrecision when the text gives no date');
  });

  test('sources: a quote with no source, an unknown source, a source with no text, a duplicate id, a bad date', () => {
    const data = example();
    delete data.relations[0].evidence[0].source;
    data.relations[1].evidence[0].source = 'elsewhere';
    data.sources.push({ id: 'us-designation', title: 'Again' }, { id: 'third', title: 'Third', article: 'missing.txt', published: '2024-13-01' });
    const errors = errorsOf(data);
    expect(errors).toContain('red-sea.json: sources[2].id: duplicate source id "us-designation"; expected an id not used before');
    expect(errors).toContain('red-sea.json: sources[2].articleText: missing field; expected the source\'s text in "articleText", or its file name in "article"');
    expect(errors).toContain('red-sea.json: sources[3].article: no text for "missing.txt"; expected the file missing.txt given together with the story, or the source\'s text in "articleText"');
    const fixed = example();
    delete fixed.relations[0].evidence[0].source;
    fixed.relations[1].evidence[0].source = 'elsewhere';
    fixed.sources[1].published = '2024-13-01';
    const later = errorsOf(fixed);
    expect(later).toContain('red-sea.json: relations[0].evidence[0].source: missing field; expected the id of the source the quote is from, one of us-designation, oman-messages');
    expect(later).toContain('red-sea.json: relations[1].evidence[0].source: unknown source "elsewhere"; expected one of the story\'s sources: us-designation, oman-messages');
    expect(later).toContain('red-sea.json: sources[1].published: "2024-13-01" is not a real date; expected YYYY-MM-DD, such as "2024-06-19"');
  });

  test('a quote checked against its own source: the right words in the other article are an error', () => {
    const data = example();
    data.relations[0].evidence[0].source = 'oman-messages';
    expect(errorsOf(data)[0]).toMatch(/^red-sea\.json: relations\[0\]\.evidence\[0\]\.(quote|end): /);
  });

  test('a drafted quote: its trigger must lie inside the text', () => {
    const data = example();
    data.relations[0].evidence[0].draft = { rule: 'sanction.designate', confidence: 0.8, trigger: { start: 10, end: 999_999 } };
    data.relations[1].evidence[0].draft = { rule: 'sanction.freeze', confidence: 1.5, trigger: { start: 5, end: 9 } };
    const errors = errorsOf(data);
    expect(errors).toContain('red-sea.json: relations[0].evidence[0].draft.trigger: [10, 999999) is not a span of us-designation.txt (689 characters); expected offsets of the trigger words, start before end, within the text');
    expect(errors.some((e) => e.startsWith('red-sea.json: relations[1].evidence[0].draft.confidence: 1.5 is not valid; expected a confidence from 0 to 1'))).toBe(true);
  });

  test('an actor code in lower case', () => {
    const data = example();
    data.relations[0].from = 'usa';
    expect(errorsOf(data)[0]).toMatch(/^red-sea\.json: relations\[0\]\.from: "usa" is not valid; expected a three-letter ISO 3166-1 alpha-3 code in capitals/);
  });
});

describe('format 2 in a spreadsheet', () => {
  test('the example CSV twin reads to the same relations as its JSON, with sources, codes and the other actor', () => {
    const result = readCsvStory(read(dir + 'relations.csv'), articles.get('us-designation.txt')!, bundledCountries, { organisations: bundledOrganisations, articles, files: { relations: 'relations.csv', article: 'us-designation.txt' } });
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
    const story = (result as { story: Story }).story;
    const json = loaded();
    const strip = (s: Story) => s.relations.map(({ id, type, from, to, date, certainty, cameo, plover, evidence }) => ({ id, type, from, to, date, certainty, cameo, plover, evidence: evidence.map((e) => [e.quote, e.start, e.end, e.source]) }));
    expect(strip(story).sort((a, b) => a.id.localeCompare(b.id))).toEqual(strip(json).sort((a, b) => a.id.localeCompare(b.id)));
    expect(story.actors.find((a) => a.id === 'HOUTHIS')).toMatchObject({ kind: 'other', anchor: { lat: 15.3694, lon: 44.191 } });
  });

  test('bad source, kind and anchor cells are named by row and column', () => {
    const csv = [
      'type,from,to,date,summary,quote,source,from_kind,from_name,from_lat,from_lon,cameo',
      'sanction,USA,HOUTHIS,2024-01,x,The Treasury,nowhere.txt,,,,,163',
      'sanction,WAGNER,USA,2024-01,x,The Treasury,us-designation,other,,91,,163',
      'sanction,USA,EU,2024-01,x,The Treasury,us-designation,alien,,,,042',
    ].join('\n');
    const result = readCsvStory(csv, '', bundledCountries, { organisations: bundledOrganisations, articles });
    const errors = result.ok ? [] : result.errors.map(formatError);
    expect(errors).toContain('relations.csv: row 2, column "source": no article "nowhere.txt" was given; expected the file name of one of the articles given with the spreadsheet: us-designation.txt, oman-messages.txt');
    expect(errors).toContain('relations.csv: row 3, column "from_name": empty name; expected the name of the actor WAGNER, which is of kind other');
    expect(errors).toContain('relations.csv: row 3, column "from_lat": "91" is not a latitude; expected the latitude of WAGNER\'s anchor, from -85 to 85');
    expect(errors).toContain('relations.csv: row 4, column "from_kind": unknown kind "alien"; expected country, organisation or other (empty: found from the code)');
  });
});


const strange: unknown[] = [null, true, 0, -1, 0.5, 2, 1e300, '', ' ', 'x'.repeat(5_000), '\u0000', '<script>', [], {}, { a: 1 }, 'RUS', 'NATO', 'other', 'organisation', 'planned', 'sanction', '112', '042', 'ASSAULT', 'us-designation', '2024-02-30', NaN];


// Format 2's own fields, so mutations reach them often rather than by chance.
const FIELDS = ['kind', 'cameo', 'plover', 'review', 'source', 'draft', 'sources', 'format', 'published', 'date', 'datePrecision', 'members'];

function mutate(data: any, rand: () => number): any {
  const copy = structuredClone(data);
  const all = paths(copy).filter((p) => p.length > 0);
  const steps = 1 + Math.floor(rand() * 3);
  for (let s = 0; s < steps; s++) {
    const path = all[Math.floor(rand() * all.length)];
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent?.[key];
    if (parent === null || typeof parent !== 'object') continue;
    const key = path.at(-1)!;
    const choice = rand();
    if (choice < 0.2) delete parent[key];
    else if (choice < 0.55) parent[key] = strange[Math.floor(rand() * strange.length)];
    else if (choice < 0.7 && typeof parent[key] === 'number') parent[key] += Math.floor(rand() * 21) - 10;
    else if (choice < 0.8 && typeof parent[key] === 'string') parent[key] = parent[key].slice(0, Math.floor(rand() * parent[key].length));
    else parent[FIELDS[Math.floor(rand() * FIELDS.length)]] = strange[Math.floor(rand() * strange.length)];
  }
  return copy;
}

test('a thousand mutated format-2 stories each give located errors or a story that draws, never an exception', () => {
  const rand = random(20240117);
  const base = example();
  let valid = 0;
  for (let i = 0; i < 1000; i++) {
    const input = i % 5 === 0 ? exampleText.slice(0, Math.floor(rand() * exampleText.length)) : i % 2 ? JSON.stringify(mutate(base, rand)) : mutate(base, rand);
    const result = load(input);
    if (result.ok) {
      valid++;
      const texts = new Map(result.story.sources?.map((s) => [s.id, s.articleText]));
      for (const r of result.story.relations) for (const e of r.evidence) expect((texts.get(e.source ?? '') ?? result.story.articleText).slice(e.start, e.end)).toBe(e.quote);
      expect(storyScene(result.story, { zoom: 2, origin: [300, 200], width: 800, height: 600 }).edges.length).toBe(result.story.relations.length);
    } else {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) {
        expect(e.file).toBe('red-sea.json');
        expect(e.message.length).toBeGreaterThan(0);
      }
    }
  }
  expect(valid).toBeGreaterThan(50);
  expect(valid).toBeLessThan(900);
});

test('five hundred mutated format-2 spreadsheets give errors or a valid story, never an exception', () => {
  const rand = random(20240203);
  const csv = read(dir + 'relations.csv');
  for (let i = 0; i < 500; i++) {
    const chars = [...csv];
    const edits = 1 + Math.floor(rand() * 4);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rand() * chars.length);
      const op = rand();
      if (op < 0.4) chars.splice(at, 1 + Math.floor(rand() * 10));
      else if (op < 0.8) chars.splice(at, 0, [',', '"', '\n', 'x', 'other', 'NATO', '-', '9'][Math.floor(rand() * 8)]);
      else chars.length = at;
    }
    const result = readCsvStory(chars.join(''), articles.get('us-designation.txt')!, bundledCountries, { organisations: bundledOrganisations, articles });
    expect(result.ok || result.errors.length > 0).toBe(true);
  }
});

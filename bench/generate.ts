// Synthetic stories for the benchmark: deterministic (seeded mulberry32), valid by the project's own
// `loadStory`, with every quote a verbatim span of a generated article at exact [start, end) offsets.
//
//   npx tsx bench/generate.ts [--out bench/out/stories] [--sizes 1000,10000,50000]
//
// Each story is written as <out>/<name>/relations.json + article.txt, the layout `?story=` expects.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CERTAINTIES, formatError, loadStory, relationTypeNames, type Certainty, type DatePrecision, type RelationType } from '../src/data/index.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface CountryRow { iso3: string; name: string; capital: string | null; lat: number; lon: number }

const VERBS: Record<RelationType, string[]> = {
  alliance: ['signed a defence accord with', 'formed an alliance with', 'agreed a mutual security pact with'],
  tension: ['accused', 'denounced', 'traded sharp words with'],
  visit: ['sent its foreign minister to', 'paid a state visit to', 'sent a delegation to'],
  arms_support: ['supplied weapons to', 'shipped artillery shells to', 'delivered air-defence systems to'],
  trade: ['signed a trade deal with', 'expanded grain exports to', 'agreed lower tariffs with'],
  war: ['launched strikes against', 'fought border clashes with', 'shelled positions held by'],
  diplomatic_pressure: ['demanded concessions from', 'pressed', 'urged restraint on'],
  cooperation: ['signed a cooperation agreement with', 'restored diplomatic ties with', 'opened talks with'],
  aid: ['sent humanitarian aid to', 'pledged reconstruction funds to', 'flew medical supplies to'],
  mediation: ['mediated talks involving', 'brokered a truce involving', 'hosted negotiators from'],
  sanction: ['imposed sanctions on', 'froze assets held by', 'banned exports to'],
};

const CERTAINTY_LEAD: Record<Certainty, string> = {
  stated: '',
  historical: 'in the past ',
  planned: 'is expected to have ',
  alleged: 'reportedly ',
  threatened: 'said it could soon have ',
  feared: 'was feared to have ',
};

// Quotes are generic phrases, so many relations quote the same words (at their own offsets). That
// keeps `article.indexOf(quote)` in the validator short; see bench/README.md on unique quotes.
const QUOTES = [
  'we will not stand idly by',
  'this partnership serves peace and stability in the region',
  'the talks were frank and constructive',
  'any provocation will be met with a firm response',
  'our cooperation has reached a new level',
  'we call on all parties to exercise restraint',
  'the agreement opens a new chapter between our peoples',
  'these deliveries violate international law',
  'we have no intention of backing down',
  'trade between our nations keeps growing',
  'the door to dialogue remains open',
  'this is a dangerous escalation',
  'our friendship is stronger than ever',
  'we reject these baseless accusations',
  'the sanctions will stay until the troops withdraw',
  'both sides agreed to meet again next month',
  'we stand shoulder to shoulder with our allies',
  'the shipments will continue as long as needed',
  'this visit marks a turning point',
  'nobody wants a wider war',
  'the attacks must stop immediately',
  'we expect a clear answer within days',
  'the harvest deal benefits farmers on both sides',
  'security guarantees are not negotiable',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'to', 'vel', 'an', 'dor', 'ie', 'mar', 'ni', 'os', 'pa', 'ru', 'ta', 'zen', 'ul'];

export interface Generated {
  /** The relations JSON as written (an object; JSON.stringify it). */
  data: { title: string; article: string; published: string; actors: unknown[]; people: unknown[]; relations: unknown[] };
  article: string;
}

/**
 * A story of `count` relations among ~200 countries: every type, certainty and date precision,
 * directed and undirected, 1–2 quotes each, one article sentence per relation. Same seed, same story.
 */
export function generateStory(count: number, seed = 20240621, countryCount = 200): Generated {
  const random = mulberry32(seed ^ count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const table = (JSON.parse(readFileSync(join(ROOT, 'data/countries.json'), 'utf8')) as { countries: CountryRow[] }).countries
    .filter((c) => c.capital !== null && Math.abs(c.lat) <= 85);
  // A seeded shuffle, then the first `countryCount`.
  for (let i = table.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [table[i], table[j]] = [table[j], table[i]];
  }
  const countries = table.slice(0, Math.min(countryCount, table.length));
  const actors = countries.map((c) => ({ id: c.iso3, name: c.name, anchor: { name: c.capital!, lat: c.lat, lon: c.lon } }));

  // Some countries are in the news far more than others: weights ∝ 1 / (rank + 8).
  const weights = countries.map((_, i) => 1 / (i + 8));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w / total), 0);
  const country = () => {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return countries[lo];
  };

  const people = Array.from({ length: 60 }, (_, i) => {
    const name = () => { const s = pick(SYLLABLES) + pick(SYLLABLES) + (random() < 0.5 ? pick(SYLLABLES) : ''); return s[0].toUpperCase() + s.slice(1); };
    const actor = random() < 0.9 ? pick(countries).iso3 : null;
    return { id: `person-${i + 1}`, name: `${name()} ${name()}`, role: actor ? 'foreign minister' : 'independent analyst', actor };
  });

  const parts: string[] = [];
  let length = 0;
  const write = (s: string) => {
    const start = length;
    parts.push(s);
    length += s.length;
    return start;
  };
  write(`Synthetic story of ${count} relations\n\n`);

  const start = Date.UTC(2023, 0, 1);
  const days = (Date.UTC(2024, 11, 31) - start) / 86_400_000 + 1;
  const relations = [];
  for (let i = 0; i < count; i++) {
    // Every type and certainty is present from the seventh relation on; the rest are random.
    const type: RelationType = i < relationTypeNames.length ? relationTypeNames[i] : pick(relationTypeNames);
    const certainty: Certainty = i < CERTAINTIES.length ? CERTAINTIES[i] : pick(CERTAINTIES);
    const precision: DatePrecision = i < 3 ? (['day', 'month', 'year'] as const)[i] : random() < 0.5 ? 'day' : random() < 0.6 ? 'month' : 'year';
    const a = country();
    let b = country();
    while (b.iso3 === a.iso3) b = country();
    const day = new Date(start + Math.floor(random() * days) * 86_400_000);
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    const date = precision === 'year' ? `${y}` : precision === 'month' ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const when = precision === 'year' ? `In ${y}` : precision === 'month' ? `In ${MONTHS[m - 1]} ${y}` : `On ${d} ${MONTHS[m - 1]} ${y}`;
    const verb = pick(VERBS[type]);
    const speaker = random() < 0.7 ? pick(people) : undefined;
    const two = random() < 0.4;
    const q1 = pick(QUOTES);
    let q2 = pick(QUOTES);
    while (q2 === q1) q2 = pick(QUOTES);

    if (i > 0 && i % 6 === 0) write('\n\n');
    else if (i > 0) write(' ');
    write(`${when}, ${a.name} ${CERTAINTY_LEAD[certainty]}${verb} ${b.name}. ${speaker ? `${speaker.name}, ${speaker.role},` : 'Officials'} said “`);
    const s1 = write(q1);
    write(two ? '”, and later added: “' : '”.');
    const evidence = [{ quote: q1, start: s1, end: s1 + q1.length, ...(speaker ? { speaker: speaker.id } : {}) }];
    if (two) {
      const s2 = write(q2);
      write('”.');
      evidence.push({ quote: q2, start: s2, end: s2 + q2.length, ...(speaker ? { speaker: speaker.id } : {}) });
    }
    relations.push({
      id: `r${String(i + 1).padStart(6, '0')}`,
      type,
      from: a.iso3,
      to: b.iso3,
      directed: random() < 0.6,
      date,
      datePrecision: precision,
      certainty,
      summary: `${a.name} ${CERTAINTY_LEAD[certainty]}${verb} ${b.name}.`,
      evidence,
    });
  }
  write('\n');
  const article = parts.join('');
  // Only actors that take part (a story lists the countries it names).
  const used = new Set(relations.flatMap((r) => [r.from, r.to]));
  return {
    data: {
      title: `Synthetic story: ${count.toLocaleString('en')} relations`,
      article: 'article.txt',
      published: '2025-01-15',
      actors: actors.filter((a) => used.has(a.id)),
      people: people.map((p) => ({ ...p, actor: p.actor && used.has(p.actor) ? p.actor : null })),
      relations,
    },
    article,
  };
}

export interface WrittenStory {
  name: string;
  relations: number;
  dir: string;
  /** Bytes of relations.json and article.txt. */
  jsonBytes: number;
  articleBytes: number;
  /** How long the project's `loadStory` took in Node, ms. */
  validateMs: number;
}

/** Validates a story with the project's loader; throws with every error if it is invalid. */
export function validate(name: string, article: string, json: string): number {
  const t0 = performance.now();
  const result = loadStory(article, json, { files: { relations: `${name}/relations.json`, article: `${name}/article.txt` } });
  const ms = performance.now() - t0;
  if (!result.ok) {
    const shown = result.errors.slice(0, 20).map(formatError).join('\n');
    throw new Error(`generated story ${name} is invalid (${result.errors.length} errors):\n${shown}`);
  }
  return ms;
}

/** Writes the built-in article and synthetic stories of the given sizes under `out`, each validated. */
export function writeStories(out: string, sizes: { name: string; count: number }[], withArticle = true): WrittenStory[] {
  const written: WrittenStory[] = [];
  if (withArticle) {
    const dir = join(out, 'article');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(ROOT, 'data/relations.json'), join(dir, 'relations.json'));
    copyFileSync(join(ROOT, 'data/article.txt'), join(dir, 'article.txt'));
    const json = readFileSync(join(dir, 'relations.json'), 'utf8');
    const article = readFileSync(join(dir, 'article.txt'), 'utf8');
    const validateMs = validate('article', article, json);
    written.push({ name: 'article', relations: (JSON.parse(json) as { relations: unknown[] }).relations.length, dir, jsonBytes: Buffer.byteLength(json), articleBytes: Buffer.byteLength(article), validateMs });
  }
  for (const { name, count } of sizes) {
    const { data, article } = generateStory(count);
    const json = JSON.stringify(data);
    const validateMs = validate(name, article, json);
    const dir = join(out, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'relations.json'), json);
    writeFileSync(join(dir, 'article.txt'), article);
    written.push({ name, relations: count, dir, jsonBytes: Buffer.byteLength(json), articleBytes: Buffer.byteLength(article), validateMs });
  }
  return written;
}

export const sizeName = (count: number) => (count % 1000 === 0 ? `${count / 1000}k` : String(count));

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: join(ROOT, 'bench/out/stories') }, sizes: { type: 'string', default: '1000,10000,50000' } } });
  const sizes = values.sizes.split(',').map(Number).map((count) => ({ name: sizeName(count), count }));
  for (const s of writeStories(values.out, sizes)) {
    console.log(`${s.name}: ${s.relations} relations, relations.json ${(s.jsonBytes / 1e6).toFixed(2)} MB, article ${(s.articleBytes / 1e6).toFixed(2)} MB, loadStory ${s.validateMs.toFixed(0)} ms → ${s.dir}`);
  }
}

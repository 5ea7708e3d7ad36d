// `npm run train:drafter [-- SET_DIR …] [--check]`: fits the drafter's scorer (src/draft/scorer.ts), a
// logistic model over the facts of each candidate relation (src/draft/features.ts), on sets of real
// articles with hand-made gold (the layout of ../shared/eval/*: gold.json and articles/). By default
// the three development sets. Deterministic: plain gradient descent from zero weights, a fixed number
// of steps, no randomness. The threshold is chosen by leaving one set out at a time: each set is scored
// by a model fitted on the others, and the threshold that gives the best balance of recall and
// precision over those unseen scores is written with the weights. No article text enters the project;
// the weights are numbers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articlePathProblem } from '../src/data/articlePath.ts';
import { articleView, draftCandidates } from '../src/draft/draftStory.ts';
import { FEATURES, factsOf, featureVector, type DraftedLike } from '../src/draft/features.ts';
import { family } from './scoreRules.ts';
import { auc, fit, predict } from './trainModel.ts';

interface Example { set: string; article: string; x: number[]; group: string; good: boolean }
interface GoldArticle { file: string; published?: string | null; relations: { from: string; to: string; type: string; core: boolean }[] }

const args = process.argv.slice(2);
const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const drafts = option('--drafts');
const given = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--drafts');
const sets = (given.length ? given : ['dev', 'dev2', 'dev3'].map((s) => join('..', 'shared', 'eval', s))).map((s) => resolve(s));
const OUT = 'src/draft/lexicon/scorer.json';
const STEPS = 4000;
const RATE = 0.2;
const L2 = 0.01;

const pairKey = (a: string, b: string) => [a, b].sort().join('~');
const examples: Example[] = [];
const cores = new Map<string, Set<string>>();
for (const dir of sets) {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { articles: GoldArticle[] };
  for (const article of gold.articles) {
    // A gold file names its articles; like a story's, they are read only inside its folder (as score:draft reads them).
    const outside = articlePathProblem(article.file);
    if (outside) {
      console.error(`${join(dir, 'gold.json')}: the article "${article.file}" ${outside}; give a file name inside ${join(dir, 'articles')}`);
      process.exit(1);
    }
    const text = readFileSync(join(dir, 'articles', article.file), 'utf8');
    const id = `${dir}|${article.file}`;
    const good = new Set(article.relations.map((g) => `${pairKey(g.from, g.to)}|${family(g.type)}`));
    cores.set(id, new Set(article.relations.filter((g) => g.core).map((g) => `${pairKey(g.from, g.to)}|${family(g.type)}`)));
    // Drafts an older drafter wrote before it had read the set are what unseen text looks like to the scorer.
    const saved = drafts ? join(drafts, dir.split('/').at(-1)!, article.file.replace(/\.txt$/, '.json')) : undefined;
    const found = saved
      ? (() => { const story = JSON.parse(readFileSync(saved, 'utf8')) as { relations: DraftedLike[] }; return factsOf(story.relations, articleView(text, article.published ?? undefined)).map((facts, i) => ({ facts, pair: story.relations[i] })); })()
      : draftCandidates({ text, fileName: article.file, ...(article.published ? { published: article.published } : {}) }).candidates.map(({ facts, drafted }) => ({ facts, pair: drafted.finding }));
    for (const { facts, pair } of found) {
      const group = `${pairKey(pair.from, pair.to)}|${family(facts.type)}`;
      examples.push({ set: dir, article: id, x: featureVector(facts), group, good: good.has(group) });
    }
  }
}

/** Recall and precision as the evaluation counts them (pair and family groups), keeping what scores at least `threshold`. */
function measure(scored: readonly { e: Example; p: number }[], threshold: number, articles: readonly string[]) {
  const drafted = new Map<string, boolean>();
  for (const { e, p } of scored) if (p >= threshold) drafted.set(`${e.article}#${e.group}`, e.good);
  let core = 0;
  let found = 0;
  for (const a of articles) for (const k of cores.get(a) ?? []) { core++; if (drafted.has(`${a}#${k}`)) found++; }
  const correct = [...drafted.values()].filter(Boolean).length;
  const recall = core ? found / core : 0;
  const precision = drafted.size ? correct / drafted.size : 0;
  return { recall, precision, f: recall + precision ? (2 * recall * precision) / (recall + precision) : 0 };
}

const articles = [...cores.keys()];
const unseen: { e: Example; p: number }[] = [];
for (const held of sets) {
  const w = fit(examples.filter((e) => e.set !== held), { steps: STEPS, rate: RATE, l2: L2 });
  for (const e of examples.filter((e) => e.set === held)) unseen.push({ e, p: Math.round(100 * predict(w, e.x)) / 100 });
}
const baseline = auc(examples.map((e) => ({ good: e.good, p: e.x[FEATURES.indexOf('confidence')] })));
const thresholds = Array.from({ length: 81 }, (_, i) => Math.round((0.1 + i * 0.01) * 100) / 100);
const best = thresholds.map((t) => ({ t, ...measure(unseen, t, articles) })).reduce((a, b) => (b.f > a.f + 1e-9 ? b : a));
const weights = fit(examples, { steps: STEPS, rate: RATE, l2: L2 }).map((v) => Math.round(v * 1e4) / 1e4);
const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
const model = {
  note: 'Written by `npm run train:drafter`; do not edit by hand. A logistic model over src/draft/features.ts.',
  trainedOn: sets.map((s) => s.split('/').at(-1)),
  ...(drafts ? { drafts: 'saved drafts an earlier drafter wrote before it had read each set (docs/drafter.md, "The scorer")' } : { drafts: 'drafted by today\'s rules' }),
  examples: examples.length,
  crossValidated: { sets: 'leave one set out', auc: Number(auc(unseen.map(({ e, p }) => ({ good: e.good, p }))).toFixed(3)), rulesConfidenceAuc: Number(baseline.toFixed(3)), bestThreshold: best.t, recall: pct(best.recall), precision: pct(best.precision) },
  features: FEATURES,
  weights,
};
console.log(`${examples.length} candidates (${examples.filter((e) => e.good).length} in the gold) from ${articles.length} articles of ${sets.length} sets`);
console.log(`leave one set out: AUC ${auc(unseen.map(({ e, p }) => ({ good: e.good, p }))).toFixed(3)} (the rules' own confidence: ${baseline.toFixed(3)})`);
console.log(`leave one set out: threshold ${best.t}, recall ${pct(best.recall)}, precision ${pct(best.precision)}`);
for (const t of [0.3, 0.4, 0.5, 0.6]) { const m = measure(unseen, t, articles); console.log(`  at ${t}: recall ${pct(m.recall)}, precision ${pct(m.precision)}`); }
const json = `${JSON.stringify(model, null, 1)}\n`;
if (args.includes('--check')) {
  if (readFileSync(OUT, 'utf8') !== json) { console.error(`${OUT} is not what training writes today; run \`npm run train:drafter\``); process.exit(1); }
} else if (args.includes('--dry')) {
  console.log(FEATURES.map((f, i) => `${f} ${weights[i]}`).join('\n'));
} else {
  writeFileSync(OUT, json);
  console.log(`wrote ${OUT}`);
}

// `npm run score:draft -- SET_DIR [--misses] [--json]`: the drafter scored in one process against a
// set of articles with hand-made gold (the layout of ../shared/eval/*: gold.json and articles/), by
// the same rules as the evaluation's score.mjs, which runs the CLI once per article. For quick
// iterations; the figures to report come from score.mjs itself. No article text enters the project.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articlePathProblem } from '../src/data/articlePath.ts';
import { draftStory } from '../src/draft/index.ts';
import { loadStory } from '../src/data/loadStory.ts';
import { formatError } from '../src/data/storyError.ts';
import { scoreArticle, totals, type Gold, type Row } from './scoreRules.ts';

const args = process.argv.slice(2);
const sets = args.filter((a) => !a.startsWith('--'));
if (!sets.length) {
  console.error('usage: npm run score:draft -- SET_DIR [SET_DIR …] [--misses] [--json]');
  process.exit(2);
}
const all: Row[] = [];
for (const dir of sets.map((s) => resolve(s))) {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { articles: (Gold & { file: string; published?: string | null })[] };
  const rows: Row[] = [];
  for (const article of gold.articles) {
    // A gold file names its articles; like a story's, they are read only inside its folder.
    const outside = articlePathProblem(article.file);
    if (outside) {
      console.error(`${join(dir, 'gold.json')}: the article "${article.file}" ${outside}; give a file name inside ${join(dir, 'articles')}`);
      process.exitCode = 1;
      continue;
    }
    const text = readFileSync(join(dir, 'articles', article.file), 'utf8');
    let row: Row;
    try {
      const story = draftStory({ text, fileName: article.file, ...(article.published ? { published: article.published } : {}) });
      // As the CLI does: a draft the loader refuses is a failed article, not a score.
      const check = loadStory(undefined, story, { files: { relations: `${article.file}.json` } });
      if (!check.ok) throw new Error(`the draft does not pass the loader: ${check.errors.slice(0, 3).map(formatError).join(' | ')}`);
      row = { file: article.file, error: null, ...scoreArticle(text, story, article) };
    } catch (error) {
      row = { file: article.file, error: String(error), ...scoreArticle(text, { relations: [] }, article) };
    }
    rows.push(row);
    if (args.includes('--misses')) {
      console.log(`${row.file}: core ${row.found}/${row.core}, correct ${row.correct}/${row.drafted}, direction ${row.dirOk}/${row.dirN}${row.error ? ` ERROR ${row.error}` : ''}`);
      if (row.missed.length) console.log(`   missed: ${row.missed.join('; ')}`);
      if (row.wrong.length) console.log(`   not in gold: ${row.wrong.join('; ')}`);
      if (row.wrongDirection.length) console.log(`   wrong way: ${row.wrongDirection.join('; ')}`);
    }
  }
  const t = totals(rows);
  all.push(...rows);
  console.log(`${dir.split('/').at(-1)}: ${t.line}`);
}
if (sets.length > 1) console.log(`all: ${totals(all).line}`);

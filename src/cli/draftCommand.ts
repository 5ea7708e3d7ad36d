import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { formatError, isIsoDate, loadStory } from '../data/index.ts';
import { draftStory, type DraftInput } from '../draft/index.ts';
import { notTextReason, SAVE_AS_UTF8 } from '../data/readText.ts';
import { readerSummaries } from '../data/readerSummary.ts';
import { titleLine } from '../data/titleLine.ts';
import { dateOutOfRange, OPTION_DAYS } from './dateOptions.ts';
import { printing, type Printer } from './printable.ts';
import { readReason, readTextFile, type ReadIo } from './readFiles.ts';
import { outputProblems, writeWhole, type WriteIo } from './safeWrite.ts';

/**
 * The file system and console the command uses: real in src/cli/nodeIo.ts (shared with the
 * export, as is the safe writing), in memory in tests.
 */
export interface DraftIo extends ReadIo, WriteIo, Printer {}

export const DRAFT_EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const DRAFT_HELP = `Usage: npm run draft -- ARTICLE.txt [MORE.txt …] --out STORY.json [options]

Drafts a story from the text of one article or several: the relations the text states between
countries and organisations, each with the sentences that state it as exact quotes. Every relation
is a draft ("review": "draft") for a person to accept or reject. Nothing leaves this machine.

  --out FILE           the story JSON to write (required); the articles' text is kept inside it
  --published DATE     the publication date, YYYY-MM-DD from ${OPTION_DAYS}: "yesterday", "last year" resolve against it
  --title TEXT         the story's title (default: the first article's first line)
  --force              overwrite FILE if it exists
  -h, --help           print this help

Articles are UTF-8 text files. Several articles give one story with several sources; --published then applies to each.
Exit status: 0 written (a text with no relation gives a story with none), 1 an article or the output is in the way, 2 a bad option.`;

const OPTIONS = {
  out: { type: 'string' },
  published: { type: 'string' },
  title: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

// C0 control characters other than tab, line feed and carriage return: no article has them (the loader refuses them).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** Runs `npm run draft` with its arguments; returns the exit status. */
export function draftMain(argv: readonly string[], given: DraftIo): number {
  const io = printing(given);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    io.err(`draft: ${(error as Error).message.replace(/^.*?: /, '').split('\n')[0]}; see npm run draft -- --help`);
    return DRAFT_EXIT.usage;
  }
  const { values, positionals, tokens } = parsed;
  if (values.help) {
    io.out(DRAFT_HELP);
    return DRAFT_EXIT.ok;
  }
  const problems = [...repeatedOptions(tokens), ...optionProblems(values, positionals.length)];
  if (problems.length) {
    problems.forEach((line) => io.err(line));
    return DRAFT_EXIT.usage;
  }
  const out = values.out!;
  const blocked = outputProblems('draft', '--out', [out], values.force === true, io);
  if (blocked.length) {
    blocked.forEach((line) => io.err(line));
    return DRAFT_EXIT.failed;
  }

  const inputs: DraftInput[] = [];
  for (const path of positionals) {
    const read = readArticle(path, io);
    if ('problem' in read) {
      io.err(`draft: ${read.problem}`);
      return DRAFT_EXIT.failed;
    }
    // The title is cut here, on a whole line and a whole character, whatever the drafter's own cut does.
    const title = (inputs.length === 0 && values.title?.trim()) || titleLine(read.text);
    inputs.push({ text: read.text, fileName: basename(path), published: values.published, ...(title ? { title } : {}) });
  }

  const story = draftStory(inputs.length === 1 ? inputs[0] : inputs);
  // A draft the loader would refuse is a bug of the drafter's: never write one.
  const check = loadStory(undefined, story, { files: { relations: out } });
  if (!check.ok) {
    io.err(`draft: the drafted story does not pass the loader (a bug; please report it): ${check.errors.slice(0, 3).map(formatError).join(' | ')}`);
    return DRAFT_EXIT.failed;
  }
  // Readers get a plain sentence for each relation, not the drafter's note on how it was found.
  const names = new Map(check.story.actors.map((a) => [a.id, a.name]));
  const written = readerSummaries(story, (id) => names.get(id) ?? id);
  const failed = writeWhole('draft', [{ path: out, data: `${JSON.stringify(written, null, 2)}\n` }], values.force === true, io);
  if (failed) {
    io.err(failed);
    return DRAFT_EXIT.failed;
  }
  io.out(`draft: wrote ${out}: ${story.relations.length} draft relation${story.relations.length === 1 ? '' : 's'} among ${story.actors.length} actors`);
  // Nothing found is an answer, not a failure: the story is valid and says so by having no relation.
  if (story.relations.length === 0) io.err(`no relation found in ${positionals.join(', ')}`);
  return DRAFT_EXIT.ok;
}

/** Options given more than once: parseArgs keeps the last silently, so a typo would go unseen. */
function repeatedOptions(tokens: readonly { kind: string; name?: string }[]): string[] {
  const names = tokens.flatMap((t) => (t.kind === 'option' && t.name ? [t.name] : []));
  const repeated = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
  return repeated.map((name) => `draft: --${name} is given more than once; give it once`);
}

/** Every mistake in the options' values, one line each. */
function optionProblems(values: { out?: string; published?: string; title?: string }, articles: number): string[] {
  const problems: string[] = [];
  if (!values.out) problems.push('draft: --out is required: the story JSON to write, such as --out story.json');
  else if (!/\.json$/i.test(values.out)) problems.push(`draft: --out "${values.out}" does not end in .json; name the story file FILE.json`);
  if (articles === 0) problems.push('draft: no article given; name one or more .txt files, such as npm run draft -- article.txt --out story.json');
  if (values.published !== undefined && dateOutOfRange(values.published)) problems.push(`draft: --published "${values.published}" is out of range; give a date from ${OPTION_DAYS}, such as 2024-06-21`);
  else if (values.published !== undefined && !isIsoDate(values.published, 'day')) problems.push(`draft: --published "${values.published}" is not a real date; give YYYY-MM-DD, such as 2024-06-21`);
  if (values.title !== undefined && !values.title.trim()) problems.push('draft: --title is empty; give a title or leave the option out');
  return problems;
}

/** An article's text as the app reads it, or the one line that says why it cannot be drafted. */
function readArticle(path: string, io: DraftIo): { text: string } | { problem: string } {
  let read;
  try {
    read = readTextFile(path, io);
  } catch (error) {
    return { problem: `cannot read ${path}: ${readReason(error)}` };
  }
  if ('notText' in read) {
    return { problem: `${path} is ${notTextReason(read.notText)}; give ${read.notText === 'binary' ? 'the article as plain text' : SAVE_AS_UTF8}` };
  }
  const { text } = read;
  if (text.includes('\u0000')) return { problem: `${path} is ${notTextReason('binary')}; give the article as plain text` };
  const control = CONTROL.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split(/\r\n?|\n/).length;
    return { problem: `${path} holds a control character (U+${text.charCodeAt(control.index).toString(16).toUpperCase().padStart(4, '0')}, line ${line}) that no article text has; remove it, or check that this is the article` };
  }
  if (!text.trim()) return { problem: `${path} is empty; an article needs its text` };
  return { text };
}

import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { formatError, isIsoDate, loadStory } from '../data/index.ts';
import { draftStory, type DraftInput } from '../draft/index.ts';
import { fileText } from '../data/readText.ts';

/** The file system and console the command uses: real in scripts/draft.ts, in memory in tests. */
export interface DraftIo {
  /** A UTF-8 text file; throws (a Node error with `code`) when it cannot be read. */
  readText(path: string): string;
  exists(path: string): boolean;
  /** Writes the whole file or nothing (a temporary file renamed into place). */
  writeAtomic(path: string, data: string): void;
  out(line: string): void;
  err(line: string): void;
}

export const DRAFT_EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const DRAFT_HELP = `Usage: npm run draft -- ARTICLE.txt [MORE.txt …] --out STORY.json [options]

Drafts a story from the text of one article or several: the relations the text states between
countries and organisations, each with the sentences that state it as exact quotes. Every relation
is a draft ("review": "draft") for a person to accept or reject. Nothing leaves this machine.

  --out FILE           the story JSON to write (required); the articles' text is kept inside it
  --published DATE     the publication date, YYYY-MM-DD: "yesterday", "last year" resolve against it
  --title TEXT         the story's title (default: the first article's first line)
  --force              overwrite FILE if it exists
  -h, --help           print this help

Several articles give one story with several sources; --published then applies to each.
Exit status: 0 written, 1 an article or the output is in the way, 2 a bad option.`;

const OPTIONS = {
  out: { type: 'string' },
  published: { type: 'string' },
  title: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs `npm run draft` with its arguments; returns the exit status. */
export function draftMain(argv: readonly string[], io: DraftIo): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`draft: ${(error as Error).message.replace(/^.*?: /, '').split('\n')[0]}; see npm run draft -- --help`);
    return DRAFT_EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(DRAFT_HELP);
    return DRAFT_EXIT.ok;
  }
  const problems: string[] = [];
  if (!values.out) problems.push('draft: --out is required: the story JSON to write, such as --out story.json');
  else if (!/\.json$/i.test(values.out)) problems.push(`draft: --out "${values.out}" does not end in .json; name the story file FILE.json`);
  if (positionals.length === 0) problems.push('draft: no article given; name one or more .txt files, such as npm run draft -- article.txt --out story.json');
  if (values.published !== undefined && !isIsoDate(values.published, 'day')) problems.push(`draft: --published "${values.published}" is not a real date; give YYYY-MM-DD, such as 2024-06-21`);
  if (values.title !== undefined && !values.title.trim()) problems.push('draft: --title is empty; give a title or leave the option out');
  if (problems.length) {
    problems.forEach((line) => io.err(line));
    return DRAFT_EXIT.usage;
  }
  const out = values.out!;
  if (io.exists(out) && !values.force) {
    io.err(`draft: ${out} exists; add --force to replace it, or choose another --out`);
    return DRAFT_EXIT.failed;
  }

  const inputs: DraftInput[] = [];
  for (const path of positionals) {
    let text: string;
    try {
      text = io.readText(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.err(`draft: cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
      return DRAFT_EXIT.failed;
    }
    // The text as the app reads it: a byte-order mark is not part of the article.
    text = fileText(text);
    if (!text.trim()) {
      io.err(`draft: ${path} is empty; an article needs its text`);
      return DRAFT_EXIT.failed;
    }
    inputs.push({ text, fileName: basename(path), published: values.published, ...(inputs.length === 0 && values.title ? { title: values.title.trim() } : {}) });
  }

  const story = draftStory(inputs.length === 1 ? inputs[0] : inputs);
  // A draft the loader would refuse is a bug of the drafter's: never write one.
  const check = loadStory(undefined, story, { files: { relations: out } });
  if (!check.ok) {
    io.err(`draft: the drafted story does not pass the loader (a bug; please report it): ${check.errors.slice(0, 3).map(formatError).join(' | ')}`);
    return DRAFT_EXIT.failed;
  }
  try {
    io.writeAtomic(out, `${JSON.stringify(story, null, 2)}\n`);
  } catch (error) {
    io.err(`draft: cannot write ${out}: ${(error as Error).message}`);
    return DRAFT_EXIT.failed;
  }
  io.out(`draft: wrote ${out}: ${story.relations.length} draft relation${story.relations.length === 1 ? '' : 's'} among ${story.actors.length} actors`);
  return DRAFT_EXIT.ok;
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { draftMain, type DraftIo } from '../../src/cli/draftCommand.ts';
import { loadStory } from '../../src/data/index.ts';

/** The command run against files in memory: what it wrote, said and returned. */
function run(argv: string[], files: Record<string, string> = {}) {
  const written: Record<string, string> = {};
  const out: string[] = [];
  const err: string[] = [];
  const io: DraftIo = {
    readText: (path) => {
      if (path.endsWith('/')) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      if (!(path in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return files[path];
    },
    // The current folder is there; every other path is a file of `files` or `written`.
    exists: (path) => path === '.' || path in files || path in written,
    write: (path, data) => { written[path] = String(data); },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  const status = draftMain(argv, io);
  return { status, written, out, err };
}

const A = 'Russia attacked Ukraine yesterday. Poland condemned Russia.';

describe('npm run draft', () => {
  test('drafts an article into a story the loader accepts, with the text inside', () => {
    const r = run(['a.txt', '--published', '2024-06-21', '--out', 'story.json'], { 'a.txt': A });
    expect(r.status).toBe(0);
    expect(r.out).toEqual(['draft: wrote story.json: 2 draft relations among 3 actors']);
    const story = JSON.parse(r.written['story.json']);
    expect(story).toMatchObject({ format: 2, article: 'a.txt', published: '2024-06-21', articleText: A });
    expect(loadStory(undefined, story).ok).toBe(true);
  });
  test('several articles give one story with several sources; a byte-order mark is not part of the text', () => {
    const r = run(['a.txt', 'b.txt', '--out', 's.json', '--title', 'Two days'], { 'a.txt': `\uFEFF${A}`, 'b.txt': 'Japan hosted the Indian prime minister.' });
    expect(r.status).toBe(0);
    const story = JSON.parse(r.written['s.json']);
    expect(story.title).toBe('Two days');
    expect(story.sources.map((s: { id: string; articleText: string }) => [s.id, s.articleText.length])).toEqual([['a', A.length], ['b', 39]]);
  });
  test('bad options: one line each, exit status 2', () => {
    expect(run(['a.txt']).err).toEqual(['draft: --out is required: the story JSON to write, such as --out story.json']);
    expect(run(['a.txt', '--out', 'x.svg']).status).toBe(2);
    expect(run(['--out', 'x.json']).err).toEqual(['draft: no article given; name one or more .txt files, such as npm run draft -- article.txt --out story.json']);
    expect(run(['a.txt', '--out', 'x.json', '--published', '2024-02-30']).err).toEqual(['draft: --published "2024-02-30" is not a real date; give YYYY-MM-DD, such as 2024-06-21']);
    const unknown = run(['a.txt', '--out', 'x.json', '--colour', 'red']);
    expect(unknown.status).toBe(2);
    expect(unknown.err).toHaveLength(1);
    expect(unknown.err[0]).toMatch(/^draft: .*--colour.*; see npm run draft -- --help$/);
  });
  test('an unreadable or empty article, or an output in the way: one line, exit status 1, nothing written', () => {
    expect(run(['missing.txt', '--out', 'x.json'])).toMatchObject({ status: 1, err: ['draft: cannot read missing.txt: no such file'], written: {} });
    expect(run(['dir/', '--out', 'x.json'])).toMatchObject({ status: 1, err: ['draft: cannot read dir/: it is a folder'] });
    expect(run(['e.txt', '--out', 'x.json'], { 'e.txt': ' \n ' })).toMatchObject({ status: 1, err: ['draft: e.txt is empty; an article needs its text'] });
    expect(run(['a.txt', '--out', 'x.json'], { 'a.txt': A, 'x.json': '{}' })).toMatchObject({ status: 1, err: ['draft: x.json already exists; add --force to overwrite it, or choose another --out'], written: {} });
    expect(run(['a.txt', '--out', 'x.json', '--force'], { 'a.txt': A, 'x.json': '{}' }).status).toBe(0);
  });
  test('--help', () => {
    expect(run(['--help']).out[0]).toMatch(/^Usage: npm run draft -- ARTICLE\.txt/);
  });
  test('the real command: the scorer\'s call writes the file and prints nothing on stdout but its one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    writeFileSync(join(dir, 'a.txt'), A);
    const stdout = execFileSync('npm', ['run', '-s', 'draft', '--', join(dir, 'a.txt'), '--published', '2024-06-21', '--out', join(dir, 's.json')], { cwd: new URL('../../', import.meta.url), encoding: 'utf8' });
    expect(stdout).toMatch(/^draft: wrote .*s\.json: 2 draft relations among 3 actors\n$/);
    expect(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')).relations).toHaveLength(2);
  }, 30_000);
});

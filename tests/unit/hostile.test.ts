// The red-team cases of issue 25 for the two commands (`npm run test:hostile`): files outside their
// place, hostile bytes in what is printed, texts that are not UTF-8, and option mix-ups. Each runs
// the command with the real file system of scripts/export.ts and scripts/draft.ts, in a temp folder.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { draftMain } from '../../src/cli/draftCommand.ts';
import { exportMain } from '../../src/cli/exportCommand.ts';
import { nodeIo } from '../../src/cli/nodeIo.ts';
import { writeWhole, type WriteIo } from '../../src/cli/safeWrite.ts';
import { loadStory } from '../../src/data/index.ts';
import { articleText, relationsData } from './fixtures.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh folder inside the temp folder, with the given files written into it. */
function folder(name: string, files: Record<string, string | Uint8Array> = {}): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  for (const [file, data] of Object.entries(files)) writeFileSync(join(path, file), data);
  return path;
}

/** Runs a command in this process with the real file system, keeping what it prints. */
function runWith<Io extends { out(line: string): void; err(line: string): void }>(main: (argv: string[], io: Io) => number, io: Io, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = main(argv, { ...io, out: (line: string) => out.push(line), err: (line: string) => err.push(line) });
  return { status, out, err };
}
const exportCli = (...argv: string[]) => runWith((a, io) => exportMain([...a, '--date', '2024-06-21'], io), nodeIo, argv);
const draftCli = (...argv: string[]) => runWith(draftMain, nodeIo, argv);

/** Every printed line is one line of printable text: no ESC, BEL, NUL or other control code. */
function printable(lines: string[]) {
  for (const line of lines) expect(line).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
}

const SECRET = 'root:x:0:0:the secret beside the story folder';

describe('4. a story reads no article outside its folder', () => {
  const story = (patch: Record<string, unknown>) => JSON.stringify({ ...relationsData(), ...patch });

  test('--html refuses "article": "../secret.txt", names the field and value, and writes nothing', () => {
    writeFileSync(join(dir, 'secret.txt'), SECRET);
    const stories = folder('up', { 'story.json': story({ article: '../secret.txt' }) });
    const r = exportCli('--html', join(stories, 'map.html'), '--data', join(stories, 'story.json'));
    expect(r.status).toBe(1);
    expect(r.err.join('\n')).toMatch(/story\.json: article: "\.\.\/secret\.txt" goes up out of the story's folder/);
    expect(r.err.join('\n')).toMatch(/expected .*inside the folder of/);
    expect(existsSync(join(stories, 'map.html'))).toBe(false);
  }, 120_000);

  test('an absolute path in sources[].article is refused with its place', () => {
    const data = relationsData();
    const stories = folder('absolute', { 'article.txt': articleText });
    const sources = [{ id: 'one', title: 'One', article: '/etc/passwd' }];
    writeFileSync(join(stories, 'story.json'), JSON.stringify({ ...data, article: undefined, format: 2, sources }));
    const again = exportCli('--out', join(stories, 'map.svg'), '--data', join(stories, 'story.json'));
    expect(again.status).toBe(1);
    expect(again.err[0]).toMatch(/story\.json: sources\[0\]\.article: "\/etc\/passwd" is an absolute path; expected /);
    expect(again.err.join('\n')).not.toContain('root:');
  });

  test('a symbolic link in the story folder that leads out of it is refused', () => {
    writeFileSync(join(dir, 'outside.txt'), articleText);
    const stories = folder('linked', { 'story.json': story({ article: 'article.txt' }) });
    symlinkSync(join(dir, 'outside.txt'), join(stories, 'article.txt'));
    const r = exportCli('--out', join(stories, 'map.svg'), '--data', join(stories, 'story.json'));
    expect(r.status).toBe(1);
    expect(r.err[0]).toMatch(/story\.json: article: "article\.txt" is a symbolic link to .*outside\.txt, outside the story's folder/);
    expect(existsSync(join(stories, 'map.svg'))).toBe(false);
  });

  test('a link that stays inside the folder, and a subfolder, are fine', () => {
    const stories = folder('inside', { 'story.json': story({ article: 'texts/a.txt' }) });
    folder('inside/texts', { 'real.txt': articleText });
    symlinkSync('real.txt', join(stories, 'texts/a.txt'));
    expect(exportCli('--out', join(stories, 'map.svg'), '--data', join(stories, 'story.json'))).toMatchObject({ status: 0, err: [] });
  });
});

describe('4. the drafter\'s training reads no gold article outside its set', () => {
  test('a gold file naming "../../secret.txt" is refused with its place, as score:draft refuses it', () => {
    writeFileSync(join(dir, 'secret.txt'), SECRET);
    const set = folder('gold/set');
    mkdirSync(join(set, 'articles'));
    writeFileSync(join(set, 'gold.json'), JSON.stringify({ articles: [{ file: '../../secret.txt', relations: [] }] }));
    // --check writes nothing, whatever happens.
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/trainDrafter.ts', set, '--check'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('gold.json: the article "../../secret.txt" goes up out of the story\'s folder');
  }, 120_000);
});

describe('5. temporary files are created exclusively', () => {
  test('the export does not write through a symbolic link planted at its temporary name', () => {
    const out = folder('planted');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    for (const suffix of [`${process.pid}.partial`, `${process.pid}.tmp`]) symlinkSync(victim, join(out, `map.svg.${suffix}`));
    exportCli('--out', join(out, 'map.svg'));
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });

  test('the drafter does not either', () => {
    const out = folder('planted-draft', { 'a.txt': 'Russia attacked Ukraine.' });
    const victim = join(dir, 'victim-draft.txt');
    writeFileSync(victim, 'keep me');
    for (const suffix of [`${process.pid}.partial`, `${process.pid}.tmp`]) symlinkSync(victim, join(out, `s.json.${suffix}`));
    draftCli(join(out, 'a.txt'), '--out', join(out, 's.json'));
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });
});

describe('5. writeWhole, the one writer of both commands', () => {
  /** A file system in memory whose exclusive create fails on any name already taken, as 'wx' does. */
  function memory(files: Map<string, string>) {
    const calls: [string, boolean][] = [];
    const io: WriteIo = {
      exists: (p) => files.has(p),
      write: (p, d, overwrite) => {
        calls.push([p, overwrite]);
        if (!overwrite && files.has(p)) throw Object.assign(new Error('file already exists'), { code: 'EEXIST' });
        files.set(p, String(d));
      },
      rename: (from, to) => {
        files.set(to, files.get(from)!);
        files.delete(from);
      },
      remove: (p) => void files.delete(p),
    };
    return { io, calls };
  }
  test('temporary files get unguessable names and are created exclusively, even with --force', () => {
    const files = new Map([['x.svg', 'old']]);
    const { io, calls } = memory(files);
    expect(writeWhole('export', [{ path: 'x.svg', data: 'new' }], true, io)).toBeUndefined();
    expect(calls).toEqual([[expect.stringMatching(/^x\.svg\.\d+-[0-9a-f]{12}\.partial$/), false]]);
    expect([...files]).toEqual([['x.svg', 'new']]);
  });
  test('a name taken at the temporary path is left alone, and nothing is written', () => {
    const files = new Map([['x.svg', 'old']]);
    const { io } = memory(files);
    io.write = (p) => {
      files.set(p, 'planted');
      throw Object.assign(new Error('file already exists'), { code: 'EEXIST' });
    };
    expect(writeWhole('draft', [{ path: 'x.svg', data: 'new' }], true, io)).toMatch(/^draft: cannot write x\.svg: its temporary name x\.svg\.\d+-[0-9a-f]{12}\.partial is taken by another file, which was left as it was; run the command again; nothing was written$/);
    expect([...files.values()]).toEqual(['old', 'planted']);
  });
});

describe('6. an output path that is a folder or a link: one clear line, the same in both commands', () => {
  const cases = (root: string) => {
    const victim = join(root, 'victim.txt');
    writeFileSync(victim, 'keep me');
    mkdirSync(join(root, 'folder.svg'));
    mkdirSync(join(root, 'folder.json'));
    symlinkSync(victim, join(root, 'link.svg'));
    symlinkSync(victim, join(root, 'link.json'));
    symlinkSync(join(root, 'nowhere'), join(root, 'dangling.svg'));
    symlinkSync(join(root, 'nowhere'), join(root, 'dangling.json'));
    return victim;
  };
  const kinds = [
    ['folder', /is a folder; .*choose another --out$/],
    ['link', /is a symbolic link; the command never writes through or replaces a link, even with --force: .*choose another --out$/],
    ['dangling', /is a symbolic link; the command never writes through or replaces a link, even with --force: .*choose another --out$/],
  ] as const;

  test.each(kinds)('%s, with and without --force', (kind, message) => {
    const root = folder(`out-${kind}`, { 'a.txt': 'Russia attacked Ukraine.' });
    const victim = cases(root);
    for (const force of [[], ['--force']]) {
      const exported = exportCli('--out', join(root, `${kind}.svg`), ...force);
      const drafted = draftCli(join(root, 'a.txt'), '--out', join(root, `${kind}.json`), ...force);
      for (const r of [exported, drafted]) {
        expect(r.status).toBe(1);
        expect(r.err).toHaveLength(1);
        expect(r.err[0]).toMatch(message);
        expect(r.err[0]).not.toMatch(/EISDIR|EEXIST|rename/);
      }
      expect(exported.err[0].replace(/^export: /, '').replace('.svg', '')).toBe(drafted.err[0].replace(/^draft: /, '').replace('.json', ''));
    }
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    if (kind !== 'folder') expect(lstatSync(join(root, `${kind}.svg`)).isSymbolicLink()).toBe(true);
    if (kind === 'dangling') expect(readlinkSync(join(root, 'dangling.json'))).toBe(join(root, 'nowhere'));
  });
});

describe('7. what is printed never carries control characters', () => {
  test('a malformed JSON with ESC and BEL bytes: its error shows them as \\u001b and \\u0007', () => {
    const stories = folder('controls', { 'story.json': '{"title": "\u001b[31mred\u0007",, }' });
    const r = exportCli('--out', join(stories, 'map.svg'), '--data', join(stories, 'story.json'));
    expect(r.status).toBe(1);
    printable(r.err);
    expect(r.err.join('\n')).toContain('\\u001b[31mred\\u0007');
  });
  test('option values and file names with control characters are escaped too', () => {
    const r = exportCli('--out', join(dir, 'm\u001b]0;owned\u0007.png'));
    printable(r.err);
    expect(r.err[0]).toContain('m\\u001b]0;owned\\u0007.png');
    const d = draftCli(join(dir, 'no\u001bsuch.txt'), '--out', join(dir, 'x.json'));
    printable(d.err);
    expect(d.err[0]).toContain('no\\u001bsuch.txt');
  });
});

describe('9. the drafter: a text with nothing to draft, and files that are not text', () => {
  test('a text with no relation is a valid story, said in one plain line, exit 0', () => {
    const root = folder('none', { 'a.txt': 'Nothing of note happened today.' });
    const r = draftCli(join(root, 'a.txt'), '--out', join(root, 's.json'));
    expect(r.status).toBe(0);
    expect(r.err).toEqual([`no relation found in ${join(root, 'a.txt')}`]);
    const story = JSON.parse(readFileSync(join(root, 's.json'), 'utf8'));
    expect(story).toMatchObject({ actors: [], relations: [] });
    expect(loadStory(undefined, story).ok).toBe(true);
  });
  test('a binary file, or one with NUL bytes, is "not a text file", exit 1, nothing written', () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256);
    const root = folder('binary', { 'b.txt': bytes, 'n.txt': 'Russia attacked Ukraine.\u0000 Poland condemned it.' });
    for (const name of ['b.txt', 'n.txt']) {
      const r = draftCli(join(root, name), '--out', join(root, 's.json'));
      expect(r.status).toBe(1);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(/^draft: .*\.txt is not a text file/);
      printable(r.err);
    }
    expect(existsSync(join(root, 's.json'))).toBe(false);
  });
});

describe('10. dates out of range', () => {
  test.each(['0000-01-01', '9999-12-31', '0999-12-31', '3000-01-01'])('--published %s is refused as an option, in one line', (date) => {
    const root = folder(`date-${date}`, { 'a.txt': 'Last year Russia attacked Ukraine. Next year Poland will host Germany.' });
    const r = draftCli(join(root, 'a.txt'), '--published', date, '--out', join(root, 's.json'));
    expect(r.status).toBe(2);
    expect(r.err).toEqual([`draft: --published "${date}" is out of range; give a date from 1000-01-01 to 2999-12-31, such as 2024-06-21`]);
  });
  test('export dates out of range are refused too', () => {
    expect(exportCli('--out', join(dir, 'm.svg'), '--from', '0000').err[0]).toBe('export: --from "0000" is out of range; give a year from 1000 to 2999, such as 2024-06');
    const late = runWith((a, io) => exportMain(a, io), nodeIo, ['--out', join(dir, 'm.svg'), '--date', '9999-12-31']);
    expect(late.err[0]).toBe('export: --date "9999-12-31" is out of range; give a date from 1000-01-01 to 2999-12-31, such as 2024-06-21');
  });
  test('year 0 is refused in a story', () => {
    const data = relationsData();
    data.published = '0000-06-21';
    data.relations[0].date = '0000';
    data.relations[0].datePrecision = 'year';
    const result = loadStory(articleText, data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['published', 'relations[0].date']);
    expect(result.errors[0].message).toMatch(/year 0/);
  });
});

describe('11. encodings, line endings and titles', () => {
  const text = 'Russia attacked Ukraine. Poland condemned Russia.';
  test.each([
    ['Latin-1', Buffer.from('França: Russia attacked Ukraine.', 'latin1'), /is not UTF-8 text: it looks like Latin-1 or Windows-1252/],
    ['UTF-16 with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), /is UTF-16 \(little-endian\) text, not UTF-8/],
    ['UTF-16 without one', Buffer.from(text, 'utf16le'), /is UTF-16 \(little-endian\) text, not UTF-8/],
    ['UTF-16 big-endian', Buffer.from(text, 'utf16le').swap16(), /is UTF-16 \(big-endian\) text, not UTF-8/],
  ])('a %s article is named as such by the drafter', (_name, bytes, message) => {
    const root = folder(`enc-${_name.replace(/\W/g, '')}`, { 'a.txt': bytes });
    const r = draftCli(join(root, 'a.txt'), '--out', join(root, 's.json'));
    expect(r.status).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(r.err[0]).toMatch(/save it as UTF-8|saved as UTF-8/);
  });
  test('and by the export, for the article beside a story', () => {
    const stories = folder('enc-export', { 'story.json': JSON.stringify(relationsData()), 'article.txt': Buffer.from(articleText.replace('Russia', 'Rússia'), 'latin1') });
    const r = exportCli('--out', join(stories, 'map.svg'), '--data', join(stories, 'story.json'));
    expect(r.status).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/story\.json: article: the article "article\.txt" is not UTF-8 text: it looks like Latin-1/);
  });
  test('a CR-only article keeps exact offsets, and its title is its first line', () => {
    const root = folder('cr', { 'a.txt': 'Headline of the day\rRussia attacked Ukraine.\rPoland condemned Russia.' });
    const r = draftCli(join(root, 'a.txt'), '--out', join(root, 's.json'));
    expect(r.status).toBe(0);
    const story = JSON.parse(readFileSync(join(root, 's.json'), 'utf8'));
    expect(story.title).toBe('Headline of the day');
    expect(loadStory(undefined, story).ok).toBe(true);
  });
  test('a long first line is cut on a code-point boundary, never inside an emoji', () => {
    const root = folder('emoji', { 'a.txt': `${'x'.repeat(159)}😀 and more\nRussia attacked Ukraine.` });
    expect(draftCli(join(root, 'a.txt'), '--out', join(root, 's.json')).status).toBe(0);
    const title: string = JSON.parse(readFileSync(join(root, 's.json'), 'utf8')).title;
    expect(title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(title.startsWith('x'.repeat(159))).toBe(true);
  });
});

describe('12. options that contradict or repeat', () => {
  test('a repeated --out is reported by both commands', () => {
    expect(exportCli('--out', join(dir, 'a.svg'), '--out', join(dir, 'b.svg')).err).toContain('export: --out is given more than once; give it once');
    const d = draftCli(join(dir, 'a.txt'), '--out', join(dir, 'a.json'), '--out', join(dir, 'b.json'));
    expect(d.status).toBe(2);
    expect(d.err).toEqual(['draft: --out is given more than once; give it once']);
  });
  test('--out a.svg with --html a.html is refused clearly, nothing written', () => {
    const root = folder('both');
    const r = exportCli('--out', join(root, 'a.svg'), '--html', join(root, 'a.html'));
    expect(r.status).toBe(2);
    expect(r.err[0]).toBe('export: --out and --html cannot be used together: give --out FILE.svg for the map as a picture, or --html FILE.html for the interactive map');
    expect(existsSync(join(root, 'a.svg')) || existsSync(join(root, 'a.html'))).toBe(false);
  });
  test('--html .html is one message', () => {
    expect(exportCli('--html', '.html').err).toEqual([
      'export: --html ".html" is not an HTML file name; give one ending in .html, such as --html map.html',
      'export: run with --help to see every option',
    ]);
  });
  test('a story with its text inside has no "quotes were not checked" note', () => {
    const data = { ...relationsData(), articleText, article: undefined };
    data.relations[0].type = 'friendship';
    const stories = folder('embedded', { 'story.json': JSON.stringify(data) });
    const r = exportCli('--out', join(stories, 'map.svg'), '--data', join(stories, 'story.json'));
    expect(r.status).toBe(1);
    expect(r.err.join('\n')).not.toMatch(/not checked/);
  });
});

describe('line numbers count every kind of line break', () => {
  test('malformed JSON with CR-only line endings is located on its line and column', () => {
    const stories = folder('cr-json', { 'story.json': '{"title": "x",\r "article": "article.txt"\r "actors": []}' });
    const r = exportCli('--out', join(stories, 'map.svg'), '--data', join(stories, 'story.json'));
    expect(r.status).toBe(1);
    expect(r.err[0]).toMatch(/story\.json: line 3, column 2: malformed JSON/);
  });
});

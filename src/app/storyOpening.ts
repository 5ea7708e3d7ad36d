import { formatError, type StoryError } from '../data/storyError.ts';
import type { Story } from '../data/schema.ts';
import type { CountryTable, OrganisationTable } from '../data/tables.ts';
import { el } from './el.ts';

/** What opening a story from files needs of the page (app.ts), which loads this module on first use. */
export interface OpeningHost {
  countries: CountryTable;
  organisations: OrganisationTable;
  /** The box errors are listed in, above the map. */
  errors: HTMLElement;
  /** Writes a notice above the map (nothing: hides it). */
  say(...content: (Node | string)[]): void;
  /** The title of the story on screen, if any. */
  onScreen(): string | undefined;
  /** Shows a story read from files in place of the one on screen. */
  opened(story: Story, name: string): void;
}

const SHOWN_ERRORS = 200;

/** Lists a story's errors above the map, with a fix when there is one, and a button to dismiss them. */
/** Says that a story could not be drawn, and why: its callouts' code did not load (`callouts`), or the map failed on it. */
export function showNotDrawn(host: Pick<OpeningHost, 'errors'>, stays: string | undefined, story: Story, error: unknown, callouts: boolean) {
  showErrors(host, stays, `“${story.title}” could not be drawn`, [{ file: story.article ?? story.title, path: '', message: (error as Error).message,
    expected: callouts ? 'the page\'s code for callouts, which did not load; please reload the page' : 'a story the map can draw; please report this file' }]);
}

export function showErrors(host: Pick<OpeningHost, 'errors'>, stays: string | undefined, title: string, list: readonly StoryError[], fix?: { label: string; run: () => void }) {
  const { errors } = host;
  const dismiss = el('button', { type: 'button', class: 'dismiss' }, 'Dismiss');
  dismiss.addEventListener('click', () => (errors.hidden = true));
  const fixButton = fix ? el('button', { type: 'button', class: 'fix' }, fix.label) : null;
  fixButton?.addEventListener('click', () => fix!.run());
  errors.replaceChildren(
    el('h2', {}, title),
    el('p', {}, stays !== undefined ? `Nothing was changed: “${stays}” stays on screen. Fix the file and open it again.` : 'Fix the file and open it again.'),
    // A broken file of 200,000 relations has as many errors: the first ones say what to mend.
    el('ul', {}, ...list.slice(0, SHOWN_ERRORS).map((e) => el('li', {}, formatError(e)))),
    ...(list.length > SHOWN_ERRORS ? [el('p', {}, `…and ${(list.length - SHOWN_ERRORS).toLocaleString('en')} more errors.`)] : []),
    ...(fixButton ? [fixButton, ' '] : []), dismiss);
  errors.hidden = false;
}

/** Reads a story from files a reader chose or dropped, and shows it, or lists why it cannot be drawn. */
export async function openList(host: OpeningHost, files: File[], normalise = false) {
  const { say } = host;
  // A large file takes a while to read and check: say so after a moment.
  const size = files.reduce((n, f) => n + f.size, 0);
  const slow = setTimeout(() => say(el('span', { class: 'spinner', 'aria-hidden': 'true' }), `Opening ${files.map((f) => f.name).join(' and ')} (${(size / 1e6).toFixed(1)} MB)…`), 300);
  // Reading files (and the CSV parser) loads on first use, not with the page.
  const { openFiles } = await import('./openFiles.ts');
  const result = await openFiles(files, host.countries, host.organisations, { normaliseLineEndings: normalise }).finally(() => {
    clearTimeout(slow);
    say();
  });
  const name = files.map((f) => f.name).join(' and ');
  if (!result.ok) {
    const fix = result.lineEndings === 'crlf' ? { label: 'Make the line endings LF and open', run: () => void openList(host, files, true) } : undefined;
    return showErrors(host, host.onScreen(), `${name} cannot be drawn`, result.errors, fix);
  }
  host.errors.hidden = true;
  host.opened(result.story, name);
}

/** Offers back the story last opened from files, when the page opens on another. */
export async function offerOpened(host: OpeningHost) {
  const { loadOpened, forgetOpened } = await import('./savedStory.ts');
  const saved = await loadOpened().catch(() => undefined);
  if (!saved || host.onScreen() === (JSON.parse(saved.json) as { title?: string }).title) return;
  const reopen = el('button', { type: 'button' }, 'Open it again');
  const forget = el('button', { type: 'button' }, 'Forget it');
  reopen.addEventListener('click', () => {
    host.say();
    void openList(host, [new File([saved.json], saved.name.endsWith('.json') ? saved.name : 'story.json', { type: 'application/json' })]);
  });
  forget.addEventListener('click', () => {
    host.say();
    void forgetOpened();
  });
  host.say(`The story you opened from ${saved.name} on ${new Date(saved.savedAt).toLocaleString()} is kept in this browser. `, reopen, ' ', forget);
}

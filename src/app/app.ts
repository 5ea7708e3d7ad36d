import { countryTable, organisationTable } from '../data/tables.ts';
import type { StoryError } from '../data/storyError.ts';
import type { OpeningHost } from './storyOpening.ts';
import { trustedStory } from '../data/trustedStory.ts';
import type { Story } from '../data/schema.ts';
import { el } from './el.ts';
import { coarseBasemap, detailedBasemap, projectedWorld } from './basemaps.ts';
import { mountMap, mountMapSteps, type MountedMap, type MountOptions } from './mountMap.ts';
import { afterFrame, stepByStep } from './steps.ts';
import { hasCallouts } from '../core/storyScene.ts';
import type { CalloutCode } from '../core/placeCallouts.ts';

const BUILT_IN = 'relations.json';

/**
 * The page: one story at a time, with controls to open another (file picker, drop onto the page,
 * or `?story=` link) and to save the current one. A story that fails is not drawn: its errors are
 * listed above the map and the story on screen stays.
 */
export async function startApp(root: HTMLElement) {
  // ?embed: the map, legend and tooltips alone, in a frame of any page, telling it its height.
  const params = new URLSearchParams(location.search);
  const embedded = params.has('embed');
  const embed = embedded ? (await import('../publish/embedPage.ts')).embedPage(root, params) : undefined;
  // A story by link replaces the built-in one the built page shows before any script: not even a glimpse of it.
  if (params.get('story')) root.querySelector('.story[data-prerendered]')?.classList.add('prerender-other');
  const errors = el('section', { class: 'errors', role: 'alert', hidden: true });
  // The built page already shows the built-in story's map (see vite.config.ts): the live map takes its place.
  const stage = root.querySelector<HTMLElement>('.story[data-prerendered]') ?? el('div', { class: 'story' });
  // The hidden file input is reached through its button, not by Tab on its own.
  const picker = el('input', { type: 'file', accept: '.json,.csv,.txt', multiple: true, class: 'visually-hidden', id: 'open-story', 'aria-label': 'Open a story file', tabindex: '-1' });
  const open = el('button', { type: 'button', class: 'open' }, 'Open story…');
  const save = el('button', { type: 'button', class: 'save' }, 'Save story');
  const fromText = el('button', { type: 'button', class: 'from-text' }, 'New story from text');
  // Shown when a review is kept in this browser, so a reload, a crash or a closed tab lands back on it.
  const resume = el('button', { type: 'button', class: 'resume-review', hidden: true }, 'Continue review');
  const actions = el('div', { class: 'actions' }, fromText, resume, open, picker, save, el('a', { href: '?story=examples/aukus-2021/relations.json', class: 'example' }, 'Example'));
  const reviewArea = el('div', { class: 'review-area', hidden: true });
  const notice = el('section', { class: 'notice', role: 'status', 'aria-label': 'Notice', hidden: true });
  root.append(errors, notice, reviewArea, stage);
  const say = (...content: (Node | string)[]) => {
    notice.replaceChildren(...content);
    notice.hidden = content.length === 0;
  };

  // Writing a story to a file (and downloading it) loads when first asked for, not with the page.
  const saving = () => Promise.all([import('./download.ts'), import('../data/storyToJson.ts')]);
  let current: { story: Story; mounted: MountedMap; abort: AbortController } | undefined;
  let builtInStory: Story | undefined;
  // Where each story came from, for the embed code: served with the site at a path, or in this browser only.
  const servedAs = new WeakMap<Story, string>();
  const local = new WeakMap<Story, 'files' | 'review'>();
  // The country table (codes, names, capitals) is data/countries.json, served beside the page.
  // So is the organisation table (data/organisations.json), for stories that name NATO, the UN, …
  const [world, countries, organisations] = await Promise.all([
    projectedWorld(),
    fetch('countries.json').then((r) => r.json()).then(countryTable),
    fetch('organisations.json').then((r) => r.json()).then(organisationTable),
  ]);
  /** The map being built a step at a time (a review's draft), the view it keeps, and what waits for it. */
  interface Building { abort: AbortController; at?: MountOptions['view']; waiting: ((mounted: MountedMap) => void)[] }
  let building: Building | undefined;
  /** Counts the stories asked to be shown: one waiting for its callouts' code is drawn only if still the latest. */
  let showing = 0;
  let calloutCode: CalloutCode | undefined;
  /**
   * Draws a story, replacing the one on screen (or one still being built). `inSteps` builds it a
   * step at a time, giving the page back between steps (see mountMapSteps); the promise settles when
   * it is on screen, or has been replaced by a newer one.
   */
  const show = (story: Story, url: boolean, keepView = false, inSteps = false): Promise<void> => {
    // A story with callouts is drawn once their code has loaded (the start carries none of it), unless
    // another story is asked for meanwhile; the one on screen stays until then.
    const asked = ++showing;
    if (hasCallouts(story) && !calloutCode) {
      return import('../core/placeCallouts.ts').then((code) => {
        calloutCode = code;
        if (asked === showing) return show(story, url, keepView, inSteps);
      }, (error: unknown) => {
        if (asked === showing) notDrawn(story, error, true);
      });
    }
    const at = !keepView ? undefined : current ? { lat: current.mounted.map.getCenter().lat, lon: current.mounted.map.getCenter().lng, zoom: current.mounted.map.getZoom() } : building?.at;
    if (building) {
      building.abort.abort();
      building = undefined;
      stage.replaceChildren();
    }
    current?.abort.abort();
    current?.mounted.destroy();
    const abort = new AbortController();
    const onDraftThis = story === builtInStory ? () => void startReview().then((screen) => screen.draftStory(story)) : undefined;
    const previous = current;
    // In one step, so nothing moves: the prerendered page goes as the live one is built in its boxes.
    if (stage.hasAttribute('data-prerendered')) {
      stage.replaceChildren();
      stage.removeAttribute('data-prerendered');
      // The built-in story's title was hidden for a story by link; the live one's must show.
      stage.classList.remove('prerender-other');
    }
    const hosting = servedAs.has(story) ? { path: servedAs.get(story)! } : { from: local.get(story) ?? 'files' as const };
    const options: MountOptions = { signal: abort.signal, actions: embedded ? undefined : actions, url, world, coarse: coarseBasemap, detailed: detailedBasemap, view: at, onDraftThis: embedded ? undefined : onDraftThis, embedCode: !embedded, interactiveHtml: !embedded, editCallouts: !embedded, calloutCode, hosting, theme: embed?.theme, timeline: embed?.timeline };
    const shown = (mounted: MountedMap) => {
      current = { story, mounted, abort };
      embed?.mounted(mounted.map, story, abort.signal, mounted.tooltip);
    };
    // A story that fails half-way is taken down whole, and the one before it comes back.
    const failed = (error: unknown) => {
      abort.abort();
      stage.replaceChildren();
      current = undefined;
      if (previous && previous.story !== story) show(previous.story, false, false);
      notDrawn(story, error, false);
    };
    if (!inSteps) {
      try {
        shown(mountMap(stage, story, options));
      } catch (error) {
        failed(error);
      }
      return Promise.resolve();
    }
    current = undefined;
    const job: Building = { abort, at, waiting: [] };
    building = job;
    // Each step is marked, for the tests and the bench: a step is a task of its own.
    return stepByStep(mountMapSteps(stage, story, options), afterFrame, abort.signal, () => performance.mark('drm-map-step')).then((mounted) => {
      if (!mounted || building !== job) return;
      building = undefined;
      shown(mounted);
      for (const then of job.waiting) then(mounted);
    }, (error: unknown) => {
      if (building !== job) return;
      building = undefined;
      failed(error);
    });
  };
  /** Runs `then` on the map on screen, or on the one being built once it is. */
  const whenMounted = (then: (mounted: MountedMap) => void) => {
    if (building) building.waiting.push(then);
    else if (current) then(current.mounted);
  };

  // The review screen (and the drafter it calls) load when first asked for, not with the page, with
  // their wiring to it (reviewPage.ts).
  let review: Promise<import('./reviewPage.ts').PageReview> | undefined;
  const startReview = () => {
    review ??= import('./reviewPage.ts').then(({ reviewPage }) => reviewPage({
      tables: { countries, organisations },
      show,
      fromReview: (story) => {
        if (!servedAs.has(story)) local.set(story, 'review');
      },
      whenMounted,
      mounted: () => current?.mounted,
      download: (blob, name) => void saving().then(([{ download }]) => download(blob, name)),
      root, reviewArea, fromText,
    }));
    resume.hidden = true;
    root.classList.add('reviewing');
    reviewArea.hidden = false;
    return review.then((screen) => {
      screen.element.focus();
      return screen;
    });
  };
  fromText.addEventListener('click', () => void startReview().then((screen) => screen.offerSaved()));
  resume.addEventListener('click', () => void startReview().then((screen) => screen.offerSaved(true)));
  // Only the small store module loads for this, not the review screen. It runs while the page waits
  // for its story: after the first draw it would compete with the map's first frames.
  void import('../review/savedReview.ts').then((m) => m.offerKept(resume, { countries, organisations })).catch(() => undefined);
  // Opening files, the offer of a story kept from files and the list of a story's errors load when first needed.
  const opening = () => import('./storyOpening.ts');
  const host: OpeningHost = {
    countries, organisations, errors, say,
    onScreen: () => current?.story.title,
    opened: (story, name) => {
      history.replaceState(null, '', location.pathname);
      local.set(story, 'files');
      show(story, false);
      // Kept in the browser: a reload, or the Example link and back, offers it again.
      void Promise.all([import('./savedStory.ts'), saving()]).then(([m, [, { storyToJson }]]) => m.saveOpened({ name, json: storyToJson(story), savedAt: new Date().toISOString() })).catch(() => {});
    },
  };
  const showErrors = (title: string, list: readonly StoryError[]) => {
    const stays = current?.story.title;
    return opening().then((m) => m.showErrors(host, stays, title, list));
  };
  // Why a story could not be drawn: its words load with the other messages, not with the page.
  const notDrawn = (story: Story, error: unknown, callouts: boolean) => {
    const stays = current?.story.title;
    return opening().then((m) => m.showNotDrawn(host, stays, story, error, callouts));
  };
  const openList = (files: File[]) => opening().then((m) => m.openList(host, files));
  const offerOpened = () => opening().then((m) => m.offerOpened(host));
  open.addEventListener('click', () => picker.click());
  picker.addEventListener('change', () => {
    void openList([...(picker.files ?? [])]);
    picker.value = '';
  });
  save.addEventListener('click', async () => {
    if (!current) return;
    const { story } = current;
    const name = story.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'story';
    const [{ download }, { storyToJson }] = await saving();
    download(new Blob([storyToJson(story)], { type: 'application/json' }), `${name}.json`);
  });
  // Files dropped anywhere on the page open as a story; the drop target shows while dragging.
  document.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    root.classList.add('dropping');
  });
  document.addEventListener('dragleave', (event) => {
    if (event.relatedTarget === null) root.classList.remove('dropping');
  });
  document.addEventListener('drop', (event) => {
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    root.classList.remove('dropping');
    void openList([...event.dataTransfer.files]);
  });

  // The drafter, for the review screen and the tests: loaded (code and worker) on first use only.
  const client = () => import('./draftClient.ts');
  Object.assign(window, { drmDraft: (input: unknown) => client().then((m) => m.draftInWorker(input as Parameters<typeof m.draftInWorker>[0])), drmWarmDrafter: () => client().then((m) => m.warmDrafter()) });

  // The built-in story is data/relations.json, served beside the page like any story opened by link.
  // A production build has checked it (vite.config.ts), so it opens without the validator; in
  // development it is validated like any other story, so an edit that breaks it says how.
  const builtIn = async () => {
    if (import.meta.env.PROD) {
      const [json, article] = await Promise.all([fetch(BUILT_IN).then((r) => r.text()), fetch('article.txt').then((r) => r.text())]);
      builtInStory = trustedStory(json, article, countries, organisations);
      servedAs.set(builtInStory, '');
      return show(builtInStory, true);
    }
    const { fetchStory } = await import('./fetchStory.ts');
    const result = await fetchStory(BUILT_IN, location.href, countries, organisations);
    if (result.ok) {
      servedAs.set((builtInStory = result.story), '');
      show(builtInStory, true);
    }
    else showErrors('The built-in story has errors', result.errors);
  };
  const storyPath = new URLSearchParams(location.search).get('story');
  // The story last opened from files is looked up once the built-in map is drawn and the page is
  // idle: it is offered in a notice above the map, not needed for the first frame.
  if (!storyPath) return builtIn().then(() => whenIdle(() => void offerOpened()));
  const { fetchStory } = await import('./fetchStory.ts');
  const result = await fetchStory(storyPath, location.href, countries, organisations);
  if (result.ok) {
    servedAs.set(result.story, storyPath);
    return show(result.story, true);
  }
  // An embed shows the story its code names, or says why not: never another one in its place.
  if (embedded) {
    stage.replaceChildren();
    return showErrors(`The map “${storyPath}” cannot be shown`, result.errors);
  }
  await builtIn();
  showErrors(`The story “${storyPath}” cannot be drawn; the built-in story is shown instead`, result.errors);
}

/** Runs a task when the page is next idle, or after a second at the latest. */
function whenIdle(task: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: 1000 });
  else setTimeout(task, 0);
}

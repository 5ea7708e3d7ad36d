import type { Story } from '../data/schema.ts';
import { storyToJson } from '../data/storyToJson.ts';
import { el } from '../app/el.ts';
import { download } from '../app/download.ts';
import { embedCode, embedUrl } from './embed.ts';
import { EMBED_CONTROLS, EMBED_HEIGHTS, type EmbedControl, type EmbedOptions, type EmbedTheme } from './embedOptions.ts';
import { hostingPlan } from './hostingPlan.ts';
import { storyMonths } from '../core/timeSteps.ts';
import type { Hosting } from './publishSection.ts';

const CHILD_ID = 'drm-map';
const THEME_NAMES: Record<EmbedTheme, string> = { light: 'Light', dark: 'Dark', auto: 'The reader’s system setting' };

/**
 * The embed dialog: the code for the story on screen, with the options it carries (height, theme,
 * reader controls, and the timeline for a story with dates). A story served with the site is linked by its path; one that is in this browser
 * only cannot be linked until it is hosted, and the dialog says so first: the file to save, where it
 * must go, the code that will work once it is there, and the one-file HTML as the alternative.
 */
export function openEmbedDialog(story: Story, hosting: Hosting, opener: HTMLElement): HTMLDialogElement {
  const site = new URL('./', location.href).href;
  const plan = 'from' in hosting ? hostingPlan(story.title, site) : undefined;
  const storyPath = plan ? plan.sitePath : (hosting as { path: string }).path || undefined;
  const status = el('p', { class: 'embed-status', role: 'status' });

  const height = el('select', { name: 'height', id: 'embed-height' },
    el('option', { value: '' }, 'Fit the width (280–600 px)'),
    ...EMBED_HEIGHTS.map((h) => el('option', { value: String(h), selected: h === 480 }, `${h} px`)));
  const themes = (['light', 'dark', 'auto'] as const).map((t) => el('input', { type: 'radio', name: 'theme', value: t, checked: t === 'light' }));
  const controls = (Object.keys(EMBED_CONTROLS) as EmbedControl[]).map((c) => el('input', { type: 'checkbox', name: 'controls', value: c }));
  // Only a story with dates has a timeline to offer; readers get it unless the desk leaves it out.
  const timeline = storyMonths(story.relations) ? el('input', { type: 'checkbox', name: 'timeline', checked: true }) : undefined;
  const code = el('textarea', { class: 'embed-code', id: 'embed-code', readonly: true, rows: '7', spellcheck: 'false' });
  const options = (): EmbedOptions => ({
    height: height.value ? Number(height.value) : undefined,
    theme: (themes.find((t) => t.checked)?.value ?? 'light') as EmbedTheme,
    controls: new Set(controls.filter((c) => c.checked).map((c) => c.value as EmbedControl)),
    timeline: timeline?.checked,
  });
  const write = () => {
    const chosen = options();
    code.value = embedCode(embedUrl(site, storyPath, CHILD_ID, chosen), CHILD_ID, story.title, chosen);
    status.textContent = '';
  };

  const copy = el('button', { type: 'button', class: 'copy-code primary' }, plan ? 'Copy code for once it is hosted' : 'Copy code');
  copy.addEventListener('click', async () => {
    code.select();
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = plan
        ? `Copied. It shows this story once ${plan.sitePath} is on the site; until then the frame says the story is missing.`
        : 'Copied. Paste it into your page: the frame sizes itself to the map.';
    } catch {
      status.textContent = 'Select the code and copy it (the browser did not allow copying from here).';
    }
  });
  const close = el('button', { type: 'button', class: 'close-dialog' }, 'Close');

  const dialog = el('dialog', { class: 'embed-dialog', 'aria-labelledby': 'embed-dialog-title', 'aria-describedby': 'embed-dialog-where' },
    el('h2', { id: 'embed-dialog-title' }, 'Embed this map'),
    plan ? hostingSteps(story, plan, hosting as { from: 'files' | 'review' }) : el('p', { id: 'embed-dialog-where' },
      `“${story.title}” is served with this site${storyPath ? ` as ${storyPath}` : ' (its own story)'}: the code below shows it in a page of any site.`),
    el('div', { class: 'embed-options' },
      el('p', { class: 'field' }, el('label', { for: 'embed-height' }, 'Map height'), height),
      el('fieldset', {}, el('legend', {}, 'Theme'),
        ...themes.map((t) => el('label', {}, t, ` ${THEME_NAMES[t.value as EmbedTheme]}`))),
      el('fieldset', {}, el('legend', {}, 'Reader controls (none: the map, its legend and quotes)'),
        ...controls.map((c) => el('label', {}, c, ` ${EMBED_CONTROLS[c.value as EmbedControl]}`))),
      ...(timeline ? [el('fieldset', {}, el('legend', {}, 'Timeline'), el('label', {}, timeline, ' The timeline under the map: readers can step and play'))] : [])),
    el('label', { for: 'embed-code', class: 'code-label' }, plan ? `Embed code: it works once ${plan.sitePath} is on the site` : 'Embed code'),
    code,
    el('div', { class: 'dialog-actions' }, copy, close),
    status);
  dialog.addEventListener('change', write);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener.isConnected) opener.focus();
  });
  // A click on the backdrop (outside the dialog's box) closes it, as Escape does.
  dialog.addEventListener('click', (event) => {
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    if (event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom) dialog.close();
  });
  write();
  document.body.append(dialog);
  dialog.showModal();
  (plan ? dialog.querySelector<HTMLElement>('.save-story') : copy)?.focus();
  return dialog;
}

/** What a story in this browser only needs before any link can show it, and the one-file alternative. */
function hostingSteps(story: Story, plan: ReturnType<typeof hostingPlan>, hosting: { from: 'files' | 'review' }): HTMLElement {
  const save = el('button', { type: 'button', class: 'save-story' }, 'Save the story file');
  save.addEventListener('click', () => download(new Blob([storyToJson(story)], { type: 'application/json' }), plan.fileName));
  const html = el('button', { type: 'button', class: 'export-html' }, 'Export interactive HTML');
  const htmlStatus = el('span', { class: 'html-status', role: 'status' });
  html.addEventListener('click', async () => {
    htmlStatus.textContent = '';
    const { downloadInteractiveHtml } = await import('./interactiveHtml.ts');
    htmlStatus.textContent = ` ${await downloadInteractiveHtml(story)}`;
  });
  const code = (text: string) => el('code', {}, text);
  return el('div', { class: 'hosting', id: 'embed-dialog-where' },
    el('p', { class: 'not-hosted' }, el('strong', {}, 'This story is not on the site yet. '),
      `“${story.title}” was ${hosting.from === 'files' ? 'opened from files' : 'made in a review'} and is in this browser only: a page on another site cannot show it until this site serves its file.`),
    el('ol', {},
      el('li', {}, 'Save the story, with its article inside, as ', code(plan.fileName), ' ', save),
      el('li', {}, 'Put the file in the folder ', code('stories/'), ' beside the map’s page, to be served as ', code(plan.fileUrl),
        ' (in this project: ', code(plan.projectPath), ', then ', code('npm run build'), ').'),
      el('li', {}, 'Paste the code below into your page: it shows this story once the file is there.')),
    el('p', {}, 'No place on this site? ', html, ' writes one file with the map and the story inside, to put on any host and embed by its address.', htmlStatus));
}

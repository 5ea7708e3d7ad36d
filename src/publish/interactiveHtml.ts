import { storyToJson } from '../data/storyToJson.ts';
import type { Story } from '../data/schema.ts';
import { escapeXml } from '../core/escapeXml.ts';
import { storyFileName } from './hostingPlan.ts';
import { graphicWords } from '../core/graphicWords.ts';
import { download } from '../app/download.ts';

/** The one-file app's code and styles, built by `vite build --config vite.standalone.config.ts`. */
export interface StandaloneAssets {
  js: string;
  css: string;
}

/**
 * One self-contained HTML file of a story: the app's script and styles, the 1:110m geometry and the
 * tables (inside the script) and the story with its articles' text, all inline, so it opens from
 * disk or any host with no request at all. A strict Content Security Policy rides along: nothing but
 * its own inline script and style, each allowed by its hash.
 *
 * @example await interactiveHtml(story, assets, sha256)
 */
export function interactiveHtml(story: Story, assets: StandaloneAssets, sha256: (text: string) => string): string {
  const { js, css } = inlineable(assets);
  return page(story, js, css, sha256(js), sha256(css));
}

/** The same, with a hash function that answers later (the browser's). */
export async function interactiveHtmlAsync(story: Story, assets: StandaloneAssets, sha256: (text: string) => Promise<string>): Promise<string> {
  const { js, css } = inlineable(assets);
  return page(story, js, css, await sha256(js), await sha256(css));
}

/** Script and styles that cannot end their own element early. */
function inlineable(assets: StandaloneAssets): StandaloneAssets {
  return { js: assets.js.replace(/<\/(script)/gi, '<\\/$1'), css: assets.css.replace(/<\/(style)/gi, '<\\/$1') };
}

function page(story: Story, js: string, css: string, jsHash: string, cssHash: string): string {
  // A data block is never run; "<" is escaped so no "</script>" in a quote can end it.
  const data = storyToJson(story).replace(/</g, '\\u003c');
  // A large story's playback is painted by a worker whose code is in the script (a Blob URL the script
  // makes): only the script's own code can make one, so `worker-src blob:` lets nothing else in.
  const policy = [
    "default-src 'none'", `script-src 'sha256-${jsHash}'`, `style-src 'sha256-${cssHash}'`,
    'img-src data: blob:', "connect-src data: blob:", 'worker-src blob:', "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>${escapeXml(graphicWords(story).title)}</title>
<link rel="icon" href="data:,">
<style>${css}</style>
</head>
<body>
<main id="app"></main>
<script type="application/json" id="drm-story">${data}</script>
<script type="module">${js}</script>
</body>
</html>
`;
}

/** The browser's SHA-256, base64, for the policy's hashes. */
export async function browserSha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/** The one-file HTML of a story, with the assets the built site serves beside itself. */
export async function interactiveHtmlFromSite(story: Story, base: string): Promise<string> {
  const fetchText = async (name: string) => {
    const response = await fetch(new URL(`standalone/${name}`, base));
    if (!response.ok || response.headers.get('content-type')?.includes('text/html')) {
      throw new Error(`Export interactive HTML found no one-file bundle at ${response.url}: serve the app with npm start or, built, with npm run preview.`);
    }
    return response.text();
  };
  const [js, css] = await Promise.all([fetchText('standalone.js'), fetchText('standalone.css')]);
  return interactiveHtmlAsync(story, { js, css }, browserSha256);
}

/** Downloads the one-file HTML of a story, named after its title; returns what happened, to show. */
export async function downloadInteractiveHtml(story: Story, base = new URL('./', location.href).href): Promise<string> {
  try {
    const file = await interactiveHtmlFromSite(story, base);
    download(new Blob([file], { type: 'text/html' }), `${storyFileName(story.title)}.html`);
    return `Exported: one file of ${(file.length / 1e3).toFixed(0)} kB that opens offline, in any browser.`;
  } catch (error) {
    return (error as Error).message;
  }
}

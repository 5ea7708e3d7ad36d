/**
 * Embedding: the map in an `<iframe>` on any page tells the page its height, in the Pym.js protocol
 * that newsroom pages and CMSs already handle (`pymxPYMx<id>xPYMxheightxPYMx<px>`); the few lines of
 * script in the embed code do the same for a page without Pym.js.
 */
import { setEmbedOptions, type EmbedOptions } from './embedOptions.ts';

const SEPARATOR = 'xPYMx';

/** The Pym.js message that sets a frame's height. */
export function heightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(Math.ceil(height))].join(SEPARATOR);
}

/** Sends the page's height to the parent page now and whenever it changes; returns a stop function. */
export function sendHeight(childId: string, target: Window = window.parent): () => void {
  if (target === window) return () => {};
  let last = -1;
  const send = () => {
    const height = document.documentElement.getBoundingClientRect().height;
    if (Math.abs(height - last) < 1) return;
    last = height;
    target.postMessage(heightMessage(childId, height), '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  observer.observe(document.body);
  addEventListener('load', send);
  send();
  return () => observer.disconnect();
}

/**
 * The link an embed frame opens: the site's page with the story's path (none for the site's own
 * story), `embed`, the frame's id and the options.
 *
 * @example embedUrl('https://news.example/maps/', 'stories/aukus.json', 'drm-map', { theme: 'light', controls: new Set() })
 */
export function embedUrl(siteUrl: string, storyPath: string | undefined, childId: string, options: EmbedOptions): string {
  const url = new URL(siteUrl);
  url.hash = '';
  const params = new URLSearchParams();
  if (storyPath) params.set('story', storyPath);
  params.set('embed', '');
  params.set('childId', childId);
  setEmbedOptions(params, options);
  url.search = params.toString().replace(/(^|&)embed=(&|$)/, '$1embed$2').replace(/%2F/g, '/').replace(/%2C/g, ',');
  return url.href;
}

/**
 * The code to paste into a page: the frame, and a listener that sets its height from the map's
 * messages (a page that uses Pym.js can use `new pym.Parent(id, url)` instead, with the same id).
 * The frame starts at about the height it will take, so the page moves little when it loads.
 */
export function embedCode(src: string, childId: string, title: string, options: Pick<EmbedOptions, 'height'> = {}): string {
  const quote = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const start = (options.height ?? 500) + 220;
  return `<iframe src="${quote(src)}" id="${quote(childId)}" title="${quote(title)}" style="width:100%;height:${start}px;border:0" loading="lazy"></iframe>
<script>
addEventListener('message', function (e) {
  var m = typeof e.data === 'string' && /^pymxPYMx(.+)xPYMxheightxPYMx(\\d+)$/.exec(e.data);
  var frame = m && document.getElementById(m[1]);
  if (frame && frame.contentWindow === e.source) frame.style.height = m[2] + 'px';
});
</script>`;
}

/**
 * Embedding: the map in an `<iframe>` on any page tells the page its height, in the Pym.js protocol
 * that newsroom pages and CMSs already handle (`pymxPYMx<id>xPYMxheightxPYMx<px>`); the few lines of
 * script in the embed code do the same for a page without Pym.js.
 */
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
 * The code to paste into a page: the frame, and a listener that sets its height from the map's
 * messages (a page that uses Pym.js can use `new pym.Parent(id, url)` instead, with the same id).
 */
export function embedCode(mapUrl: string, childId: string, title: string): string {
  const url = new URL(mapUrl);
  url.searchParams.set('embed', '');
  url.searchParams.set('childId', childId);
  const src = url.href.replace('embed=&', 'embed&').replace(/embed=$/, 'embed');
  const quote = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${quote(src)}" id="${quote(childId)}" title="${quote(title)}" style="width:100%;height:600px;border:0" loading="lazy"></iframe>
<script>
addEventListener('message', function (e) {
  var m = typeof e.data === 'string' && /^pymxPYMx(.+)xPYMxheightxPYMx(\\d+)$/.exec(e.data);
  var frame = m && document.getElementById(m[1]);
  if (frame && frame.contentWindow === e.source) frame.style.height = m[2] + 'px';
});
</script>`;
}

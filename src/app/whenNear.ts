/**
 * Calls `load` once the page is idle after the map, or sooner when `element` comes within 400 px of
 * the view, whichever is first: for parts of the page below the map (the article, the list) whose
 * code need not hold up the start. Stops watching when `signal` aborts.
 */
export function whenNearOrIdle(element: Element, signal: AbortSignal, load: () => unknown): void {
  const near = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) void load();
  }, { rootMargin: '400px' });
  near.observe(element);
  signal.addEventListener('abort', () => near.disconnect());
  const idle = () => void (signal.aborted || load());
  if (typeof requestIdleCallback === 'function') requestIdleCallback(idle, { timeout: 2000 });
  else setTimeout(idle, 0);
}

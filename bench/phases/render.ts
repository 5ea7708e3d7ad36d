import type { PhaseRun } from './phase.ts';
import { traced } from '../common.ts';
/** Render: the story released from memory until every edge is drawn and two frames have passed, with the main thread's work from a trace. */
export async function renderPhase({ r, page, browser, ev, renderTimeout }: PhaseRun): Promise<void> {
  const { busy } = await traced(browser, page, async () => {
    // Released from a timer task, so the page's work runs in its own tasks, not inside a DevTools command.
    await page.evaluate('setTimeout(() => window.__bench.release(), 0)');
    await ev('window.__bench.renderedPromise', renderTimeout, 'render');
  });
  const t = await ev<{ released: number; mounted: number; rendered: number }>('({ released: __bench.released, mounted: __bench.mounted, rendered: __bench.rendered })');
  Object.assign(r, { renderMs: t.rendered - t.released, mountMs: t.mounted - t.released, ...Object.fromEntries(Object.entries(busy).map(([k, v]) => [`render${k}Ms`, v])) });
}

import type { PhaseRun } from './phase.ts';
import { STEP_TIMEOUT, percentile, sleep, withTimeout } from '../common.ts';
/** Pan: a mouse drag of 30 moves 16 ms apart, and the frame intervals through it and its inertia. */
export async function panPhase({ r, page, ev }: PhaseRun): Promise<void> {
  await ev("window.__bench.phase('pan')");
  const c = await ev<{ x: number; y: number }>('(() => { const r = (window.drmMap || window.benchMap).getContainer().getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()');
  await ev('window.__bench.startFrames()');
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  // 30 moves 16 ms apart; a page whose frames take seconds gets fewer (at most ~6 s of dragging).
  const t0 = performance.now();
  for (let i = 1; i <= 30 && performance.now() - t0 < 6_000; i++) {
    await withTimeout(page.mouse.move(c.x - 10 * i, c.y - 5 * i), STEP_TIMEOUT, 'pan');
    await sleep(16);
  }
  await withTimeout(page.mouse.up(), STEP_TIMEOUT, 'pan');
  const frames = await ev<number[]>('window.__bench.stopFrames()');
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  Object.assign(r, { panP95Ms: percentile(intervals, 95), panMaxMs: Math.max(...intervals), panFrames: frames.length });
  // A drag that ends on an edge clicks it and pins its tooltip: unpin before the zoom.
  await page.keyboard.press('Escape');
  await ev('window.__bench.settle()');
}

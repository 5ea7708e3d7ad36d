import type { PhaseRun } from './phase.ts';
import { STEP_TIMEOUT, median, withTimeout } from '../common.ts';
/** Hover: a pointer over a few edges, each until its tooltip is shown and painted. */
export async function hoverPhase({ r, page, ev }: PhaseRun): Promise<void> {
  await ev("window.__bench.phase('hover')");
  const points = await ev<{ x: number; y: number; id: string }[]>('window.__bench.hoverPoints(5)');
  if (!points.length) {
    r.hoverOk = false;
    r.errors.push('hover: no point on an edge found in the view');
    return;
  }
  const samples: { hitTest: number; sync: number; painted: number; ok: boolean; closed: boolean }[] = [];
  const t0 = performance.now();
  for (let i = 0; i < Math.max(5, points.length) && (i === 0 || performance.now() - t0 < 6000); i++) {
    samples.push(await withTimeout(page.evaluate((p) => (window as any).__bench.hover(p), points[i % points.length]), STEP_TIMEOUT, 'hover'));
  }
  Object.assign(r, {
    hoverHitTestMs: median(samples.map((s) => s.hitTest)), hoverSyncMs: median(samples.map((s) => s.sync)), hoverPaintMs: median(samples.map((s) => s.painted)),
    hoverOk: samples.every((s) => s.ok && s.closed), hoverSamples: samples.length,
  });
  const bad = samples.find((s) => !s.ok || !s.closed);
  if (bad) r.errors.push(`hover: ${JSON.stringify(bad)}`);
}

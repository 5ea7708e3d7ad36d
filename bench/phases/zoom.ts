import type { PhaseRun } from './phase.ts';
import { sleep, traced } from '../common.ts';
/** Zoom: one step in without animation, until the new level's edges are all drawn, with a trace. */
export async function zoomPhase({ r, page, browser, ev }: PhaseRun): Promise<void> {
  await ev("window.__bench.phase('zoom')");
  const { value: z, busy } = await traced(browser, page, () => ev<{ from: number; to: number; sync: number; total: number }>('window.__bench.zoomStep()'));
  Object.assign(r, { zoomMs: z.total, zoomSyncMs: z.sync, zoomFrom: z.from, zoomTo: z.to, ...Object.fromEntries(Object.entries(busy).map(([k, v]) => [`zoom${k}Ms`, v])) });
  await ev('window.__bench.settle()');
  await sleep(200);
}

import type { PhaseRun } from './phase.ts';
/** Filter (ours only): the legend's first type off and on, each until drawn. */
export async function filterPhase({ r, ev }: PhaseRun): Promise<void> {
  await ev("window.__bench.phase('filter')");
  const f = await ev<{ ms: number }>('window.__bench.filterTwice()');
  Object.assign(r, { filterMs: f.ms });
  await ev('window.__bench.settle()');
}

import type { PhaseRun } from './phase.ts';
import { STEP_TIMEOUT, metrics, sleep, withTimeout, type ViewInfo } from '../common.ts';
/** Stats: what the page holds once drawn: elements, edges, DOM nodes, heap after GC. */
export async function statsPhase({ r, cdp, ev }: PhaseRun): Promise<void> {
  await sleep(300);
  await ev('window.__bench.settle()');
  r.view = await ev<ViewInfo>('window.__bench.view()');
  const s = await ev<{ elements: number; svgElements: number; edges: number; edgeElements: number; canvasMode: boolean; errors: number }>('window.__bench.stats()');
  if (s.errors) r.errors.push('the page shows story errors');
  Object.assign(r, { edgeElements: s.edgeElements, canvasMode: s.canvasMode });
  await withTimeout(cdp.send('HeapProfiler.collectGarbage'), STEP_TIMEOUT, 'gc');
  const m = await withTimeout(metrics(cdp), STEP_TIMEOUT, 'metrics');
  Object.assign(r, { elements: s.elements, svgElements: s.svgElements, edges: s.edges, nodes: m.Nodes, heapMB: m.JSHeapUsedSize / 2 ** 20 });
}

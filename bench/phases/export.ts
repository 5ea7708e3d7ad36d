import type { PhaseRun } from './phase.ts';
import { readFileSync } from 'node:fs';
import { STEP_TIMEOUT, gz, withTimeout } from '../common.ts';
/** Export (ours only): Export SVG clicked until the download starts, and the file. */
export async function exportPhase({ r, page, ev }: PhaseRun): Promise<void> {
  await ev("window.__bench.phase('export')");
  const button = page.getByRole('button', { name: 'Export SVG', exact: true });
  await withTimeout(button.scrollIntoViewIfNeeded(), STEP_TIMEOUT, 'export');
  const t0 = performance.now();
  const [download] = await withTimeout(Promise.all([page.waitForEvent('download', { timeout: STEP_TIMEOUT }), button.click({ timeout: STEP_TIMEOUT })]), STEP_TIMEOUT, 'export');
  r.exportWallMs = performance.now() - t0;
  const file = await withTimeout(download.path(), STEP_TIMEOUT, 'export');
  const bytes = readFileSync(file);
  const t = await ev<{ click: number; done: number }>('({ click: __bench.exportClick, done: __bench.exportDone })');
  const text = bytes.toString('utf8');
  Object.assign(r, {
    exportMs: t.done && t.click ? t.done - t.click : undefined, exportBytes: bytes.length, exportGzipBytes: gz(bytes),
    exportOk: download.suggestedFilename().endsWith('.svg') && text.includes('<svg') && text.trimEnd().endsWith('</svg>') && (r.edges ?? 0) > 0,
  });
}

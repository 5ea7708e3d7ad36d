/**
 * Starts the playback steps' painter (stepWorker.ts), a module of its own beside the app's chunks.
 * The one-file app builds `stepWorkerStart.inline.ts` in its place (vite.standalone.config.ts), whose
 * worker is inside its script: the one file makes no request outside itself.
 */
export function startStepWorker(): Worker {
  return new Worker(new URL('./stepWorker.ts', import.meta.url), { type: 'module', name: 'edges' });
}

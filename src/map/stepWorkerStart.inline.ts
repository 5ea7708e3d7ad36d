// The one-file app's playback painter: the worker's code is inside the script, started from a Blob
// URL (Vite's `?worker&inline`), so the page makes no request for it.
import StepWorker from './stepWorker.ts?worker&inline';

export function startStepWorker(): Worker {
  return new StepWorker({ name: 'edges' });
}

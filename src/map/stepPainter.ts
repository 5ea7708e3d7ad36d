import type { Rect } from '../core/storyScene.ts';
import type { Theme } from '../core/themes.ts';
import { activeSet, buffers, encodeSteps, type EdgeGeometry } from './edgeGeometry.ts';
import type { StoryScene } from './sceneCache.ts';
import { inSlices, type Slices } from './slices.ts';
import type { StepRequest, StepResponse } from './stepWorker.ts';
import { startStepWorker } from './stepWorkerStart.ts';

/** Whether the browser can hand a canvas to a worker to paint on (Chromium; Firefox from 105, Safari from 16.4). */
export function canPaintInWorker(): boolean {
  return typeof Worker === 'function' && typeof OffscreenCanvas === 'function'
    && typeof HTMLCanvasElement.prototype.transferControlToOffscreen === 'function';
}

/**
 * A canvas painted by a worker (stepWorker.ts): a large story's playback steps, so the page's main
 * thread only selects what is active. The edges of all dates at a zoom are sent once (their typed
 * arrays transferred), then each step sends one byte an edge and where the canvas is. Steps that
 * come faster than the worker paints are painted once, the last; only the last asked for is answered.
 */
export class StepPainter {
  readonly canvas: HTMLCanvasElement;
  /** How many edges the worker drew for the last step it painted (for tests). */
  painted?: number;
  private worker: Worker;
  /** The scene of all dates whose edges the worker holds, and its number. */
  private holds?: StoryScene;
  /** A scene's edges being encoded ahead, when the page is idle (`hold`): work in idle time, as painting ahead is. */
  encoding?: { scene: StoryScene; steps: Generator<number, EdgeGeometry, number>; work?: Slices };
  private id = 0;
  private seq = 0;
  private asked?: { seq: number; done: () => void; failed: () => void };
  private broken = false;

  /** `onFail` hears once that the worker could not start or paint: the page paints steps itself from then on. */
  constructor(private onFail: () => void) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'drm-canvas';
    this.canvas.hidden = true;
    const offscreen = this.canvas.transferControlToOffscreen();
    this.worker = startStepWorker();
    this.worker.onmessage = ({ data }: MessageEvent<StepResponse>) => {
      if (data.kind === 'failed') return this.fail();
      this.painted = data.edges;
      const asked = this.asked;
      if (asked?.seq !== data.seq) return;
      this.asked = undefined;
      asked.done();
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.fail();
    };
    this.post({ kind: 'canvas', canvas: offscreen }, [offscreen]);
  }

  /**
   * Paints the edges of `shown` (a selection from `all`, the scene of all dates at its zoom) for the
   * world's part `extent`, then calls `done`; or `failed`, at once or later, if the worker cannot.
   */
  paint(all: StoryScene, shown: StoryScene, extent: Rect, theme: Theme, done: () => void, failed: () => void) {
    if (this.broken) return failed();
    if (this.holds !== all) {
      // What is left of encoding it ahead, or all of it, now.
      const ahead = this.encoding?.scene === all ? this.encoding.steps : undefined;
      this.encoding?.work?.cancel();
      this.encoding = undefined;
      const steps = ahead ?? encodeSteps(all.edges);
      for (;;) {
        const step = steps.next(Infinity);
        if (step.done) {
          this.send(all, step.value);
          break;
        }
      }
    }
    const active = activeSet(all.edges, shown.edges);
    this.asked = { seq: ++this.seq, done, failed };
    this.post({ kind: 'paint', seq: this.seq, id: this.id, active, extent, ratio: window.devicePixelRatio || 1, theme }, [active.buffer]);
  }

  /**
   * Sends a scene's edges ahead of the first step that selects from it, encoded a slice at a time
   * once the page is idle (50,000 edges take a long task to encode at once; the worker then reads
   * them before any step asks).
   */
  hold(scene: StoryScene) {
    if (this.broken || this.holds === scene || this.encoding?.scene === scene) return;
    this.encoding?.work?.cancel();
    const job: NonNullable<StepPainter['encoding']> = { scene, steps: encodeSteps(scene.edges) };
    this.encoding = job;
    const start = () => {
      if (this.encoding === job) job.work = inSlices(job.steps, 5000, (geometry) => this.send(scene, geometry));
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 200);
  }

  private send(scene: StoryScene, geometry: EdgeGeometry) {
    if (this.encoding?.scene === scene) this.encoding = undefined;
    this.holds = scene;
    this.post({ kind: 'geometry', id: ++this.id, geometry, anchors: scene.anchors, labels: scene.labels }, buffers(geometry));
  }

  /** Stops the worker (the map is gone). */
  close() {
    this.encoding?.work?.cancel();
    this.encoding = undefined;
    this.worker.terminate();
  }

  private post(message: StepRequest, transfer: Transferable[]) {
    this.worker.postMessage(message, transfer);
  }

  private fail() {
    if (this.broken) return;
    this.broken = true;
    this.encoding?.work?.cancel();
    this.encoding = undefined;
    this.worker.terminate();
    this.canvas.remove();
    const asked = this.asked;
    this.asked = undefined;
    this.onFail();
    asked?.failed();
  }
}

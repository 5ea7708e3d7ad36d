import type { Rect } from '../core/storyScene.ts';
import type { Highlight } from './highlight.ts';
import type { HitIndex } from './hitIndex.ts';
import type { StoryScene } from './sceneCache.ts';
import { inSlices, type Slices } from './slices.ts';

/** Up to this many edges the hover index is made on first use; above it, a slice at a time after painting. */
const HIT_SYNC_UP_TO = 3000;

// The hover index's code loads when the page is first idle (or on the first hover before that): a
// reader who only looks at the map never waits for it, and it is not part of the start.
let hitModule: typeof import('./hitIndex.ts') | undefined;
let hitLoading: Promise<unknown> | undefined;
export function loadedHitIndex() {
  hitLoading ??= import('./hitIndex.ts').then((m) => (hitModule = m));
  return hitModule;
}

/** Work not started yet (a scene still being made): not done until cancelled or replaced. */
export function waiting(): Slices {
  let done = false;
  return {
    cancel() {
      done = true;
    },
    get done() {
      return done;
    },
  };
}

/**
 * Finds the edge under the pointer: on the canvas the only way to find one, and among SVG edges the
 * way to tell crowded neighbours apart. Small scenes are indexed on first use, large ones a slice at
 * a time after painting (with their index by id for the highlight).
 */
export class HoverIndex {
  private hits?: { key: string; index: HitIndex };
  private indexing?: Slices;

  constructor(private highlight: Highlight) {}

  /** The edge nearest to a point in world pixels, within `radius`, in the scene with this key. */
  find(scene: StoryScene, key: string, x: number, y: number, radius: number): string | undefined {
    if (this.hits?.key !== key) {
      const hitIndex = loadedHitIndex();
      if (scene.edges.length > HIT_SYNC_UP_TO || !hitIndex) return undefined;
      this.hits = { key, index: hitIndex.hitIndex(scene.edges) };
    }
    return this.hits.index.find(x, y, radius);
  }

  /** Makes the hover index of the painted edges a slice at a time, for the canvas's extent. */
  later(scene: StoryScene, key: string, extent: Rect) {
    this.indexing?.cancel();
    if (scene.edges.length <= HIT_SYNC_UP_TO) return;
    const module = loadedHitIndex();
    if (module === undefined) {
      // Once the index's code has loaded, unless something newer asked for an index meanwhile.
      const job = waiting();
      this.indexing = job;
      void hitLoading!.then(() => !job.done && this.later(scene, key, extent));
      return;
    }
    const self = this;
    const highlight = this.highlight;
    function* steps(): Generator<number, void, number> {
      const index = yield* module!.hitIndexSteps(scene.edges, { extent });
      self.hits = { key, index };
      if (!highlight.indexed(scene)) yield* highlight.orderSteps(scene);
    }
    // When the page is next idle: a playback step follows another before any reader could point at an edge.
    const job = waiting();
    this.indexing = job;
    const start = () => {
      if (!job.done) this.indexing = inSlices(steps(), 1000, () => {}, { now: false });
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 1000 });
    else start();
  }

  busy(): boolean {
    return !!this.indexing && !this.indexing.done;
  }

  stop() {
    this.indexing?.cancel();
  }

  /** Forgets the index (the layer left the map). */
  reset() {
    this.hits = undefined;
  }
}

import { storySceneSteps, type Filters, type Scene } from '../core/storyScene.ts';
import type { Story } from '../data/schema.ts';
import { inSlices, type Slices } from './slices.ts';

/** Bends edges between two checks of the slice's time. */
const SCENE_CHUNK = 2000;
/** How many zoom levels' scenes are kept, so zooming back and forth does not rebuild them. */
const CACHED_SCENES = 6;

export type StoryScene = Omit<Scene, 'countries' | 'borders'>;

/** What a scene is made from: the layer's options as they are now. */
export interface SceneSource {
  story: Story;
  filters?: Filters;
  compact?: boolean;
}

/**
 * The story's scenes by zoom level, in world pixels: made at once or a slice at a time (once,
 * however many ask), the last few kept. A new version (filters or theme changed) drops them all.
 */
export class SceneCache {
  /** Counts the changes that make every scene stale; part of each scene's key. */
  version = 0;
  private scenes = new Map<string, StoryScene>();
  /** Scenes being made, by key, and the callbacks waiting for each. */
  private building = new Map<string, { work: Slices; waiting: ((scene: StoryScene) => void)[] }>();

  /** `source` gives the options to make scenes from; `onScreen` the zoom whose scene is never dropped. */
  constructor(private source: () => SceneSource, private onScreen: () => number) {}

  key(zoom: number) {
    return `${zoom}|${this.version}`;
  }

  get(zoom: number): StoryScene | undefined {
    return this.scenes.get(this.key(zoom));
  }

  has(zoom: number): boolean {
    return this.scenes.has(this.key(zoom));
  }

  /** Whether a scene is being made. */
  busy(): boolean {
    return this.building.size > 0;
  }

  /** Drops every scene made or being made: the filters or the theme changed. */
  forget() {
    this.version++;
    this.scenes.clear();
    this.stop();
  }

  /** Stops the scenes being made. */
  stop() {
    for (const { work } of this.building.values()) work.cancel();
    this.building.clear();
  }

  /** The story's scene at a zoom, from the cache or made now. */
  now(zoom: number): StoryScene {
    const key = this.key(zoom);
    let part = this.scenes.get(key);
    if (!part) {
      this.building.get(key)?.work.cancel();
      this.building.delete(key);
      const { story, filters, compact } = this.source();
      const steps = storySceneSteps(story, { zoom, origin: [0, 0], width: 0, height: 0 }, filters, compact);
      for (let step = steps.next(Infinity); ; step = steps.next(Infinity)) if (step.done) {
        part = step.value;
        break;
      }
      this.keep(key, part);
    }
    return part;
  }

  /** Makes the story's scene at a zoom a slice at a time (once, however many ask), then hands it on. */
  later(zoom: number, then: (scene: StoryScene) => void) {
    const key = this.key(zoom);
    const cached = this.scenes.get(key);
    if (cached) return then(cached);
    const pending = this.building.get(key);
    if (pending) return void pending.waiting.push(then);
    const job = { work: undefined as unknown as Slices, waiting: [then] };
    this.building.set(key, job);
    const { story, filters, compact } = this.source();
    job.work = inSlices(storySceneSteps(story, { zoom, origin: [0, 0], width: 0, height: 0 }, filters, compact), SCENE_CHUNK, (scene) => {
      this.building.delete(key);
      this.keep(key, scene);
      for (const next of job.waiting) next(scene);
    });
  }

  private keep(key: string, scene: StoryScene) {
    this.scenes.set(key, scene);
    if (this.scenes.size > CACHED_SCENES) {
      // The oldest scene goes, but never the one on screen.
      const current = this.key(this.onScreen());
      const old = [...this.scenes.keys()].find((k) => k !== current && k !== key);
      if (old) this.scenes.delete(old);
    }
  }
}

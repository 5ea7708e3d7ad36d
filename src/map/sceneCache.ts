import type { CalloutCode } from '../core/placeCallouts.ts';
import type { CorridorCode } from '../core/corridorBadges.ts';
import { hasDenseCorridor, LABELS_AVOID_EDGES, sceneAtTime, selects, storySceneSteps, withoutDates, type Filters, type Scene } from '../core/storyScene.ts';
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
  /** The callouts' code, for a story with callouts (placeCallouts.ts): without it a scene has none. */
  calloutCode?: CalloutCode;
  /** The dense corridors' code (corridorBadges.ts): without it a scene keeps no room for their badges. */
  corridorCode?: CorridorCode;
}

/**
 * The story's scenes by zoom level, in world pixels: made at once or a slice at a time (once,
 * however many ask), the last few kept. Each is a selection by date from the scene of all dates at
 * its zoom (the edges in their lanes, the labels placed), which is kept while only the dates
 * change: a playback step selects, it does not lay out. New types or a new theme drop them all.
 */
export class SceneCache {
  /** Counts the changes that make every scene stale; part of each scene's key. */
  version = 0;
  /** How many scenes of all dates were laid out (edges bent into lanes, labels placed): the costly part. */
  laidOut = 0;
  /** Counts the changes that make the scenes of all dates stale (not a change of dates). */
  private allVersion = 0;
  private scenes = new Map<string, StoryScene>();
  /** The scenes of all dates, by zoom and `allVersion`. */
  private allDates = new Map<string, StoryScene>();
  /** Scenes of all dates being made, by their key, and the callbacks waiting for a scene of that zoom. */
  private building = new Map<string, { work: Slices; waiting: ((scene: StoryScene) => void)[] }>();
  /** The scenes of all dates made without the dense corridors' code that have a dense corridor. */
  private dense = new Set<string>();

  /** `source` gives the options to make scenes from; `onScreen` the zoom whose scene is never dropped. */
  constructor(private source: () => SceneSource, private onScreen: () => number) {}

  key(zoom: number) {
    return `${zoom}|${this.version}`;
  }

  private allKey(zoom: number) {
    return `${zoom}|${this.allVersion}`;
  }

  get(zoom: number): StoryScene | undefined {
    return this.scenes.get(this.key(zoom)) ?? this.select(zoom);
  }

  has(zoom: number): boolean {
    return this.scenes.has(this.key(zoom)) || this.allDates.has(this.allKey(zoom));
  }

  /** Whether a scene is being made. */
  busy(): boolean {
    return this.building.size > 0;
  }

  /**
   * Drops every scene made: the filters or the theme changed. Only the dates (`datesOnly`): the
   * scenes of all dates stay, and one being made goes on.
   */
  forget(datesOnly = false) {
    this.version++;
    this.scenes.clear();
    if (datesOnly) return;
    this.allVersion++;
    this.allDates.clear();
    this.dense.clear();
    this.stop();
  }

  /** Stops the scenes being made. */
  stop() {
    for (const { work } of this.building.values()) work.cancel();
    this.building.clear();
  }

  /** The story's scene at a zoom, from the cache or made now. */
  now(zoom: number): StoryScene {
    const made = this.get(zoom);
    if (made) return made;
    const key = this.allKey(zoom);
    this.building.get(key)?.work.cancel();
    this.building.delete(key);
    const { story, filters, compact, calloutCode, corridorCode } = this.source();
    const steps = storySceneSteps(story, { zoom, origin: [0, 0], width: 0, height: 0 }, withoutDates(filters), compact, calloutCode, corridorCode);
    for (let step = steps.next(Infinity); ; step = steps.next(Infinity)) if (step.done) {
      this.keepAll(key, step.value);
      break;
    }
    return this.select(zoom)!;
  }

  /** Makes the story's scene at a zoom a slice at a time (once, however many ask), then hands it on. */
  later(zoom: number, then: (scene: StoryScene) => void) {
    const made = this.get(zoom);
    if (made) return then(made);
    const key = this.allKey(zoom);
    const pending = this.building.get(key);
    if (pending) return void pending.waiting.push(then);
    const job = { work: undefined as unknown as Slices, waiting: [then] };
    this.building.set(key, job);
    const { story, filters, compact, calloutCode, corridorCode } = this.source();
    job.work = inSlices(storySceneSteps(story, { zoom, origin: [0, 0], width: 0, height: 0 }, withoutDates(filters), compact, calloutCode, corridorCode), SCENE_CHUNK, (scene) => {
      this.building.delete(key);
      this.keepAll(key, scene);
      // The dates may have changed while it was made: each waiting caller gets the selection of now.
      const selected = this.select(zoom)!;
      for (const next of job.waiting) next(selected);
    });
  }

  /** The scene of all dates at a zoom, if it is made: what a playback step selects from. */
  allAt(zoom: number): StoryScene | undefined {
    return this.allDates.get(this.allKey(zoom));
  }

  /** The scene of the current dates at a zoom, selected from its scene of all dates, if that is made. */
  private select(zoom: number): StoryScene | undefined {
    const all = this.allDates.get(this.allKey(zoom));
    if (!all) return undefined;
    const { story, filters } = this.source();
    const scene = selects(filters) ? sceneAtTime(all, story, filters!) : all;
    this.keep(this.scenes, this.key(zoom), scene, this.key(this.onScreen()));
    return scene;
  }

  /**
   * Whether the scene of all dates at a zoom (made) has a dense corridor its labels keep clear of
   * (up to LABELS_AVOID_EDGES edges) but was made without its code: it is not to be drawn, but made
   * again once the code has loaded (see `forget`).
   */
  needsCorridors(zoom: number): boolean {
    return this.dense.has(this.allKey(zoom));
  }

  private keepAll(key: string, scene: StoryScene) {
    this.laidOut++;
    if (!this.source().corridorCode && scene.edges.length <= LABELS_AVOID_EDGES && hasDenseCorridor(scene.edges)) this.dense.add(key);
    this.keep(this.allDates, key, scene, this.allKey(this.onScreen()));
  }

  private keep(map: Map<string, StoryScene>, key: string, scene: StoryScene, current: string) {
    map.set(key, scene);
    if (map.size > CACHED_SCENES) {
      // The oldest scene goes, but never the one on screen.
      const old = [...map.keys()].find((k) => k !== current && k !== key);
      if (old) map.delete(old);
    }
  }
}

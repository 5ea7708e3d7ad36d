import type { PhaseRun } from './phase.ts';
import { STEP_TIMEOUT, PLAYBACK_STEPS, median, percentile } from '../common.ts';
/** Playback: 24 one-month windows in a row (ours with the timeline's Forward button, through the layer's filter path; Leaflet redrawing the same filter), each step's time and the frame intervals; its long tasks are counted by the long tasks phase. */
export async function playbackPhase({ r, ev }: PhaseRun): Promise<void> {
  await ev("window.__bench.phase('playback')");
  await ev('window.__bench.startFrames()');
  const p = await ev<{ times?: number[]; error?: string }>(`window.__bench.playback(${PLAYBACK_STEPS})`, STEP_TIMEOUT * 2, 'playback');
  const frames = await ev<number[]>('window.__bench.stopFrames()');
  if (p.error || !p.times?.length) {
    r.errors.push(`playback: ${p.error ?? 'no step'}`);
    return;
  }
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  Object.assign(r, { playbackStepMs: median(p.times), playbackStepP95Ms: percentile(p.times, 95), playbackFrameP95Ms: percentile(intervals, 95), playbackSteps: p.times.length });
  await ev("window.__bench.phase('after playback')");
  await ev('window.__bench.settle()');
}

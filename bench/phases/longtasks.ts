import type { PhaseRun } from './phase.ts';
/** Long tasks after the first render, the longest by phase (the playback's kept apart). */
export async function longtasksPhase({ r, ev }: PhaseRun): Promise<void> {
  const t = await ev<{ rendered: number; longtasks: { start: number; duration: number }[]; phases: { name: string; t: number }[] }>('({ rendered: __bench.rendered, longtasks: __bench.longtasks, phases: __bench.phases })');
  const phaseOf = (start: number) => [...t.phases].reverse().find((p) => p.t <= start)?.name ?? 'after render';
  const byPhase: Record<string, number> = {};
  for (const l of t.longtasks.filter((l) => l.start >= t.rendered)) byPhase[phaseOf(l.start)] = Math.max(byPhase[phaseOf(l.start)] ?? 0, l.duration);
  // The figures from before playback was measured (hover, export, pan, filter, zoom) stay comparable: playback has its own.
  const playing = new Set(['playback', 'after playback']);
  const after = t.longtasks.filter((l) => l.start >= t.rendered && !playing.has(phaseOf(l.start)));
  const max = after.reduce((a, l) => (l.duration > a.duration ? l : a), { start: 0, duration: 0 });
  Object.assign(r, { longtaskMaxMs: max.duration, longtasksOver200: after.filter((l) => l.duration > 200).length, longtaskMaxPhase: max.duration ? phaseOf(max.start) : undefined, longtasksByPhase: byPhase });
  if (r.playbackSteps) r.playbackLongtaskMaxMs = byPhase.playback ?? 0;
}

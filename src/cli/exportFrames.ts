import { join } from 'node:path';
import { exportSvg, isCompact, THEMES } from '../core/index.ts';
import { describeTime, frameSteps } from '../core/timeSteps.ts';
import { printing } from './printable.ts';
import { outputProblems, writeWhole } from './safeWrite.ts';
import { readStory } from './storyFiles.ts';
import { EXIT, storyPlace, type ExportIo } from './exportCommand.ts';
import { filtersOf, readBasemap, viewOf } from './exportFraming.ts';
import { fail, type Checked, type ExportCliOptions } from './exportOptions.ts';

// The export of moments: `--at` (one) and `--frames` (one SVG per step), kept apart from the rest of the command.

export function checkFrames(text: string): Checked<'month' | 'year'> {
  return text === 'month' || text === 'year' ? { value: text } : fail(`--frames "${text}" is not a step; give month or year, such as --frames year`);
}

/** With --frames, --out names the folder the frames go into. */
export function checkFolder(out: string | undefined): Checked<string> {
  if (out === undefined) return fail('--out is required with --frames: the folder to write the frames into, such as --out frames');
  if (/\.svg$/i.test(out)) return fail(`--out "${out}" is a file name; with --frames give a folder to write one SVG per step into, such as --out frames`);
  return { value: out };
}

/** The options a moment or frames cannot go with. */
export function checkMoments(raw: ReadonlyMap<string, unknown>): Checked<null> {
  const errors: string[] = [];
  if (raw.has('at') && (raw.has('from') || raw.has('to'))) errors.push(`--at cannot be used with ${raw.has('from') ? '--from' : '--to'}: --at is a moment (as of a month), --from and --to a window; give one or the other`);
  if (raw.has('frames')) {
    for (const other of ['at', 'from', 'to', 'html', 'png'] as const) {
      if (raw.has(other)) errors.push(`--frames cannot be used with --${other}: the frames are the story as of each ${raw.get('frames') === 'month' ? 'month' : 'year'}, as SVG files${other === 'png' ? ' (make PNGs of them with your video or GIF tool)' : ''}`);
    }
  }
  return errors.length ? fail(...errors) : { value: null };
}

/**
 * `--frames month|year --out DIR`: the story as of each month (or year) from its first to its last,
 * one SVG each in the same view, named by its date (`2021-01.svg`, `2021.svg`) so they sort in
 * time order, each with its date on the map. All are made before any is written; none replaces a
 * file without `force`.
 */
export function runFrames(options: ExportCliOptions & { frames: 'month' | 'year' }, given: ExportIo): number {
  const io = printing(given);
  const loaded = readStory(storyPlace(options.data), io);
  if (!loaded.ok) {
    loaded.errors.forEach((line) => io.err(line));
    return EXIT.failed;
  }
  const story = loaded.story;
  const steps = frameSteps(story.relations, options.frames);
  if (!steps.length) {
    io.err('export: the story has no dated relation, so no frames; export it whole with --out FILE.svg');
    return EXIT.failed;
  }
  const targets = steps.map((step) => frameName(options.out, step));
  const blocked = outputProblems('export', '--out', targets, options.force, io);
  if (blocked.length) {
    // One line for a folder full of old frames, not one per frame.
    const shown = blocked.slice(0, 3);
    shown.forEach((line) => io.err(line));
    if (blocked.length > shown.length) io.err(`export: …and ${blocked.length - shown.length} more frames in the way`);
    return EXIT.failed;
  }
  // One view for every frame, the story's whole: a video does not jump.
  const view = viewOf(options, story);
  const basemap = readBasemap(view.zoom, io);
  const files = steps.map((step, i) => ({
    path: targets[i],
    data: exportSvg(story, basemap, view, {
      filters: filtersOf({ ...options, at: step }),
      theme: THEMES[options.theme],
      date: options.date,
      footnotes: options.footnotes,
      compact: isCompact(options.width),
      moment: describeTime({ mode: 'asof', to: step }),
    }),
  }));
  const failed = writeWhole('export', files, options.force, io);
  if (failed) {
    io.err(failed);
    return EXIT.failed;
  }
  io.out(`export: wrote ${files.length} frames to ${options.out}, ${steps[0]}.svg to ${steps.at(-1)}.svg, the story as of each ${options.frames}`);
  return EXIT.ok;
}

/** A frame's file: its step's date, in the folder. */
export function frameName(folder: string, step: string): string {
  return join(folder, `${step}.svg`);
}

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { interactiveHtml } from '../publish/interactiveHtml.ts';
import { join } from 'node:path';
import { exportSvg, graphicWords, isCompact, presetFrame, presetView, THEMES } from '../core/index.ts';
import { printing, type Printer } from './printable.ts';
import type { ReadIo } from './readFiles.ts';
import { outputProblems, writeWhole, type Output, type WriteIo } from './safeWrite.ts';
import { readStory } from './storyFiles.ts';
import { runFrames } from './exportFrames.ts';
import { describeTime } from '../core/timeSteps.ts';
import { byteLength, formatBytes, outputPaths, PROJECT, rasterise, svgSize } from './exportFiles.ts';
import { filtersOf, readBasemap, viewOf } from './exportFraming.ts';
import { DEFAULT_DATA, parseExportArgs, usage, type ExportCliOptions } from './exportOptions.ts';

export { outputPaths } from './exportFiles.ts';
export { viewOf } from './exportFraming.ts';
export { parseExportArgs, SIZE_MAX, SIZE_MIN, usage, type ExportCliOptions, type Framing, type ParseResult } from './exportOptions.ts';

/**
 * Where an export reads and writes, so tests can run it without a process of its own: the real
 * file system is src/cli/nodeIo.ts, shared with the drafter, as is the safe writing.
 */
export interface ExportIo extends ReadIo, WriteIo, Printer {}

/** Exit codes: done, the data or files are wrong, the command line is wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;


/**
 * Runs `npm run export` from its arguments: prints help, the option errors (exit 2), or exports.
 * Returns the exit code; it never exits the process itself.
 *
 * @example process.exitCode = exportMain(process.argv.slice(2), nodeIo)
 */
export function exportMain(argv: readonly string[], given: ExportIo, now: Date = new Date()): number {
  const io = printing(given);
  const parsed = parseExportArgs(argv, now);
  if (!parsed.ok) {
    parsed.errors.forEach((line) => io.err(line));
    io.err('export: run with --help to see every option');
    return EXIT.usage;
  }
  if (parsed.help) {
    io.out(usage());
    return EXIT.ok;
  }
  return runExport(parsed.options, io);
}

/**
 * Writes the SVG (and PNG) of checked options: loads and validates the story, frames the view,
 * draws it with the same `exportSvg` as the browser and writes the files, or writes nothing and
 * says why. Every output is made before any is written, and none replaces a file without `force`.
 * Returns the exit code.
 */
export function runExport(options: ExportCliOptions, given: ExportIo): number {
  const io = printing(given);
  if (options.html !== undefined) return runHtmlExport(options as ExportCliOptions & { html: string }, io);
  if (options.frames !== undefined) return runFrames(options as ExportCliOptions & { frames: 'month' | 'year' }, io);
  const targets = outputPaths(options);
  const blocked = outputProblems('export', '--out', targets, options.force, io);
  if (blocked.length) {
    blocked.forEach((line) => io.err(line));
    return EXIT.failed;
  }

  const loaded = readStory(storyPlace(options.data), io);
  if (!loaded.ok) {
    loaded.errors.forEach((line) => io.err(line));
    return EXIT.failed;
  }
  // A preset frames the whole picture; the map gets what the words around it leave, and the legend's
  // band when the legend goes under the map. Without a preset the map is as asked and a band makes the file taller.
  const filters = filtersOf(options);
  const theme = THEMES[options.theme];
  const frame = options.aspect ? presetFrame(options.width, options.aspect, graphicWords(loaded.story), theme) : undefined;
  const { view, legendUnder } = frame
    ? presetView(loaded.story, frame, (height) => viewOf({ ...options, width: frame.layoutWidth, height }, loaded.story), { filters, theme, compact: isCompact(frame.layoutWidth) })
    : { view: viewOf(options, loaded.story), legendUnder: false };
  const basemap = readBasemap(view.zoom, io);
  const svg = exportSvg(loaded.story, basemap, view, {
    filters,
    theme,
    date: options.date,
    footnotes: options.footnotes,
    compact: isCompact(view.width),
    pixelWidth: frame?.pixelWidth,
    legendUnder,
    moment: options.at && describeTime({ mode: 'asof', to: options.at }),
  });
  const files: (Output & { size: string })[] = [{ path: targets[0], data: svg, size: svgSize(svg) }];
  if (options.png) {
    const png = rasterise(svg);
    if ('error' in png) {
      io.err(`export: ${png.error}; nothing was written`);
      return EXIT.failed;
    }
    files.push({ path: targets[1], ...png });
  }

  const failed = writeWhole('export', files, options.force, io);
  if (failed) {
    io.err(failed);
    return EXIT.failed;
  }
  for (const file of files) io.out(`export: wrote ${file.path} (${file.size}, ${formatBytes(byteLength(file.data))})`);
  return EXIT.ok;
}

/**
 * `--html`: the story as one self-contained interactive HTML file (the app's one-file bundle, built
 * first if this checkout has not built it), written whole or not at all.
 */
function runHtmlExport(options: ExportCliOptions & { html: string }, io: ExportIo): number {
  const problem = outputProblems('export', '--html', [options.html], options.force, io);
  if (problem.length) {
    problem.forEach((line) => io.err(line));
    return EXIT.failed;
  }
  const loaded = readStory(storyPlace(options.data), io);
  if (!loaded.ok) {
    loaded.errors.forEach((line) => io.err(line));
    return EXIT.failed;
  }
  const bundle = join(PROJECT, 'dist/standalone/standalone.js');
  if (!existsSync(bundle)) {
    io.out('export: building the one-file bundle first (vite build --config vite.standalone.config.ts)…');
    const built = spawnSync(process.execPath, [join(PROJECT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.standalone.config.ts', '--logLevel', 'warn'], { cwd: PROJECT, encoding: 'utf8' });
    if (built.status !== 0 || !existsSync(bundle)) {
      io.err(`export: the one-file bundle could not be built: ${(built.stderr || built.error?.message || '').trim().split('\n').slice(-1)[0]}`);
      return EXIT.failed;
    }
  }
  const assets = { js: readFileSync(bundle, 'utf8'), css: readFileSync(join(PROJECT, 'dist/standalone/standalone.css'), 'utf8') };
  const html = interactiveHtml(loaded.story, assets, (text) => createHash('sha256').update(text).digest('base64'));
  const failed = writeWhole('export', [{ path: options.html, data: html }], options.force, io);
  if (failed) {
    io.err(failed);
    return EXIT.failed;
  }
  io.out(`export: wrote ${options.html} (${formatBytes(byteLength(html))}, ${formatBytes(gzipSync(html).length)} gzip), one file that opens offline`);
  return EXIT.ok;
}

/** The story's JSON: --data as given, or the built-in story of this checkout. */
export function storyPlace(data: string | undefined): { path: string; name: string } {
  return { path: data ?? join(PROJECT, DEFAULT_DATA), name: data ?? DEFAULT_DATA };
}

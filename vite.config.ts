import { readFileSync } from 'node:fs';
import type { Rollup } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { formatError, loadStory } from './src/data/index.ts';
import { basemapFromTopology, type CountriesTopology } from './src/geo/basemap.ts';
import { encodeWorld } from './src/core/world.ts';
import { projectWorld } from './src/geo/world.ts';
import { prerender } from './src/publish/prerender.ts';

/**
 * The built-in story is checked when the app is built: the page then opens it without the
 * validator (a smaller start), and a build with a broken story fails, saying what is wrong.
 */
function checkBuiltInStory(): Plugin {
  return {
    name: 'check-built-in-story',
    apply: 'build',
    buildStart() {
      const result = loadStory(readFileSync('data/article.txt', 'utf8'), readFileSync('data/relations.json', 'utf8'), { files: { relations: 'data/relations.json', article: 'data/article.txt' } });
      if (!result.ok) this.error(`the built-in story has errors:\n${result.errors.map(formatError).join('\n')}`);
    },
    // The map before any script runs: the built page carries the built-in story's first view.
    transformIndexHtml(html) {
      const result = loadStory(readFileSync('data/article.txt', 'utf8'), readFileSync('data/relations.json', 'utf8'));
      if (!result.ok) return html;
      return html.replace('<main id="app"></main>', `<main id="app">${prerender(result.story, coarseBasemap())}</main>`);
    },
  };
}

const coarseBasemap = () => basemapFromTopology(JSON.parse(readFileSync('geo/countries-110m.json', 'utf8')) as CountriesTopology);

/**
 * `virtual:projected-world`: the URL of the coarse world as the map draws it, projected here by the
 * render core (`projectWorld`, the same `basemapScene` the page used to run at its start), so the
 * page draws it without d3-geo and topojson-client. Built: a JSON asset beside the geometry; served
 * in development: made on first request.
 */
function projectedWorld(): Plugin {
  const id = 'virtual:projected-world';
  const devPath = '/@projected-world/countries-110m-world.json';
  let json: string | undefined;
  const make = () => (json ??= JSON.stringify(encodeWorld(projectWorld(coarseBasemap()))));
  let serving = false;
  return {
    name: 'projected-world',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(source) {
      return source === id ? `\0${id}` : undefined;
    },
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      if (serving) return `export default ${JSON.stringify(devPath)};`;
      const reference = this.emitFile({ type: 'asset', name: 'countries-110m-world.json', source: make() });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    configureServer(server) {
      server.middlewares.use(devPath, (_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(make());
      });
    },
  };
}

/**
 * "Export interactive HTML" under `npm start`: the page asks for `standalone/standalone.js` and
 * `.css` beside it, as the built site serves them; the development server builds them (with
 * vite.standalone.config.ts, in memory) on the first request and again after a source changes.
 */
function standaloneInDev(): Plugin {
  let bundle: Promise<Map<string, string>> | undefined;
  const build = async () => {
    const { build } = await import('vite');
    const result = await build({ configFile: 'vite.standalone.config.ts', logLevel: 'warn', build: { write: false } });
    const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
    const text = (source: string | Uint8Array) => (typeof source === 'string' ? source : new TextDecoder().decode(source));
    return new Map(outputs.flatMap((o) => o.output).map((file) => [file.fileName, file.type === 'chunk' ? file.code : text(file.source)]));
  };
  return {
    name: 'standalone-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('change', () => (bundle = undefined));
      server.middlewares.use('/standalone', (request, response, next) => {
        const name = (request.url ?? '').split('?')[0].replace(/^\//, '');
        if (name !== 'standalone.js' && name !== 'standalone.css') return next();
        (bundle ??= build()).then((files) => {
          const file = files.get(name);
          if (file === undefined) return next();
          response.setHeader('content-type', name.endsWith('.js') ? 'text/javascript' : 'text/css');
          response.end(file);
        }, (error: Error) => {
          bundle = undefined;
          next(error);
        });
      });
    },
  };
}

/**
 * What the page loads at start, in two chunks: Leaflet, and the app's own modules the entry imports
 * statically (`$initial`), which the later chunks import from. Left to itself, the bundler cut that
 * code into a score of small chunks, one for each set of later chunks sharing a module: each a
 * request, and each compressed alone. The entry module stays a chunk of its own, so no later chunk
 * imports the module that starts the app.
 */
function startChunks() {
  return [
    { name: 'leaflet', test: /node_modules[\\/]leaflet[\\/].*\.js$/ },
    {
      name: 'start',
      tags: ['$initial' as const],
      test: (id: string) => (!/node_modules/.test(id) || /\.css$/.test(id)) && !/src[\\/]app[\\/]main\.ts$/.test(id),
      includeDependenciesRecursively: false,
    },
  ];
}

export default defineConfig({
  // Relative asset URLs, so the built app works from any folder it is served from.
  base: './',
  // data/ is served as is, so a story opens by link: ?story=examples/aukus-2021/relations.json
  publicDir: 'data',
  plugins: [checkBuiltInStory(), projectedWorld(), standaloneInDev()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', chunkSizeWarningLimit: 800, modulePreload: { polyfill: false }, rolldownOptions: { output: { codeSplitting: { groups: startChunks() } } } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Tests assert behaviour, not speed: on a shared, loaded machine the fuzzers take several times
    // their quiet time, and vitest's 5 s default would fail them for it.
    testTimeout: 60_000,
  },
});

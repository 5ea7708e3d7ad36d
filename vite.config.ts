import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';
import { formatError, loadStory } from './src/data/index.ts';
import { basemapFromTopology, type CountriesTopology } from './src/geo/basemap.ts';
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
      const basemap = basemapFromTopology(JSON.parse(readFileSync('geo/countries-110m.json', 'utf8')) as CountriesTopology);
      return html.replace('<main id="app"></main>', `<main id="app">${prerender(result.story, basemap)}</main>`);
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so the built app works from any folder it is served from.
  base: './',
  // data/ is served as is, so a story opens by link: ?story=examples/aukus-2021/relations.json
  publicDir: 'data',
  plugins: [checkBuiltInStory()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', chunkSizeWarningLimit: 800 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});

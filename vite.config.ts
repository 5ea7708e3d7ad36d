import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset URLs, so the built app works from any folder it is served from.
  base: './',
  // data/ is served as is, so a story opens by link: ?story=examples/aukus-2021/relations.json
  publicDir: 'data',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', chunkSizeWarningLimit: 800 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});

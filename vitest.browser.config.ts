import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core drives Debian's Chromium against the built app (dist/), served on loopback.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/serve.ts'],
    environment: 'node',
    // Generous: tests assert behaviour, and a loaded shared machine runs them several times slower.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // expect.poll waits for what a person would see (a draft arriving, a scroll ending): 1 s by
    // default, which a loaded machine overruns. A poll returns as soon as it is satisfied.
    expect: { poll: { timeout: 30_000 } },
  },
});

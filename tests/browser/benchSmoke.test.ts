import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

// The benchmark is too slow and noisy for every test run; its smoke run (50 relations, one run of
// each page) is part of them, so the bench cannot rot unnoticed.
test('npm run bench:smoke builds, serves and measures every page, with hover and export working', async () => {
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'bench/run.ts', '--smoke'], {
    cwd: new URL('../../', import.meta.url),
    timeout: 170_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  expect(stdout).toContain('Benchmark');
  const results = JSON.parse(readFileSync(new URL('../../bench/out/results-smoke.json', import.meta.url), 'utf8'));
  expect(JSON.stringify(results).length).toBeGreaterThan(1000);
}, 180_000);

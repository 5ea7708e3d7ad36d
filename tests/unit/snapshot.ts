import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const output = new URL('../output/', import.meta.url);

/**
 * Compares an SVG with the committed `tests/output/<name>.svg`. On a mismatch it writes
 * `<name>-changed.svg` beside it for review and fails; a missing snapshot is written once, except
 * in CI, where it fails.
 */
export function expectSvgSnapshot(name: string, svg: string) {
  const expected = new URL(`${name}.svg`, output);
  const changed = new URL(`${name}-changed.svg`, output);
  if (!existsSync(expected)) {
    if (process.env.CI) throw new Error(`no snapshot tests/output/${name}.svg: run the tests locally and commit it`);
    writeFileSync(expected, svg);
    return;
  }
  const before = readFileSync(expected, 'utf8');
  if (before !== svg) writeFileSync(changed, svg);
  expect(svg === before, `tests/output/${name}.svg changed: review tests/output/${name}-changed.svg and copy it over if the change is right`).toBe(true);
}

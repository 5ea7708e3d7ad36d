import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import table from '../../data/countries.json' with { type: 'json' };
import { builtInStory } from './fixtures.ts';

test('the country table covers every feature of the Natural Earth geometry, without duplicates', () => {
  const out = execFileSync(process.execPath, ['tests/countries-table.check.mjs'], { encoding: 'utf8' });
  expect(out).toMatch(/^ok: \d+ entries/);
});

test('each actor of the article is anchored at its capital as the country table has it', () => {
  const byCode = new Map(table.countries.map((c) => [c.iso3, c]));
  for (const actor of builtInStory().actors) {
    const row = byCode.get(actor.id)!;
    expect(actor.anchor).toEqual({ name: row.capital, lat: row.lat, lon: row.lon });
  }
});

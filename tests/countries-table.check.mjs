// Consistency check for data/countries.json against the world-atlas geometry.
// Plain Node (ESM), no dependencies:  node tests/countries-table.check.mjs
// Prints every problem found and exits 1 if there is any; prints a one-line summary otherwise.
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const readJson = (rel) => JSON.parse(readFileSync(new URL(rel, root), 'utf8'));

const problems = [];
const problem = (msg) => problems.push(msg);

const table = readJson('data/countries.json');
const rows = Array.isArray(table.countries) ? table.countries : [];
if (!Array.isArray(table.countries)) problem('data/countries.json: "countries" is not an array');
if (typeof table.source !== 'string' || !table.source) problem('data/countries.json: missing "source" string');

// --- per-row shape and ranges -------------------------------------------------
rows.forEach((r, i) => {
  const where = `row ${i} (${r && r.iso3})`;
  if (!r || typeof r !== 'object') return problem(`${where}: not an object`);
  if (typeof r.iso3 !== 'string' || !/^[A-Z]{3}$/.test(r.iso3)) problem(`${where}: bad iso3 ${JSON.stringify(r.iso3)}`);
  if (!(r.numeric === null || (typeof r.numeric === 'string' && /^\d{3}$/.test(r.numeric)))) {
    problem(`${where}: numeric must be a 3-digit string or null, got ${JSON.stringify(r.numeric)}`);
  }
  if (r.numeric === null && !/^X[A-Z]{2}$/.test(r.iso3)) problem(`${where}: numeric is null but iso3 is not a user-assigned X.. code`);
  if (r.numeric !== null && /^X/.test(r.iso3)) problem(`${where}: user-assigned X.. code with a numeric code`);
  if (typeof r.name !== 'string' || !r.name.trim()) problem(`${where}: missing name`);
  // null: a state Natural Earth draws no feature for (Tuvalu), anchored by its capital alone; it needs an ISO numeric code.
  if (!(r.atlasName === null ? r.numeric !== null : typeof r.atlasName === 'string' && r.atlasName)) problem(`${where}: missing atlasName`);
  if (!(r.capital === null || (typeof r.capital === 'string' && r.capital.trim()))) problem(`${where}: capital must be a non-empty string or null`);
  if (typeof r.lat !== 'number' || !Number.isFinite(r.lat) || r.lat < -90 || r.lat > 90) problem(`${where}: lat out of range: ${r.lat}`);
  if (typeof r.lon !== 'number' || !Number.isFinite(r.lon) || r.lon < -180 || r.lon > 180) problem(`${where}: lon out of range: ${r.lon}`);
});

// --- duplicates and order -------------------------------------------------------
const dupes = (key) => {
  const seen = new Map();
  for (const r of rows) {
    const v = r[key];
    if (v === null || v === undefined) continue;
    seen.set(v, (seen.get(v) || 0) + 1);
  }
  for (const [v, n] of seen) if (n > 1) problem(`duplicate ${key} ${JSON.stringify(v)} (${n} rows)`);
};
dupes('iso3');
dupes('numeric');
dupes('name');
for (let i = 1; i < rows.length; i++) {
  if (!(rows[i - 1].iso3 < rows[i].iso3)) problem(`not sorted by iso3 at row ${i}: ${rows[i - 1].iso3} then ${rows[i].iso3}`);
}

// --- atlas coverage -------------------------------------------------------------
const byNumeric = new Map(rows.filter((r) => r.numeric).map((r) => [r.numeric, r]));
const idless = new Map(rows.filter((r) => r.numeric === null).map((r) => [r.atlasName, r]));
const usedNumeric = new Set();
const usedIdless = new Set();

for (const file of ['countries-50m.json', 'countries-110m.json']) {
  const topo = readJson(`node_modules/world-atlas/${file}`);
  const geoms = topo.objects?.countries?.geometries;
  if (!Array.isArray(geoms)) { problem(`${file}: no objects.countries.geometries`); continue; }
  for (const g of geoms) {
    const name = g.properties?.name;
    if (g.id !== undefined && g.id !== null && g.id !== '') {
      const r = byNumeric.get(String(g.id));
      if (!r) { problem(`${file}: feature id ${g.id} (${name}) has no table entry`); continue; }
      usedNumeric.add(r.numeric);
      // A few ids are shared by several features (036 = Australia + Ashmore and Cartier Is.);
      // atlasName must equal the name of the first feature with that id in the 50m file.
    } else {
      const r = idless.get(name);
      if (!r) { problem(`${file}: id-less feature "${name}" has no table entry (numeric null, atlasName "${name}")`); continue; }
      usedIdless.add(name);
    }
  }
  if (file === 'countries-50m.json') {
    const firstName = new Map();
    for (const g of geoms) if (g.id && !firstName.has(String(g.id))) firstName.set(String(g.id), g.properties?.name);
    for (const r of byNumeric.values()) {
      const n = firstName.get(r.numeric);
      if (n !== undefined && n !== r.atlasName) problem(`${r.iso3}: atlasName ${JSON.stringify(r.atlasName)} != atlas name ${JSON.stringify(n)} for id ${r.numeric}`);
    }
  }
}
for (const r of rows) {
  if (r.numeric && r.atlasName !== null && !usedNumeric.has(r.numeric)) problem(`${r.iso3}: numeric ${r.numeric} matches no atlas feature`);
  if (r.numeric === null && !usedIdless.has(r.atlasName)) problem(`${r.iso3}: atlasName ${JSON.stringify(r.atlasName)} matches no id-less atlas feature`);
}

// --- the article's countries must be exactly these ---------------------------------
const expected = [
  ['RUS', '643', 'Moscow', 55.7558, 37.6173],
  ['PRK', '408', 'Pyongyang', 39.0392, 125.7625],
  ['KOR', '410', 'Seoul', 37.5665, 126.978],
  ['UKR', '804', 'Kyiv', 50.4501, 30.5234],
  ['VNM', '704', 'Hanoi', 21.0278, 105.8342],
  ['USA', '840', 'Washington, D.C.', 38.9072, -77.0369],
];
for (const [iso3, numeric, capital, lat, lon] of expected) {
  const r = rows.find((x) => x.iso3 === iso3);
  if (!r) { problem(`${iso3}: missing`); continue; }
  if (r.numeric !== numeric || r.capital !== capital || r.lat !== lat || r.lon !== lon) {
    problem(`${iso3}: expected ${numeric} ${capital} ${lat} ${lon}, got ${r.numeric} ${r.capital} ${r.lat} ${r.lon}`);
  }
}

if (problems.length) {
  for (const p of problems) console.log(p);
  console.log(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`ok: ${rows.length} entries cover every feature in countries-50m.json and countries-110m.json`);

// `npm test` runs this first: the programs the tests need that npm cannot install. Missing ones are
// named with the Debian packages that bring them, so a newcomer's first run says what to do instead
// of failing deep inside a test.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const onPath = (name) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, name)));
const needs = [
  { what: '/usr/bin/chromium (the browser tests drive it)', found: existsSync('/usr/bin/chromium'), pkg: 'chromium' },
  { what: 'rsvg-convert (the export tests rasterise SVG with it)', found: onPath('rsvg-convert'), pkg: 'librsvg2-bin' },
  { what: 'xmllint (the export tests validate SVG with it)', found: onPath('xmllint'), pkg: 'libxml2-utils' },
];
const missing = needs.filter((n) => !n.found);
if (missing.length) {
  console.error(`npm test needs ${missing.map((m) => m.what).join(', ')}, not found on this machine.`);
  console.error(`On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y ${missing.map((m) => m.pkg).join(' ')}`);
  process.exit(1);
}

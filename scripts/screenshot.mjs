// Screenshots of the running app, built and served on loopback: `npm run screenshot [-- --out docs]`.
// Writes map-desktop.png (1280×800), map-phone.png (390×844) and map-dark.png to the output folder.
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { launchChromium } from './browser.mjs';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs' }, hash: { type: 'string', default: '' } } });
mkdirSync(values.out, { recursive: true });
await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls.local[0];
const browser = await launchChromium();
try {
  const shots = [
    { name: 'map-desktop', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
    { name: 'map-phone', viewport: { width: 390, height: 844 }, colorScheme: 'light', deviceScaleFactor: 2 },
    { name: 'map-dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme, deviceScaleFactor: shot.deviceScaleFactor ?? 1 });
    await page.goto(url + values.hash);
    await page.waitForSelector('[data-relation-id]');
    // Zoomed-in views load the detailed basemap after the first draw.
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: `${values.out}/${shot.name}.png` });
    console.log(`${values.out}/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

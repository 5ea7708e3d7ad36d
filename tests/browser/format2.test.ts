import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openMap, useBrowser } from './harness.ts';

const ctx = useBrowser();
const example = 'data/examples/red-sea-2024';
const LINK = '?story=examples/red-sea-2024/relations.json';
const file = (path: string, name = path.split('/').pop()!) => ({ name, mimeType: 'text/plain', buffer: readFileSync(path) });
const edgeIds = (page: Page) => page.$$eval('[data-relation-id]', (els) => [...new Set(els.map((e) => e.getAttribute('data-relation-id')))].sort());

describe('story format 2 in the page', () => {
  test('the example opens by link: every actor kind with its marker, legend by family, a marker key', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { hash: LINK });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Red Sea, early 2024: sanctions, strikes and Omani messages');
    expect((await edgeIds(page)).length).toBe(10);
    expect(await page.$$eval('.anchor', (els) => els.map((e) => `${e.getAttribute('data-anchor')}:${e.tagName}`).sort()))
      .toEqual(['EU:rect', 'GBR:circle', 'HOUTHIS:path', 'ISR:circle', 'OMN:circle', 'UN:rect', 'USA:circle']);
    expect(await page.$$eval('.legend .family-name', (els) => els.map((e) => e.textContent))).toEqual(['Cooperation', 'Conflict']);
    expect(await page.$$eval('.legend [data-legend-type]', (els) => els.map((e) => e.getAttribute('data-legend-type'))))
      .toEqual(['mediation', 'tension', 'diplomatic_pressure', 'sanction', 'war']);
    expect(await page.locator('.legend .kinds').textContent()).toBe('CountryOrganisationOther actor');
    expect(await page.locator('.dek').textContent()).toContain('Relations reported by 2 articles, 2024.');
    expect(page.foreign).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  test('tooltips name each quote’s outlet and date; Show in article switches the article panel to that source', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { hash: LINK });
    await page.locator('[data-relation-id="omn-houthis-mediation"]').focus();
    const tooltip = page.locator('[role="tooltip"]');
    await expect.poll(() => tooltip.textContent()).toContain('Oman has been carrying messages between the United States and the Houthis');
    expect(await tooltip.textContent()).toContain('Example desk, “Oman carries messages between Washington and the Houthis”, 3 February 2024');
    await page.keyboard.press('Enter');
    await tooltip.locator('button.in-article').first().click();
    const panel = page.locator('section.article');
    expect(await panel.locator('select.source-picker').inputValue()).toBe('oman-messages');
    expect(await panel.locator('mark').textContent()).toBe('Oman has been carrying messages between the United States and the Houthis');
    await page.keyboard.press('Escape');
    await page.locator('[data-relation-id="eu-houthis-condemnation"]').focus();
    await page.keyboard.press('Enter');
    await tooltip.locator('button.in-article').first().click();
    expect(await panel.locator('select.source-picker').inputValue()).toBe('us-designation');
    expect(await panel.locator('mark').textContent()).toBe('The European Union condemned the attacks on shipping');
  });

  test('an organisation’s marker opens its card, which lists its members in the story', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { hash: LINK });
    await page.locator('.actor-marker[data-actor="UN"]').hover();
    const tooltip = page.locator('[role="tooltip"]');
    await expect.poll(() => tooltip.textContent()).toContain('United Nations');
    expect(await tooltip.textContent()).toContain('Members in this story: United States, United Kingdom, Israel, Oman');
    await page.locator('.actor-marker[data-actor="HOUTHIS"]').hover();
    await expect.poll(() => tooltip.textContent()).toContain('Houthis (Ansar Allah)');
    expect(await tooltip.textContent()).toContain('Not a state');
  });

  test('the story and its two articles open from files, in JSON and as a spreadsheet, and Save story reopens the same', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl);
    await page.setInputFiles('#open-story', [file(`${example}/relations.csv`), file(`${example}/us-designation.txt`), file(`${example}/oman-messages.txt`)]);
    await expect.poll(() => edgeIds(page).then((ids) => ids.length)).toBe(10);
    expect(await page.locator('.errors').isVisible()).toBe(false);
    await page.setInputFiles('#open-story', [file(`${example}/relations.json`), file(`${example}/us-designation.txt`), file(`${example}/oman-messages.txt`)]);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Red Sea, early 2024: sanctions, strikes and Omani messages');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.save').click()]);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(saved).sources.map((s: { articleText: string }) => s.articleText.length)).toEqual([689, 453]);
    const reopen = await openMap(ctx.browser, ctx.baseUrl);
    await reopen.setInputFiles('#open-story', [{ name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from(saved) }]);
    await expect.poll(() => edgeIds(reopen)).toEqual(await edgeIds(page));
  });

  test('its SVG export is clean: xmllint and rsvg-convert read it, the markers and the outlets are in it', async () => {
    const page = await openMap(ctx.browser, ctx.baseUrl, { hash: LINK });
    await page.locator('label:has-text("Add the quotes as numbered footnotes") input').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export SVG/ }).click()]);
    const svg = readFileSync((await download.path())!, 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'format2-'));
    writeFileSync(join(dir, 'map.svg'), svg);
    execFileSync('xmllint', ['--noout', join(dir, 'map.svg')]);
    execFileSync('rsvg-convert', ['-o', join(dir, 'map.png'), join(dir, 'map.svg')]);
    expect(svg).toContain('data-kind="organisation"');
    expect(svg).toContain('data-kind="other"');
    expect(svg).toContain('Sources: Example desk. Basemap: Natural Earth.');
    expect(svg).toMatch(/— Example desk, “Oman carries messages between Washington and the Houthis”, 3 February 2024/);
    expect(svg).toContain('>CONFLICT</text>');
  });
});

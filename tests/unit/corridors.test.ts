import { describe, expect, test } from 'vitest';
import { scene, storyView, THEMES } from '../../src/core/index.ts';
import { corridorBadges, DENSE_CORRIDOR } from '../../src/core/corridorBadges.ts';
import * as corridorCode from '../../src/core/corridorBadges.ts';
import { hasDenseCorridor } from '../../src/core/storyScene.ts';
import { storyElements } from '../../src/core/svgMarkup.ts';
import { labelBox } from '../../src/core/placeLabels.ts';
import { BADGE_R } from '../../src/core/corridorBadges.ts';
import { badgeCandidates } from '../../src/core/placeBadge.ts';
import { loadStory, type Story } from '../../src/data/index.ts';
import { articleText, basemap110m, builtInStory, denseRelationsData, read } from './fixtures.ts';

const basemap = basemap110m();
function load(article: string, relations: string): Story {
  const result = loadStory(article, relations);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.story;
}
const sceneOf = (story: Story) => scene(story, basemap, storyView(story, 960, 600));

describe('dense corridors', () => {
  test('the built-in story and the examples have none, on a desktop or a phone: they draw as before, edge by edge', () => {
    const stories = [builtInStory(), ...['aukus-2021', 'gulf-rift-2017'].map((n) => load(read(`data/examples/${n}/article.txt`), read(`data/examples/${n}/relations.json`)))];
    for (const story of stories) for (const [width, height, compact] of [[960, 600, false], [390, 560, true]] as const) {
      const s = scene(story, basemap, storyView(story, width, height), { compact });
      expect(corridorBadges(s.edges, s.anchors)).toEqual([]);
      // So the map does not load the badges' code for them (RelationsLayer.ts).
      expect(hasDenseCorridor(s.edges)).toBe(false);
      expect(storyElements(s, { theme: THEMES.light, interactive: true, corridors: corridorCode })).not.toContain('class="corridor"');
    }
  });

  test('a corridor of many relations gets one badge between its first two lanes, with its places', () => {
    const s = sceneOf(load(articleText, JSON.stringify(denseRelationsData())));
    const [badge, ...others] = corridorBadges(s.edges, s.anchors);
    expect(others).toEqual([]);
    expect(badge.ids.length).toBeGreaterThanOrEqual(DENSE_CORRIDOR);
    expect(badge.ids).toEqual(expect.arrayContaining(['rus-prk-defence-pact', 'rus-prk-extra-trade', 'rus-prk-extra-diplomatic-pressure']));
    expect([...badge.between].sort()).toEqual(['Moscow', expect.stringContaining('Pyongyang')]);
    // Between the two innermost lanes, which bend to either side of it: on neither of them. (Not at
    // their middles' midpoint here: Seoul–Kyiv runs there, and the badge keeps clear of it; badgePlace.test.ts.)
    const [first, second] = badge.ids.map((id) => s.edges.find((e) => e.id === id)!);
    expect(badgeCandidates(first, second).some(([x, y]) => Math.hypot(x - badge.at[0], y - badge.at[1]) < 0.1)).toBe(true);
    expect(Math.hypot(badge.at[0] - first.mid[0], badge.at[1] - first.mid[1])).toBeGreaterThan(11 + 2);
    expect(Math.hypot(badge.at[0] - second.mid[0], badge.at[1] - second.mid[1])).toBeGreaterThan(11 + 2);
  });

  test('labels keep clear of the badge, on a desktop and on a phone', () => {
    const story = load(articleText, JSON.stringify(denseRelationsData()));
    for (const [width, height, compact] of [[960, 600, false], [390, 560, true]] as const) {
      const s = scene(story, basemap, storyView(story, width, height), { compact });
      const [badge] = corridorBadges(s.edges, s.anchors);
      expect(badge, `${width}`).toBeDefined();
      for (const label of s.labels) {
        const b = labelBox(label);
        const dx = Math.max(b.x0 - badge.at[0], 0, badge.at[0] - b.x1);
        const dy = Math.max(b.y0 - badge.at[1], 0, badge.at[1] - b.y1);
        expect(Math.hypot(dx, dy), `${label.text} at ${width}`).toBeGreaterThan(BADGE_R);
      }
    }
  });

  test('on screen its edges are gathered behind the badge, a tab stop named by the count; a file draws every edge and no badge', () => {
    const s = sceneOf(load(articleText, JSON.stringify(denseRelationsData())));
    const [badge] = corridorBadges(s.edges, s.anchors);
    expect(hasDenseCorridor(s.edges)).toBe(true);
    const screen = storyElements(s, { theme: THEMES.light, interactive: true, corridors: corridorCode });
    const corridor = screen.indexOf(`<g class="corridor" data-corridor="${badge.key}" data-count="${badge.ids.length}">`);
    expect(corridor).toBeGreaterThan(0);
    // The badge, then every edge of the corridor, in the story's order, and none twice on the map.
    const after = screen.slice(corridor);
    expect(after.indexOf('class="corridor-badge"')).toBeLessThan(after.indexOf('data-relation-id='));
    const following = [...after.matchAll(/<g class="edge(?: draft)?"[^>]* data-relation-id="([^"]+)"/g)].map((m) => m[1]);
    expect(following.slice(0, badge.ids.length)).toEqual(badge.ids);
    expect([...screen.matchAll(/data-relation-id="/g)]).toHaveLength(s.edges.length);
    expect(screen).toMatch(new RegExp(`<g class="corridor-badge" tabindex="0" role="button" aria-label="${badge.ids.length} relations between ${badge.between[0]} and ${badge.between[1]}: shown one by one on hover, or with Tab from here">`));
    expect(screen).toContain(`>${badge.ids.length}</text>`);
    const file = storyElements(s, { theme: THEMES.light });
    expect(file).not.toContain('corridor');
    expect([...file.matchAll(/<g class="edge(?: draft)?"/g)]).toHaveLength(s.edges.length);
    // Without the badges' code (the map's start carries none), the screen too draws every edge.
    expect(storyElements(s, { theme: THEMES.light, interactive: true })).not.toContain('corridor');
  });
});

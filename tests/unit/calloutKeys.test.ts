import { describe, expect, test } from 'vitest';
import { CALLOUT_BIG_STEP, CALLOUT_STEP, calloutStep, offsetWords } from '../../src/app/calloutKeys.ts';
import * as calloutCode from '../../src/core/placeCallouts.ts';
import { calloutMarkup, type SceneCallout } from '../../src/core/placeCallouts.ts';
import { storyElements } from '../../src/core/svgMarkup.ts';
import { THEMES } from '../../src/core/themes.ts';

describe('moving a callout with the keys', () => {
  test('each arrow moves it one step its way, with Shift a larger step; other keys do not move it', () => {
    expect(calloutStep('ArrowLeft', false)).toEqual([-CALLOUT_STEP, 0]);
    expect(calloutStep('ArrowRight', false)).toEqual([CALLOUT_STEP, 0]);
    expect(calloutStep('ArrowUp', true)).toEqual([0, -CALLOUT_BIG_STEP]);
    expect(calloutStep('ArrowDown', true)).toEqual([0, CALLOUT_BIG_STEP]);
    expect(CALLOUT_BIG_STEP).toBeGreaterThan(CALLOUT_STEP);
    for (const key of ['Enter', ' ', 'Tab', 'a', 'Home']) expect(calloutStep(key, false)).toBeUndefined();
  });

  test('says where the callout is from its target in words', () => {
    expect(offsetWords(40, -20)).toBe('40 px right, 20 px up from its target');
    expect(offsetWords(-5, 0)).toBe('5 px left from its target');
    expect(offsetWords(0, 25)).toBe('25 px down from its target');
    expect(offsetWords(0, 0)).toBe('on its target');
  });
});

describe('a callout as a tab stop', () => {
  const callout: SceneCallout = { index: 0, lines: ['Seoul weighs', 'sending <arms>'], x: 10, y: 20, width: 90, height: 30, leader: [0, 0, 10, 20] };

  test('on the editor\'s map it is focusable, named by its note and says which keys move it', () => {
    const markup = calloutMarkup([callout], THEMES.light, true);
    expect(markup).toContain('tabindex="0"');
    expect(markup).toContain('role="button"');
    expect(markup).toContain('aria-label="Callout “Seoul weighs sending &lt;arms&gt;”: the arrow keys move it, Shift with an arrow moves it further"');
    expect(markup).toMatch(/aria-keyshortcuts="ArrowUp [^"]*Shift\+ArrowRight"/);
  });

  test('a file, and a map that is not the editor\'s, draw the same callout with none of it', () => {
    const plain = calloutMarkup([callout], THEMES.light);
    expect(plain).not.toMatch(/tabindex|aria-|role=/);
    const scene = { edges: [], anchors: [], labels: [], callouts: [callout] };
    expect(storyElements(scene, { theme: THEMES.light, interactive: true , callouts: calloutCode })).toContain(plain);
    expect(storyElements(scene, { theme: THEMES.light, movableCallouts: true , callouts: calloutCode })).toContain(plain);
    expect(storyElements(scene, { theme: THEMES.light, interactive: true, movableCallouts: true , callouts: calloutCode })).toContain('tabindex="0"');
  });
});

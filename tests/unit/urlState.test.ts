import { expect, test } from 'vitest';
import { formatUrlState, parseUrlState } from '../../src/app/urlState.ts';
import { relationTypeNames } from '../../src/data/relationTypes.ts';

test('round-trips the view, filters and selection', () => {
  const state = { view: { zoom: 3.5, lat: 40.1234, lon: 120.5 }, types: ['alliance' as const, 'visit' as const], from: '2024-01', to: '2024-06', relation: 'rus-prk-state-visit' };
  const hash = formatUrlState(state);
  expect(hash).toBe('#map=3.5/40.1234/120.5000&types=alliance,visit&from=2024-01&to=2024-06&relation=rus-prk-state-visit');
  expect(parseUrlState(hash)).toEqual(state);
});

test('leaves out the type list when every type is shown, and an empty state is an empty hash', () => {
  expect(formatUrlState({ types: [...relationTypeNames] })).toBe('');
});

test('ignores what it cannot read rather than failing', () => {
  expect(parseUrlState('#map=abc/1/2&types=alliance,friendship&from=June&to=2024-13x')).toEqual({ types: ['alliance'] });
  expect(parseUrlState('#map=3/95/10')).toEqual({});
  expect(parseUrlState('')).toEqual({});
});

test('an empty type list is kept: the reader hid every type', () => {
  expect(parseUrlState('#types=')).toEqual({ types: [] });
});

test('an impossible month or day in a link is ignored, not applied', () => {
  expect(parseUrlState('#from=2024-13&to=2024-02-30')).toEqual({});
  expect(parseUrlState('#from=2024-02-29')).toEqual({ from: '2024-02-29' });
});

test('the timeline: #t= is a moment, mode=asof makes from and to a moment too, and each writes back as it was read', () => {
  expect(parseUrlState('#t=2024-06')).toEqual({ mode: 'asof', to: '2024-06' });
  expect(formatUrlState({ mode: 'asof', to: '2024-06' })).toBe('#t=2024-06');
  expect(parseUrlState('#from=2024-01&to=2024-06&mode=asof')).toEqual({ from: '2024-01', to: '2024-06', mode: 'asof' });
  expect(formatUrlState({ from: '2024-01', to: '2024-06', mode: 'asof' })).toBe('#from=2024-01&to=2024-06&mode=asof');
  expect(formatUrlState({ from: '2024-01', to: '2024-06', mode: 'window' })).toBe('#from=2024-01&to=2024-06');
  expect(parseUrlState('#t=2024-13')).toEqual({});
});

test('a centre past 180° (a Pacific story, drawn in the world copy east of the line) is kept; one past the map\'s bounds is not', () => {
  expect(parseUrlState('#map=2/-5/216.5')).toEqual({ view: { zoom: 2, lat: -5, lon: 216.5 } });
  expect(parseUrlState('#map=2/-5/-200')).toEqual({ view: { zoom: 2, lat: -5, lon: -200 } });
  expect(parseUrlState('#map=2/-5/600')).toEqual({});
});

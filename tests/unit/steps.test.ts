import { describe, expect, test } from 'vitest';
import { allAtOnce, stepByStep } from '../../src/app/steps.ts';

function* counted(log: string[]) {
  log.push('a');
  yield;
  log.push('b');
  yield;
  log.push('c');
  return 'whole';
}

describe('steps', () => {
  test('allAtOnce runs every step in one go and gives back what the generator returns', () => {
    const log: string[] = [];
    expect(allAtOnce(counted(log))).toBe('whole');
    expect(log).toEqual(['a', 'b', 'c']);
  });

  test('stepByStep pauses between steps, never before the first, and tells of each step', async () => {
    const log: string[] = [];
    const heard: number[] = [];
    const pause = async () => { log.push('pause'); };
    expect(await stepByStep(counted(log), pause, new AbortController().signal, (i) => heard.push(i))).toBe('whole');
    expect(log).toEqual(['a', 'pause', 'b', 'pause', 'c']);
    expect(heard).toEqual([0, 1, 2]);
  });

  test('stepByStep runs no step once its signal has aborted, and gives back undefined', async () => {
    const log: string[] = [];
    const abort = new AbortController();
    const pause = async () => { abort.abort(); };
    expect(await stepByStep(counted(log), pause, abort.signal)).toBeUndefined();
    expect(log).toEqual(['a']);
  });
});

import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadSettings, MAX_DEFAULT_WORKERS } from './config.ts';

describe('WORKERS', () => {
  it('defaults to one worker per core, at most four', () => {
    expect(loadSettings({}).workers).toBe(Math.min(availableParallelism(), MAX_DEFAULT_WORKERS));
    expect(MAX_DEFAULT_WORKERS).toBe(4);
  });

  it('takes a whole number from 1 (one process, no cluster) to 64', () => {
    expect(loadSettings({ WORKERS: '1' }).workers).toBe(1);
    expect(loadSettings({ WORKERS: ' 8 ' }).workers).toBe(8);
  });

  it('stops the start on anything else, naming the setting', () => {
    for (const bad of ['0', '65', '2.5', 'all', '-1']) {
      expect(() => loadSettings({ WORKERS: bad })).toThrow(
        `WORKERS=${bad} is not a whole number from 1 to 64.`,
      );
    }
  });
});

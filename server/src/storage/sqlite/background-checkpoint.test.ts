import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBackgroundCheckpoint } from './background-checkpoint.ts';

const dir = mkdtempSync(join(tmpdir(), 'onewindow-checkpoint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('background checkpoint', () => {
  it('tells its owner when its thread fails, and still stops', async () => {
    const failed = new Promise<unknown>((resolve) => {
      const checkpoint = startBackgroundCheckpoint(join(dir, 'no-such.db'), (error) => {
        resolve(error);
        void checkpoint.stop();
      });
    });
    const error = await failed;
    // The driver's error, as a thread hands it over.
    expect(error).toMatchObject({ code: 'SQLITE_CANTOPEN' });
  });
});

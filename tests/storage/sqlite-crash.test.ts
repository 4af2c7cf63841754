import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/src/audit/seal.ts';
import { createSqliteStore } from '../../server/src/storage/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'onewindow-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sqlite under SIGKILL', () => {
  it('keeps every receipt whose write had resolved, and the audit chain verifies', async () => {
    const file = join(dir, 'crash.sqlite');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'crash-writer.ts'), file],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const acknowledged: string[] = [];
    let buffer = '';
    child.stdout.setEncoding('utf8');
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: string) => {
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        acknowledged.push(...lines);
        if (acknowledged.length >= 300 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));

    const store = createSqliteStore({ file });
    for (const id of acknowledged) expect(await store.getCase({ id }), id).not.toBeNull();
    const records = [];
    for (let from = 1; ; from += 1000) {
      const page = await store.listAudit({ fromSeq: from, limit: 1000 });
      records.push(...page);
      if (page.length < 1000) break;
    }
    expect(verifyAuditChain(records).ok).toBe(true);
    expect(records.length).toBeGreaterThanOrEqual(acknowledged.length);
    expect((await store.listInbox({})).total).toBe(records.length);
    await store.close();
  }, 60_000);
});

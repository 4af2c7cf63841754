/**
 * Child process of sqlite-crash.test.ts: files receipts as fast as it can, 32 at a time, and prints
 * the id of each one whose promise resolved — only then would a server answer 201. Killed mid-way.
 */
import { createSqliteStore } from '../../server/src/storage/index.ts';
import { auditDraft, newCase, receiptEvent } from './fixtures.ts';

const store = createSqliteStore({ file: process.argv[2] });
let n = 0;
async function writer(): Promise<void> {
  for (;;) {
    const id = `crash-${process.pid}-${++n}`;
    await store.createCase({
      idempotencyKey: id,
      case: { ...newCase({ id, caseNumber: '' }), caseNumber: { nextOfDay: '2026-11-29' } },
      event: receiptEvent(),
      audit: [auditDraft(id)],
    });
    process.stdout.write(`${id}\n`);
  }
}
await Promise.all(Array.from({ length: 32 }, writer));

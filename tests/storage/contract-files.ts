import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../server/src/errors/index.ts';
import { concurrently, type MakeStore, newCase, receiptEvent, useStore } from './fixtures.ts';

const AT = '2026-11-29T01:00:00.000Z';

/** Bytes of every value, `size` long, different for each `seed`. */
function bytesOf(size: number, seed = 0): Uint8Array {
  return Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed) & 0xff);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function filesContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  describe('files', () => {
    it('stores bytes under their SHA-256 and gives back exactly those bytes with what is known of them', async () => {
      const bytes = bytesOf(70_000, 1);
      const put = await store().putFile({
        bytes,
        contentType: 'application/pdf',
        at: '2026-11-29T09:00:00+08:00',
      });
      const file = { sha256: sha256(bytes), size: 70_000, contentType: 'application/pdf', createdAt: AT };
      expect(put).toEqual({ file, created: true });
      expect(await store().getFileInfo({ sha256: file.sha256 })).toEqual(file);
      const read = await store().getFile({ sha256: file.sha256 });
      expect(read?.file).toEqual(file);
      expect(Buffer.from(read!.bytes).equals(Buffer.from(bytes))).toBe(true);
    });

    it('stores the same bytes once: a second upload writes nothing and answers the first entry', async () => {
      const bytes = bytesOf(1000, 2);
      const first = await store().putFile({ bytes, contentType: 'image/png', at: AT });
      const again = await store().putFile({
        bytes: Uint8Array.from(bytes),
        contentType: 'image/png',
        at: '2026-12-01T01:00:00.000Z',
      });
      expect(again).toEqual({ file: first.file, created: false });
    });

    it('stores the same new bytes once when they arrive at the same time', async () => {
      const bytes = bytesOf(300_000, 3);
      const results = await concurrently(8, () =>
        store().putFile({ bytes, contentType: 'image/jpeg', at: AT }),
      );
      const answers = results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason));
      expect(answers.every((a) => 'file' in a && a.file.sha256 === sha256(bytes))).toBe(true);
      expect(answers.filter((a) => a.created)).toHaveLength(1);
      expect(
        Buffer.from((await store().getFile({ sha256: sha256(bytes) }))!.bytes).equals(Buffer.from(bytes)),
      ).toBe(true);
    });

    it('keeps different bytes apart', async () => {
      const a = await store().putFile({ bytes: bytesOf(10, 4), contentType: 'image/png', at: AT });
      const b = await store().putFile({ bytes: bytesOf(10, 5), contentType: 'image/tiff', at: AT });
      expect(a.file.sha256).not.toBe(b.file.sha256);
      expect((await store().getFileInfo({ sha256: b.file.sha256 }))?.contentType).toBe('image/tiff');
    });

    it('answers null where nothing is stored, and refuses an address that is not a SHA-256', async () => {
      expect(await store().getFileInfo({ sha256: 'a'.repeat(64) })).toBeNull();
      expect(await store().getFile({ sha256: 'a'.repeat(64) })).toBeNull();
      for (const bad of ['../../etc/passwd', 'A'.repeat(64), 'a'.repeat(63), '']) {
        await expect(store().getFile({ sha256: bad })).rejects.toBeInstanceOf(ValidationError);
        await expect(store().getFileInfo({ sha256: bad })).rejects.toBeInstanceOf(ValidationError);
      }
    });

    it('files a case with its attachments and keeps them through a transition', async () => {
      const scan = {
        material: 'id-card',
        sha256: 'b'.repeat(64),
        name: '身份证 正面.pdf',
        size: 1234,
        contentType: 'application/pdf',
      };
      const { case: filed } = await store().createCase({
        idempotencyKey: 'key-scan',
        case: { ...newCase({ id: 's1', caseNumber: '2026112900001' }), attachments: [scan] },
        event: receiptEvent(),
        audit: [],
      });
      expect(filed.attachments).toEqual([scan]);
      expect((await store().getCase({ id: 's1' }))?.attachments).toEqual([scan]);
      const more = { ...scan, sha256: 'c'.repeat(64), name: '反面.png', contentType: 'image/png' };
      const moved = await store().transitionCase({
        caseId: 's1',
        expectedRevision: 1,
        patch: { attachments: [scan, more] },
        event: { type: 'record-supplement', at: '2026-11-29T02:00:00.000Z', actor: 'clerk1' },
        audit: [],
      });
      expect(moved.attachments).toEqual([scan, more]);
      expect(await store().getCase({ id: 's1' })).toEqual(moved);
      const untouched = await store().transitionCase({
        caseId: 's1',
        expectedRevision: 2,
        patch: { status: 'accepted' },
        event: { type: 'accept', at: '2026-11-29T03:00:00.000Z', actor: 'clerk1' },
        audit: [],
      });
      expect(untouched.attachments).toEqual([scan, more]);
    });

    it('files a case that names no attachments as having none', async () => {
      const { attachments: _none, ...unnamed } = newCase({ id: 's2', caseNumber: '2026112900002' });
      const { case: filed } = await store().createCase({
        idempotencyKey: 'key-none',
        case: unnamed,
        event: receiptEvent(),
        audit: [],
      });
      expect(filed.attachments).toEqual([]);
    });
  });
}

import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { StorageError } from '../../server/src/errors/index.ts';
import { caseFromDoc, caseMutableToDoc, caseToDoc } from '../../server/src/storage/mongo/documents.ts';
import { duplicateKeyFields } from '../../server/src/storage/mongo/handle-mongo-error.ts';
import { fileFromGridFs, gridFsMetadata } from '../../server/src/storage/mongo/mongo-files.ts';
import { newCase } from './fixtures.ts';

// The MongoDB adapter's file and attachment mapping, without a server (the contract runs the rest).

const sha = 'e'.repeat(64);

describe('mongo files', () => {
  it('keeps the type and a normalised date in the GridFS metadata, and reads a file document back', () => {
    const metadata = gridFsMetadata('image/png', '2026-11-29T09:00:00+08:00');
    expect(metadata).toEqual({ contentType: 'image/png', createdAt: '2026-11-29T01:00:00.000Z' });
    const doc = { _id: new mongoose.Types.ObjectId(), filename: sha, length: 4321, metadata };
    expect(fileFromGridFs(doc)).toEqual({
      sha256: sha,
      size: 4321,
      contentType: 'image/png',
      createdAt: '2026-11-29T01:00:00.000Z',
    });
  });

  it('refuses a file document it did not write (no type or date on record)', () => {
    const doc = { _id: new mongoose.Types.ObjectId(), filename: sha, length: 1, metadata: null };
    expect(() => fileFromGridFs(doc)).toThrow(StorageError);
  });

  it('recognises the unique filename index as the duplicate that two uploads of the same bytes meet', () => {
    const error = Object.assign(
      new Error('E11000 duplicate key error collection: x.files.files index: filename_1 dup key'),
      {
        code: 11000,
      },
    );
    expect(duplicateKeyFields(error)).toEqual(['filename']);
  });
});

describe('mongo case attachments', () => {
  const scan = {
    material: 'id-card',
    sha256: sha,
    name: '扫描件 $1.pdf',
    size: 9,
    contentType: 'application/pdf',
  };

  it('stores the attachments as JSON text and reads them back, also after a transition', () => {
    const c = {
      ...newCase({ id: 'c1', caseNumber: '2026112900001' }),
      caseNumber: '2026112900001',
      attachments: [scan],
    };
    const doc = caseToDoc(c, 'k');
    expect(doc.attachments).toBe(JSON.stringify([scan]));
    const record = caseFromDoc(doc);
    expect(record.attachments).toEqual([scan]);
    expect(caseMutableToDoc({ ...record, attachments: [] }).attachments).toBe('[]');
  });

  it('files a case without attachments as having none, and reads a document from before attachments so too', () => {
    const { attachments: _none, ...c } = newCase({ id: 'c2', caseNumber: '2026112900002' });
    const doc = caseToDoc({ ...c, caseNumber: '2026112900002' }, 'k2');
    expect(caseFromDoc(doc).attachments).toEqual([]);
    const { attachments: _absent, ...older } = doc;
    expect(caseFromDoc(older).attachments).toEqual([]);
  });
});

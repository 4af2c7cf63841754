import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { GENESIS_HEAD, sealAuditRecord, verifyAuditChain } from '../../server/src/audit/seal.ts';
import {
  AppError,
  ConflictError,
  NotFoundError,
  StorageError,
  ValidationError,
} from '../../server/src/errors/index.ts';
import { buildInboxQuery, buildItemsFilter } from '../../server/src/storage/mongo/build-inbox-query.ts';
import { supportsTransactions } from '../../server/src/storage/mongo/create-mongo-store.ts';
import {
  auditFromDoc,
  auditToDoc,
  caseEventFromDoc,
  caseEventToDoc,
  caseFromDoc,
  caseSummaryFromDoc,
  caseToDoc,
  versionFromDoc,
  versionToDoc,
} from '../../server/src/storage/mongo/documents.ts';
import { duplicateKeyFields, handleMongoError } from '../../server/src/storage/mongo/handle-mongo-error.ts';
import { createMutex } from '../../server/src/storage/mongo/mongo-context.ts';
import { buildRunningClocksFilter } from '../../server/src/storage/mongo/mongo-deadlines.ts';
import { auditDraft, newCase, serviceItem } from './fixtures.ts';

// These run without a server: the MongoDB adapter's pure parts (the contract runs it against a server).

describe('mongo documents', () => {
  it('round-trips a case, JSON with awkward keys included, and keeps the summary to what the inbox shows', () => {
    const c = {
      ...newCase({ id: 'c1', caseNumber: '2026112900001' }),
      caseNumber: '2026112900001',
      formData: { $where: 'x', 'a.b': { c: [1, null] } },
    };
    const doc = caseToDoc(c, 'key-1');
    expect(doc).toMatchObject({
      _id: 'c1',
      idempotencyKey: 'key-1',
      itemCode: 'ITEM-A',
      revision: 1,
      updatedAt: c.receivedAt,
    });
    expect(typeof doc.formData).toBe('string');
    expect(doc.searchTokens).toEqual(expect.arrayContaining(['2026112900001', '00001', '1', '张三', '三']));
    const back = caseFromDoc(doc);
    expect(back).toEqual({ ...c, revision: 1, updatedAt: c.receivedAt });
    expect(caseSummaryFromDoc(doc)).not.toHaveProperty('formData');
    expect(caseSummaryFromDoc(doc)).not.toHaveProperty('queryCodeHash');
  });

  it('round-trips a published version with its $schema key, and an event with its data', () => {
    const definition = {
      ...serviceItem('X'),
      $schema: 'https://onewindow/service-item.schema.json',
      version: 2,
    };
    const version = {
      code: 'X',
      version: 2,
      hash: 'h'.repeat(64),
      definition,
      publishedAt: '2026-11-29T01:00:00.000Z',
      publishedBy: 'admin',
      status: 'active' as const,
      retiredAt: null,
      retiredBy: null,
    };
    expect(versionToDoc(version)._id).toBe('X@2');
    expect(versionFromDoc(versionToDoc(version))).toEqual(version);
    const event = {
      caseId: 'c1',
      seq: 3,
      type: 'suspend',
      at: '2026-11-29T01:00:00.000Z',
      actor: 'clerk',
      fromStatus: 'in-review' as const,
      toStatus: 'suspended' as const,
      data: { reason: '听证', $x: 1 },
    };
    expect(caseEventToDoc(event)._id).toBe('c1#3');
    expect(caseEventFromDoc(caseEventToDoc(event))).toEqual(event);
  });

  it('keeps audit records exact through the document form, so the chain still verifies', () => {
    const first = sealAuditRecord(
      auditDraft('c1', { payload: { n: 1.5, big: 2 ** 40, text: '准予', nested: { z: 1, a: [true] } } }),
      GENESIS_HEAD,
    );
    const second = sealAuditRecord(auditDraft('c2'), first);
    const docs = [first, second].map(auditToDoc);
    expect(docs.map((d) => d._id)).toEqual([1, 2]);
    expect(verifyAuditChain(docs.map(auditFromDoc))).toMatchObject({ ok: true, checked: 2 });
  });
});

describe('mongo inbox query', () => {
  it('puts each filter in as a value, with the page order and clamped paging', () => {
    const q = buildInboxQuery({
      status: ['accepted', 'in-review'],
      itemCode: '{"$ne":1}',
      dueFrom: '2026-12-01',
      dueBefore: '2026-12-08',
      receivedBefore: '2026-11-29T00:00:00.000Z',
      offset: -5,
      limit: 5000,
    });
    expect(q.filter).toEqual({
      status: { $in: ['accepted', 'in-review'] },
      itemCode: { $eq: '{"$ne":1}' },
      promisedDue: { $type: 'string', $lt: '2026-12-08', $gte: '2026-12-01' },
      receivedAt: { $lt: '2026-11-29T00:00:00.000Z' },
    });
    expect(q.sort).toEqual({ receivedAt: -1, caseNumber: -1 });
    expect([q.skip, q.limit, q.matchesNothing]).toEqual([0, 200, false]);
    expect(buildInboxQuery({}).filter).toEqual({});
    expect(buildInboxQuery({ status: [] }).filter).toEqual({});
  });

  it('searches text as anchored, escaped prefixes of the search terms, every word required', () => {
    expect(buildInboxQuery({ text: ' 小明 ' }).filter).toEqual({ searchTokens: { $regex: '^小明' } });
    expect(buildInboxQuery({ text: 'Ann Smi' }).filter).toEqual({
      $and: [{ searchTokens: { $regex: '^ann' } }, { searchTokens: { $regex: '^smi' } }],
    });
    expect(buildInboxQuery({ text: '.*' }).matchesNothing).toBe(true);
    expect(buildInboxQuery({ text: 'a+b' }).filter).toEqual({
      $and: [{ searchTokens: { $regex: '^a' } }, { searchTokens: { $regex: '^b' } }],
    });
  });

  it('filters items by department code or name, type and text', () => {
    expect(buildItemsFilter({ department: 'PSB', type: 'other' })).toEqual({
      $or: [{ departmentCode: { $eq: 'PSB' } }, { departmentName: { $eq: 'PSB' } }],
      type: { $eq: 'other' },
    });
    expect(buildItemsFilter({ text: 'a.b' })).toEqual({
      $or: [{ _id: { $regex: 'a\\.b', $options: 'i' } }, { name: { $regex: 'a\\.b', $options: 'i' } }],
    });
    expect(buildItemsFilter({ department: 'PSB', text: '证' })).toEqual({
      $and: [
        { $or: [{ departmentCode: { $eq: 'PSB' } }, { departmentName: { $eq: 'PSB' } }] },
        { $or: [{ _id: { $regex: '证', $options: 'i' } }, { name: { $regex: '证', $options: 'i' } }] },
      ],
    });
  });
});

describe('mongo running clocks query', () => {
  it('selects open accepted cases with provisional deadlines or a clock through the year, after a cursor', () => {
    const touched = {
      $or: [
        { dueProvisional: { $eq: true } },
        {
          acceptedAt: { $lt: '2028-01-01' },
          $or: [{ promisedDue: { $gte: '2027-01-01' } }, { statutoryDue: { $gte: '2027-01-01' } }],
        },
      ],
    };
    const at = '2026-12-30T01:00:00.000Z';
    expect(buildRunningClocksFilter({ year: 2027, after: JSON.stringify([at, '2026123000007']) })).toEqual({
      concludedAt: { $eq: null },
      acceptedAt: { $type: 'string' },
      $and: [
        {
          $or: [
            { receivedAt: { $gt: at } },
            { receivedAt: { $eq: at }, caseNumber: { $gt: '2026123000007' } },
          ],
        },
        touched,
      ],
    });
    expect(buildRunningClocksFilter({ year: 2027 }).$and).toEqual([touched]);
    expect(() => buildRunningClocksFilter({ year: 2027, after: '{"$gt":1}' })).toThrow(/cursor/);
  });
});

describe('mongo error translation', () => {
  const duplicate = (keyPattern: Record<string, number>) =>
    new mongoose.mongo.MongoServerError({
      message: 'E11000 duplicate key error collection: x',
      code: 11000,
      keyPattern,
    });

  it('turns a duplicate key into a conflict naming the field, without the driver message', () => {
    const error = handleMongoError(duplicate({ username: 1 }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: 'DUPLICATE', extensions: { field: 'username' } });
    expect(error.detail).not.toMatch(/E11000|collection/);
    expect(handleMongoError(duplicate({ idempotencyKey: 1 })).extensions).toEqual({
      field: 'idempotencyKey',
    });
    expect(handleMongoError(duplicate({ weird: 1 }))).toMatchObject({ code: 'DUPLICATE', status: 409 });
  });

  it('finds the duplicated fields in single writes, bulk writes and bare messages alike', () => {
    expect(duplicateKeyFields(duplicate({ caseId: 1, seq: 1 }))).toEqual(['caseId', 'seq']);
    const bulk = new mongoose.mongo.MongoServerError({ message: 'E11000', code: 11000 });
    Object.assign(bulk, { writeErrors: [{ err: { code: 11000, keyPattern: { _id: 1 } } }] });
    expect(duplicateKeyFields(bulk)).toEqual(['_id']);
    const bare = (index: string) =>
      new mongoose.mongo.MongoServerError({
        message: `E11000 duplicate key error collection: ow.x index: ${index} dup key: { x: 1 }`,
        code: 11000,
      });
    expect(duplicateKeyFields(bare('_id_'))).toEqual(['_id']);
    expect(duplicateKeyFields(bare('idempotencyKey_1'))).toEqual(['idempotencyKey']);
    expect(duplicateKeyFields(bare('code_1_version_-1'))).toEqual(['code', 'version']);
    expect(duplicateKeyFields(new Error('E11000'))).toBeUndefined();
  });

  it('makes network trouble and transient transaction errors a retryable 503, anything else a bare 500', () => {
    expect(
      handleMongoError(new mongoose.mongo.MongoNetworkError('connect ECONNREFUSED 10.0.0.1')),
    ).toMatchObject({
      status: 503,
    });
    const transient = new mongoose.mongo.MongoServerError({ message: 'WriteConflict', code: 112 });
    transient.addErrorLabel('TransientTransactionError');
    expect(handleMongoError(transient)).toMatchObject({ status: 503 });
    const other = handleMongoError(new Error('db.cases.find({$where: "sleep(1)"}) failed'));
    expect(other).toBeInstanceOf(StorageError);
    expect(other).toMatchObject({ status: 500, detail: 'The database failed.' });
  });

  it('maps mongoose validation failures to a validation error and lets our own errors through', () => {
    const invalid = new mongoose.Error.ValidationError();
    invalid.addError('status', new mongoose.Error.ValidatorError({ path: 'status', message: 'bad' }));
    expect(handleMongoError(invalid)).toBeInstanceOf(ValidationError);
    const own = new NotFoundError('No case x.');
    expect(handleMongoError(own)).toBe(own);
    expect(handleMongoError('a string')).toBeInstanceOf(AppError);
  });
});

describe('mongo deployment and chain queue', () => {
  it('uses transactions on replica sets and sharded clusters only', () => {
    expect(supportsTransactions({ setName: 'rs0' })).toBe(true);
    expect(supportsTransactions({ msg: 'isdbgrid' })).toBe(true);
    expect(supportsTransactions({})).toBe(false);
  });

  it('runs queued chain writers one at a time, in order, past a failure', async () => {
    const mutex = createMutex();
    const log: string[] = [];
    const task = (name: string, fail = false) =>
      mutex.run(async () => {
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, 5));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([task('a'), task('b', true), task('c')]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });
});

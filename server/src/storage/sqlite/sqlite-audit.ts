import { GENESIS_HEAD, sealAuditRecord } from '../../audit/seal.ts';
import type { AuditDraft, AuditHead, AuditRecord, FactsSnapshot, ListAuditArgs } from '../port.ts';
import { AUDIT_PAGE, clampInt } from '../shared/paging.ts';
import { toInstant } from '../shared/to-instant.ts';
import { verifiedFactsText } from '../shared/verify-facts.ts';
import { inBatch } from './in-batch.ts';
import type { Db } from './open-sqlite-database.ts';
import { type AuditRow, auditFromRow } from './rows.ts';
import type { SyncStore } from './sync-store.ts';

/**
 * The chain's writes, for use INSIDE a transaction that is already open (the write batch's
 * `BEGIN IMMEDIATE`, write-batcher.ts): reading the head and inserting after it cannot interleave
 * with another writer, in this process (better-sqlite3 is synchronous) or in another (the immediate
 * write lock).
 */
export interface AuditWriter {
  append(draft: AuditDraft): AuditRecord;
  /** True if the snapshot was new. */
  putFacts(snapshot: FactsSnapshot): boolean;
}

export function sqliteAuditWriter(db: Db): AuditWriter {
  const head = db.prepare<[], { seq: number; hash: string }>(
    'SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1',
  );
  const insert = db.prepare(
    'INSERT INTO audit (seq, prev_hash, hash, kind, at, actor, subject, facts_hash, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertFacts = db.prepare(
    'INSERT INTO facts (hash, json) VALUES (?, ?) ON CONFLICT (hash) DO NOTHING',
  );
  return {
    append(draft) {
      const record = sealAuditRecord({ ...draft, at: toInstant(draft.at) }, head.get() ?? GENESIS_HEAD);
      insert.run(
        record.seq,
        record.prevHash,
        record.hash,
        record.kind,
        record.at,
        record.actor,
        record.subject,
        record.factsHash,
        JSON.stringify(record.payload),
      );
      return record;
    },
    putFacts(snapshot) {
      return insertFacts.run(snapshot.hash, verifiedFactsText(snapshot)).changes === 1;
    },
  };
}

type AuditOps = Pick<
  SyncStore,
  'appendAudit' | 'putFacts' | 'getFacts' | 'listAudit' | 'getAuditRecord' | 'getAuditHead'
>;

export function sqliteAudit(db: Db, writer: AuditWriter): AuditOps {
  const factsByHash = db.prepare<[string], string>('SELECT json FROM facts WHERE hash = ?').pluck();
  const bySeq = db.prepare<[number], AuditRow>('SELECT * FROM audit WHERE seq = ?');
  const head = db.prepare<[], AuditHead>('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1');
  const pages = new Map<string, ReturnType<typeof db.prepare<unknown[], AuditRow>>>();
  const append = inBatch(db, (draft: AuditDraft, facts?: FactsSnapshot) => {
    if (facts) writer.putFacts(facts);
    return writer.append(draft);
  });

  function listAudit({ fromSeq, limit, kind, subject }: ListAuditArgs): AuditRecord[] {
    const terms = ['seq >= ?'];
    const params: unknown[] = [clampInt(fromSeq, 1, 1, Number.MAX_SAFE_INTEGER)];
    if (kind !== undefined) {
      // The literal second term lets SQLite use the partial index audit_by_kind (kinds other than check).
      terms.push(kind === 'check' ? 'kind = ?' : `kind = ? AND kind <> 'check'`);
      params.push(kind);
    }
    if (subject !== undefined) {
      terms.push('subject = ?');
      params.push(subject);
    }
    const sql = `SELECT * FROM audit WHERE ${terms.join(' AND ')} ORDER BY seq LIMIT ?`;
    let statement = pages.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], AuditRow>(sql);
      pages.set(sql, statement);
    }
    return statement.all(...params, clampInt(limit, AUDIT_PAGE.default, 1, AUDIT_PAGE.max)).map(auditFromRow);
  }

  return {
    appendAudit: ({ record, facts }) => append(record, facts),
    // One statement, atomic on its own.
    putFacts: (snapshot) => ({ created: writer.putFacts(snapshot) }),
    getFacts({ hash }) {
      const json = factsByHash.get(hash);
      return json === undefined ? null : JSON.parse(json);
    },
    listAudit,
    getAuditRecord({ seq }) {
      const row = bySeq.get(seq);
      return row ? auditFromRow(row) : null;
    },
    getAuditHead: () => head.get() ?? GENESIS_HEAD,
  };
}

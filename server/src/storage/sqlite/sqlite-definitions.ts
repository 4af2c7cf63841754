import type { HolidayCalendar, ServiceItem } from '@onewindow/schemas';
import { ConflictError, NotFoundError } from '../../errors/index.ts';
import type {
  ItemSummary,
  ListItemsArgs,
  PublishDraftArgs,
  PublishedVersion,
  PutCalendarArgs,
  RetireVersionArgs,
  SaveDraftArgs,
  VersionSummary,
} from '../port.ts';
import { contentHash } from '../shared/content-hash.ts';
import { itemFields, itemStatus } from '../shared/item-fields.ts';
import { toInstant } from '../shared/to-instant.ts';
import { inBatch } from './in-batch.ts';
import type { Db } from './open-sqlite-database.ts';
import {
  type DraftRow,
  draftFromRow,
  type VersionRow,
  versionFromRow,
  versionSummaryFromRow,
} from './rows.ts';
import type { AuditWriter } from './sqlite-audit.ts';
import type { SyncStore } from './sync-store.ts';

type DefinitionOps = Pick<
  SyncStore,
  | 'saveDraft'
  | 'getDraft'
  | 'listItems'
  | 'publishDraft'
  | 'retireVersion'
  | 'listVersions'
  | 'getVersion'
  | 'listCalendars'
  | 'putCalendar'
>;

interface ItemRow {
  code: string;
  name: string;
  type: ServiceItem['type'];
  department_code: string | null;
  department_name: string;
  revision: number;
  updated_at: string;
  updated_by: string;
  published_revision: number | null;
  latest_version: number | null;
  active_version: number | null;
}

const ITEM_SELECT = `SELECT d.code, d.name, d.type, d.department_code, d.department_name, d.revision, d.updated_at,
  d.updated_by, d.published_revision,
  (SELECT max(version) FROM versions v WHERE v.code = d.code) AS latest_version,
  (SELECT max(version) FROM versions v WHERE v.code = d.code AND v.status = 'active') AS active_version
FROM drafts d`;

/** Drafts, published versions and holiday calendars. */
export function sqliteDefinitions(db: Db, audit: AuditWriter): DefinitionOps {
  const draftByCode = db.prepare<[string], DraftRow & { published_revision: number | null }>(
    'SELECT * FROM drafts WHERE code = ?',
  );
  const insertDraft = db.prepare(
    `INSERT INTO drafts (code, definition, revision, name, type, department_code, department_name, updated_at, updated_by)
     VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  const updateDraft = db.prepare(
    `UPDATE drafts SET definition = ?, revision = revision + 1, name = ?, type = ?, department_code = ?,
     department_name = ?, updated_at = ?, updated_by = ? WHERE code = ?`,
  );
  const markPublished = db.prepare('UPDATE drafts SET published_revision = ? WHERE code = ?');
  const lastVersion = db
    .prepare<[string], number | null>('SELECT max(version) FROM versions WHERE code = ?')
    .pluck();
  const insertVersion = db.prepare(
    `INSERT INTO versions (code, version, hash, definition, published_at, published_by, status)
     VALUES (?, ?, ?, ?, ?, ?, 'active')`,
  );
  const versionRow = db.prepare<[string, number], VersionRow & { definition: string }>(
    'SELECT * FROM versions WHERE code = ? AND version = ?',
  );
  const activeVersionRow = db.prepare<[string], VersionRow & { definition: string }>(
    `SELECT * FROM versions WHERE code = ? AND status = 'active' ORDER BY version DESC LIMIT 1`,
  );
  const versionRows = db.prepare<[string], VersionRow>(
    `SELECT code, version, hash, published_at, published_by, status, retired_at, retired_by
     FROM versions WHERE code = ? ORDER BY version DESC`,
  );
  const retire = db.prepare(
    `UPDATE versions SET status = 'retired', retired_at = ?, retired_by = ? WHERE code = ? AND version = ?`,
  );
  const calendars = db.prepare<[], string>('SELECT calendar FROM calendars ORDER BY year').pluck();
  const upsertCalendar = db.prepare(
    `INSERT INTO calendars (year, calendar, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (year) DO UPDATE SET calendar = excluded.calendar, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  const itemQueries = new Map<string, ReturnType<typeof db.prepare<unknown[], ItemRow>>>();

  const saveDraft = inBatch(db, ({ code, definition, expectedRevision, actor, at }: SaveDraftArgs) => {
    const f = itemFields(code, definition);
    const instant = toInstant(at);
    const current = draftByCode.get(code);
    if ((current?.revision ?? null) !== expectedRevision) {
      if (!current)
        throw new NotFoundError(`No draft ${code} to update; create it with no expected revision.`);
      throw ConflictError.staleRevision(`The draft of ${code}`, expectedRevision, current.revision);
    }
    const json = JSON.stringify(definition);
    if (current)
      updateDraft.run(json, f.name, f.type, f.departmentCode, f.departmentName, instant, actor, code);
    else insertDraft.run(code, json, f.name, f.type, f.departmentCode, f.departmentName, instant, actor);
    const revision = (current?.revision ?? 0) + 1;
    return { code, definition, revision, updatedAt: instant, updatedBy: actor };
  });

  const publishDraft = inBatch(
    db,
    ({ code, expectedRevision, actor, at, auditPayload }: PublishDraftArgs) => {
      const draft = draftByCode.get(code);
      if (!draft) throw new NotFoundError(`No draft ${code}.`);
      if (draft.revision !== expectedRevision) {
        throw ConflictError.staleRevision(`The draft of ${code}`, expectedRevision, draft.revision);
      }
      const last = lastVersion.get(code) ?? 0;
      if (draft.published_revision === draft.revision) {
        throw new ConflictError(
          `Revision ${draft.revision} of ${code} is already published as version ${last}.`,
          {
            code: 'ALREADY_PUBLISHED',
            extensions: { version: last },
          },
        );
      }
      const version = last + 1;
      const definition: ServiceItem = { ...(JSON.parse(draft.definition) as ServiceItem), version };
      const hash = contentHash(definition);
      const instant = toInstant(at);
      insertVersion.run(code, version, hash, JSON.stringify(definition), instant, actor);
      markPublished.run(draft.revision, code);
      audit.append({
        kind: 'publish',
        at: instant,
        actor,
        subject: `${code}@${version}`,
        payload: { ...auditPayload, definition: { code, version, hash }, draftRevision: draft.revision },
      });
      const published: PublishedVersion = {
        code,
        version,
        hash,
        definition,
        publishedAt: instant,
        publishedBy: actor,
        status: 'active',
        retiredAt: null,
        retiredBy: null,
      };
      return published;
    },
  );

  const retireVersion = inBatch(
    db,
    ({ code, version, actor, at, reason }: RetireVersionArgs): VersionSummary => {
      const row = versionRow.get(code, version);
      if (!row) throw new NotFoundError(`No version ${version} of ${code}.`);
      if (row.status === 'retired') return versionSummaryFromRow(row);
      const instant = toInstant(at);
      retire.run(instant, actor, code, version);
      audit.append({
        kind: 'retire',
        at: instant,
        actor,
        subject: `${code}@${version}`,
        payload: {
          definition: { code, version, hash: row.hash },
          ...(reason === undefined ? {} : { reason }),
        },
      });
      return versionSummaryFromRow({ ...row, status: 'retired', retired_at: instant, retired_by: actor });
    },
  );

  const putCalendar = inBatch(db, ({ calendar, actor, at }: PutCalendarArgs): HolidayCalendar => {
    const instant = toInstant(at);
    upsertCalendar.run(calendar.year, JSON.stringify(calendar), instant, actor);
    audit.append({
      kind: 'calendar',
      at: instant,
      actor,
      subject: `calendar@${calendar.year}`,
      payload: {
        year: calendar.year,
        hash: contentHash(calendar),
        holidays: calendar.holidays.length,
        workdays: calendar.workdays.length,
      },
    });
    return calendar;
  });

  function listItems({ department, type, status, text }: ListItemsArgs): ItemSummary[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (department !== undefined) {
      where.push('(d.department_code = ? OR d.department_name = ?)');
      params.push(department, department);
    }
    if (type !== undefined) {
      where.push('d.type = ?');
      params.push(type);
    }
    if (text !== undefined && text !== '') {
      where.push('(instr(lower(d.code), lower(?)) > 0 OR instr(lower(d.name), lower(?)) > 0)');
      params.push(text, text);
    }
    const sql = `${ITEM_SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY d.code`;
    let statement = itemQueries.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], ItemRow>(sql);
      itemQueries.set(sql, statement);
    }
    return statement
      .all(...params)
      .map(itemSummaryFromRow)
      .filter((item) => status === undefined || item.status === status);
  }

  return {
    saveDraft,
    getDraft({ code }) {
      const row = draftByCode.get(code);
      return row ? draftFromRow(row) : null;
    },
    listItems,
    publishDraft,
    retireVersion,
    listVersions: ({ code }) => versionRows.all(code).map(versionSummaryFromRow),
    getVersion({ code, version }) {
      const row = version === undefined ? activeVersionRow.get(code) : versionRow.get(code, version);
      return row ? versionFromRow(row) : null;
    },
    listCalendars: () => calendars.all().map((json) => JSON.parse(json) as HolidayCalendar),
    putCalendar,
  };
}

function itemSummaryFromRow(r: ItemRow): ItemSummary {
  return {
    code: r.code,
    name: r.name,
    type: r.type,
    departmentCode: r.department_code,
    departmentName: r.department_name,
    revision: r.revision,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    latestVersion: r.latest_version,
    publishedRevision: r.published_revision,
    activeVersion: r.active_version,
    status: itemStatus(r.latest_version, r.active_version),
  };
}

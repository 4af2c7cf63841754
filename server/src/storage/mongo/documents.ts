import type { HolidayCalendar, Outcome, ServiceItem } from '@onewindow/schemas';
import type {
  Account,
  AccountRole,
  AuditKind,
  AuditRecord,
  CaseEvent,
  CaseRecord,
  CaseStatus,
  CaseSummary,
  Draft,
  ItemSummary,
  NewCase,
  PublishedVersion,
  Session,
  VersionStatus,
  VersionSummary,
} from '../port.ts';
import { itemStatus } from '../shared/item-fields.ts';
import { caseSearchTerms } from '../shared/search-terms.ts';

/*
 * Documents as stored in MongoDB, and their mapping to and from the port's records (pure functions,
 * unit-tested without a server). JSON documents that the store never queries inside (definitions,
 * form data, check summaries, audit payloads, calendars) are stored as JSON TEXT: BSON would
 * refuse or rewrite keys such as `$schema` and `a.b`, and the audit hash must see the exact data.
 * Instants are ISO strings as in SQLite (text order is time order), except where a TTL index needs
 * a BSON date (sessions, login-attempt windows).
 */

export interface AccountDoc {
  _id: string;
  username: string;
  displayName: string;
  role: AccountRole;
  passwordHash: string;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export function accountFromDoc(d: AccountDoc): Account {
  const { _id, username, displayName, role, passwordHash, disabled, createdAt, updatedAt } = d;
  return { id: _id, username, displayName, role, passwordHash, disabled, createdAt, updatedAt };
}

export function accountToDoc(a: Account): AccountDoc {
  const { id, username, displayName, role, passwordHash, disabled, createdAt, updatedAt } = a;
  return { _id: id, username, displayName, role, passwordHash, disabled, createdAt, updatedAt };
}

export interface SessionDoc {
  _id: string;
  accountId: string;
  createdAt: string;
  /** A date, for the TTL index that removes expired sessions on its own. */
  expiresAt: Date;
}

export function sessionFromDoc(d: SessionDoc): Session {
  return { id: d._id, accountId: d.accountId, createdAt: d.createdAt, expiresAt: d.expiresAt.toISOString() };
}

export interface AttemptDoc {
  _id: string;
  count: number;
  resetAt: Date;
}

export interface DraftDoc {
  _id: string;
  definition: string;
  revision: number;
  name: string;
  type: ServiceItem['type'];
  departmentCode: string | null;
  departmentName: string;
  updatedAt: string;
  updatedBy: string;
  publishedRevision: number | null;
}

export function draftFromDoc(d: DraftDoc): Draft {
  return {
    code: d._id,
    definition: JSON.parse(d.definition) as ServiceItem,
    revision: d.revision,
    updatedAt: d.updatedAt,
    updatedBy: d.updatedBy,
  };
}

/** An item line: the draft plus its newest and highest active version (looked up separately). */
export function itemSummaryFromDoc(
  d: Omit<DraftDoc, 'definition'>,
  latest: number | null,
  active: number | null,
): ItemSummary {
  return {
    code: d._id,
    name: d.name,
    type: d.type,
    departmentCode: d.departmentCode,
    departmentName: d.departmentName,
    revision: d.revision,
    updatedAt: d.updatedAt,
    updatedBy: d.updatedBy,
    latestVersion: latest,
    publishedRevision: d.publishedRevision,
    activeVersion: active,
    status: itemStatus(latest, active),
  };
}

export interface VersionDoc {
  /** `code@version` */
  _id: string;
  code: string;
  version: number;
  hash: string;
  definition: string;
  publishedAt: string;
  publishedBy: string;
  status: VersionStatus;
  retiredAt: string | null;
  retiredBy: string | null;
}

export function versionId(code: string, version: number): string {
  return `${code}@${version}`;
}

export function versionToDoc(v: PublishedVersion): VersionDoc {
  const { definition, ...rest } = v;
  return { _id: versionId(v.code, v.version), ...rest, definition: JSON.stringify(definition) };
}

export function versionSummaryFromDoc(d: Omit<VersionDoc, 'definition'>): VersionSummary {
  const { code, version, hash, publishedAt, publishedBy, status, retiredAt, retiredBy } = d;
  return { code, version, hash, publishedAt, publishedBy, status, retiredAt, retiredBy };
}

export function versionFromDoc(d: VersionDoc): PublishedVersion {
  return { ...versionSummaryFromDoc(d), definition: JSON.parse(d.definition) as ServiceItem };
}

export interface CalendarDoc {
  _id: number;
  calendar: string;
  updatedAt: string;
  updatedBy: string;
}

export function calendarFromDoc(d: CalendarDoc): HolidayCalendar {
  return JSON.parse(d.calendar) as HolidayCalendar;
}

export interface CaseDoc {
  _id: string;
  caseNumber: string;
  idempotencyKey: string;
  queryCodeHash: string;
  itemCode: string;
  itemVersion: number;
  definitionHash: string;
  itemName: string;
  status: CaseStatus;
  formData: string;
  materials: string[];
  /** JSON text of the attachments; absent on cases filed before attachments existed. */
  attachments?: string;
  applicantName: string;
  /** Every suffix of the case number and of each word of the name: an anchored regex on it is a substring search. */
  searchTokens: string[];
  outcome: Outcome;
  check: string;
  override: string | null;
  receivedAt: string;
  acceptedAt: string | null;
  promisedDue: string | null;
  statutoryDue: string | null;
  dueProvisional: boolean;
  pauses: string;
  extensions: string;
  concludedAt: string | null;
  createdBy: string;
  updatedAt: string;
  revision: number;
}

/** The fields a transition may rewrite, as stored. */
export type CaseMutableDoc = Pick<
  CaseDoc,
  | 'status'
  | 'formData'
  | 'materials'
  | 'attachments'
  | 'applicantName'
  | 'searchTokens'
  | 'outcome'
  | 'check'
  | 'override'
  | 'acceptedAt'
  | 'promisedDue'
  | 'statutoryDue'
  | 'dueProvisional'
  | 'pauses'
  | 'extensions'
  | 'concludedAt'
  | 'updatedAt'
>;

export function caseMutableToDoc(c: CaseRecord): CaseMutableDoc {
  return {
    status: c.status,
    formData: JSON.stringify(c.formData),
    materials: c.materials,
    attachments: JSON.stringify(c.attachments),
    applicantName: c.applicantName,
    searchTokens: caseSearchTerms(c.caseNumber, c.applicantName),
    outcome: c.outcome,
    check: JSON.stringify(c.check),
    override: c.override === null ? null : JSON.stringify(c.override),
    acceptedAt: c.acceptedAt,
    promisedDue: c.promisedDue,
    statutoryDue: c.statutoryDue,
    dueProvisional: c.dueProvisional,
    pauses: JSON.stringify(c.pauses),
    extensions: JSON.stringify(c.extensions),
    concludedAt: c.concludedAt,
    updatedAt: c.updatedAt,
  };
}

/** A new case's document: `c` with its number decided, its instants already normalised. */
export function caseToDoc(c: NewCase & { caseNumber: string }, idempotencyKey: string): CaseDoc {
  const record: CaseRecord = {
    ...c,
    attachments: c.attachments ?? [],
    caseNumber: c.caseNumber,
    revision: 1,
    updatedAt: c.receivedAt,
  };
  return {
    _id: c.id,
    caseNumber: c.caseNumber,
    idempotencyKey,
    queryCodeHash: c.queryCodeHash,
    itemCode: c.definition.code,
    itemVersion: c.definition.version,
    definitionHash: c.definition.hash,
    itemName: c.itemName,
    createdBy: c.createdBy,
    receivedAt: c.receivedAt,
    revision: 1,
    ...caseMutableToDoc(record),
  };
}

export function caseSummaryFromDoc(
  d: Omit<CaseDoc, 'formData' | 'check' | 'pauses' | 'extensions' | 'override'>,
): CaseSummary {
  return {
    id: d._id,
    caseNumber: d.caseNumber,
    definition: { code: d.itemCode, version: d.itemVersion, hash: d.definitionHash },
    itemName: d.itemName,
    status: d.status,
    outcome: d.outcome,
    applicantName: d.applicantName,
    receivedAt: d.receivedAt,
    acceptedAt: d.acceptedAt,
    promisedDue: d.promisedDue,
    statutoryDue: d.statutoryDue,
    dueProvisional: d.dueProvisional,
    revision: d.revision,
  };
}

/** What the inbox reads: the summary's fields only (no JSON to parse, no query code hash). */
export const CASE_SUMMARY_PROJECTION = {
  caseNumber: 1,
  itemCode: 1,
  itemVersion: 1,
  definitionHash: 1,
  itemName: 1,
  status: 1,
  outcome: 1,
  applicantName: 1,
  receivedAt: 1,
  acceptedAt: 1,
  promisedDue: 1,
  statutoryDue: 1,
  dueProvisional: 1,
  revision: 1,
} as const;

export function caseFromDoc(d: CaseDoc): CaseRecord {
  return {
    ...caseSummaryFromDoc(d),
    queryCodeHash: d.queryCodeHash,
    formData: JSON.parse(d.formData),
    materials: [...d.materials],
    attachments: JSON.parse(d.attachments ?? '[]'),
    check: JSON.parse(d.check),
    override: d.override === null ? null : JSON.parse(d.override),
    pauses: JSON.parse(d.pauses),
    extensions: JSON.parse(d.extensions),
    concludedAt: d.concludedAt,
    createdBy: d.createdBy,
    updatedAt: d.updatedAt,
  };
}

export interface CaseEventDoc {
  /** `caseId#seq`: the event's place in its timeline is its identity, so a duplicate cannot be written. */
  _id: string;
  caseId: string;
  seq: number;
  type: string;
  at: string;
  actor: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  data: string;
}

export function caseEventToDoc(e: CaseEvent): CaseEventDoc {
  return { _id: `${e.caseId}#${e.seq}`, ...e, data: JSON.stringify(e.data) };
}

export function caseEventFromDoc(d: CaseEventDoc): CaseEvent {
  const { caseId, seq, type, at, actor, fromStatus, toStatus } = d;
  return { caseId, seq, type, at, actor, fromStatus, toStatus, data: JSON.parse(d.data) };
}

export interface AuditDoc {
  /** The seq: unique by construction, so two writers can never both append seq n. */
  _id: number;
  prevHash: string;
  hash: string;
  kind: AuditKind;
  at: string;
  actor: string;
  subject: string;
  factsHash: string | null;
  payload: string;
}

export function auditToDoc(r: AuditRecord): AuditDoc {
  const { seq, payload, ...rest } = r;
  return { _id: seq, ...rest, payload: JSON.stringify(payload) };
}

export function auditFromDoc(d: AuditDoc): AuditRecord {
  return {
    seq: d._id,
    prevHash: d.prevHash,
    hash: d.hash,
    kind: d.kind,
    at: d.at,
    actor: d.actor,
    subject: d.subject,
    factsHash: d.factsHash,
    payload: JSON.parse(d.payload),
  };
}

export interface FactsDoc {
  _id: string;
  json: string;
}

export interface CaseNumberDoc {
  _id: string;
  last: number;
}

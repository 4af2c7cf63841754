import type { DefinitionRef, Outcome, ServiceItem } from '@onewindow/schemas';
import type { CaseStatus } from '../cases/case-state-machine.ts';

/**
 * What the store keeps, as the use cases see it. Adapters map these to rows or documents and back;
 * nothing here knows about SQL or BSON. The operations on them are in `port.ts`.
 */

/** A value JSON can hold. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * An instant as ISO 8601 UTC text with milliseconds, `2026-11-29T05:12:00.000Z`. Adapters normalise
 * every instant they store to this form, so that text order is time order.
 */
export type Instant = string;

// ---------------------------------------------------------------- accounts and sessions

export type AccountRole = 'admin' | 'clerk' | 'inspector';

export interface Account {
  id: string;
  /** Unique, compared exactly (the use case lower-cases it before storing and looking up). */
  username: string;
  displayName: string;
  role: AccountRole;
  /** scrypt, in the self-describing text form the auth module writes (parameters, salt, key). */
  passwordHash: string;
  disabled: boolean;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface Session {
  /** sha256 hex of the random token in the cookie: a stolen database does not yield live cookies. */
  id: string;
  accountId: string;
  createdAt: Instant;
  expiresAt: Instant;
}

/** Who a live session acts for: its account, as much of it as every request needs (never the password hash). */
export type SessionActor = Pick<Account, 'id' | 'username' | 'displayName' | 'role'>;

/** A fixed-window counter of login attempts for one key (e.g. `ip:1.2.3.4`, `user:zhang`). */
export interface AttemptWindow {
  /** Attempts in the current window, this one included. */
  count: number;
  /** When the window ends and the count starts again from zero. */
  resetAt: Instant;
}

// ---------------------------------------------------------------- definitions

/** The editable draft of one item; `revision` guards it (optimistic concurrency). */
export interface Draft {
  code: string;
  definition: ServiceItem;
  revision: number;
  updatedAt: Instant;
  updatedBy: string;
}

/** `draft`: never published; `active`: some version is active; `retired`: published, none active. */
export type ItemStatus = 'draft' | 'active' | 'retired';

/** One line of the item list: the draft's identity and where its versions stand. */
export interface ItemSummary {
  code: string;
  /** The zh-CN name of the draft. */
  name: string;
  type: ServiceItem['type'];
  departmentCode: string | null;
  departmentName: string;
  revision: number;
  updatedAt: Instant;
  updatedBy: string;
  latestVersion: number | null;
  /** The draft revision that became `latestVersion`; below `revision` when the draft has unpublished edits. */
  publishedRevision: number | null;
  /** The highest active version: what new cases are filed under. */
  activeVersion: number | null;
  status: ItemStatus;
}

export type VersionStatus = 'active' | 'retired';

/**
 * A published version: immutable but for `status` (and when and by whom it was retired). The stored
 * `definition` has `version` set, and `hash` is the SHA-256 of its canonical JSON (RFC 8785).
 */
export interface PublishedVersion {
  code: string;
  version: number;
  hash: string;
  definition: ServiceItem;
  publishedAt: Instant;
  publishedBy: string;
  status: VersionStatus;
  retiredAt: Instant | null;
  retiredBy: string | null;
}

export type VersionSummary = Omit<PublishedVersion, 'definition'>;

// ---------------------------------------------------------------- cases

/**
 * What a case keeps of its authoritative check: the outcome and the facts' hash at least; the use case
 * adds what the inbox and notices need (fired rule ids, missing material codes, ...). The full result
 * can always be rebuilt by replaying the pinned definition on the stored facts.
 */
export type CheckSummary = JsonObject & { outcome: Outcome; factsHash: string };

/** 更改审查结论 — a clerk's override of the check's outcome, with the written reason. */
export interface CaseOverride {
  outcome: Outcome;
  reason: string;
  by: string;
  at: Instant;
}

/** 暂停 — suspended on `from`, resumed on `to` (null while suspended); dates as the clock wants them. */
export interface CasePause {
  from: string;
  to: string | null;
  /** e.g. `supplement`, `hearing`, `testing`, `expert-review`, `inspection` (行政许可法 §45). */
  kind: string;
  reason?: string;
}

/** 延期 — an approved extension in the unit of the limit it extends. */
export interface CaseExtension {
  amount: number;
  approver: string;
  reason: string;
  at: Instant;
}

/**
 * 扫描件 — a stored file attached to a case for one of its materials: the content address, and the
 * name, size and (sniffed) type it was uploaded with. The bytes live once in the file store.
 */
export interface CaseAttachment {
  /** The material's code in the pinned definition. */
  material: string;
  sha256: string;
  /** The file name the clerk uploaded (cleaned of any path). */
  name: string;
  size: number;
  contentType: string;
}

/** 办件 — one case, pinned to the exact definition version it was filed under. */
export interface CaseRecord {
  id: string;
  /** 办件编号, e.g. `2026112900001` (day + per-day sequence); unique. */
  caseNumber: string;
  /** sha256 hex of the public query code (查询码); the code itself is never stored. */
  queryCodeHash: string;
  definition: DefinitionRef;
  /** The item's zh-CN name at filing time, for the inbox. */
  itemName: string;
  status: CaseStatus;
  formData: JsonObject;
  /** Codes of the materials provided. */
  materials: string[];
  /** Scans of materials, in the order they were attached (receipt, then supplements). */
  attachments: CaseAttachment[];
  /** For the clerk's search only; never in public answers. */
  applicantName: string;
  /** The outcome in force: the check's, or the override's. */
  outcome: Outcome;
  check: CheckSummary;
  override: CaseOverride | null;
  /** 收件 */
  receivedAt: Instant;
  /** 受理 (a date or date-time, as the clock uses it) */
  acceptedAt: string | null;
  /** 承诺办结期限: 'YYYY-MM-DD' or an ISO date-time for hour limits. */
  promisedDue: string | null;
  /** 法定办结期限 */
  statutoryDue: string | null;
  /** True when a due date was computed past the calendar years on record (provisional). */
  dueProvisional: boolean;
  pauses: CasePause[];
  extensions: CaseExtension[];
  concludedAt: Instant | null;
  createdBy: string;
  updatedAt: Instant;
  /** Starts at 1 on receipt; each transition adds one (optimistic concurrency). */
  revision: number;
}

/**
 * What the store needs to file a new case: everything but the revision and the update time. The case
 * number is either one from `nextCaseNumber`, or `{nextOfDay: 'YYYY-MM-DD'}` to take the day's next
 * number inside the same atomic operation (one write instead of two, and no number is used up by a
 * replayed idempotency key).
 */
export type NewCase = Omit<CaseRecord, 'revision' | 'updatedAt' | 'caseNumber' | 'attachments'> & {
  caseNumber: string | { nextOfDay: string };
  /** None when absent. */
  attachments?: CaseAttachment[];
};

/** The fields a transition may change. */
export type CasePatch = Partial<
  Pick<
    CaseRecord,
    | 'status'
    | 'formData'
    | 'materials'
    | 'attachments'
    | 'applicantName'
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
  >
>;

/** One line of the timeline. `seq` is the case revision the event produced (1 = receipt). */
export interface CaseEvent {
  caseId: string;
  seq: number;
  /** The action, e.g. `receive`, `accept`, `request-supplement`, `override`. */
  type: string;
  at: Instant;
  actor: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  /** Reason, notice, pause kind, approver, ...: what the action carries. */
  data: JsonObject;
}

/** What the caller writes of an event; the store fills in case id, seq and statuses. */
export interface NewCaseEvent {
  type: string;
  at: Instant;
  actor: string;
  data?: JsonObject;
}

/** One line of the clerk's inbox. */
export type CaseSummary = Pick<
  CaseRecord,
  | 'id'
  | 'caseNumber'
  | 'definition'
  | 'itemName'
  | 'status'
  | 'outcome'
  | 'applicantName'
  | 'receivedAt'
  | 'acceptedAt'
  | 'promisedDue'
  | 'statutoryDue'
  | 'dueProvisional'
  | 'revision'
>;

/**
 * What recomputing a case's stored deadlines reads of it (after a holiday calendar changed): the
 * clock's inputs, the deadlines as stored, and the revision they were computed at.
 */
export type CaseClockState = Pick<
  CaseRecord,
  | 'id'
  | 'caseNumber'
  | 'revision'
  | 'definition'
  | 'status'
  | 'acceptedAt'
  | 'pauses'
  | 'extensions'
  | 'promisedDue'
  | 'statutoryDue'
  | 'dueProvisional'
>;

/** New stored deadlines for one case, computed from its state at `expectedRevision`. */
export interface DeadlineUpdate {
  caseId: string;
  expectedRevision: number;
  promisedDue: string | null;
  statutoryDue: string | null;
  dueProvisional: boolean;
}

export interface InboxPage {
  items: CaseSummary[];
  /** All cases matching the filters, across pages. */
  total: number;
}

// ---------------------------------------------------------------- files

/**
 * A stored file (a scan of a material): content-addressed, so the same bytes are one file however
 * many times they are uploaded or attached. Its name belongs to each attachment, not to the file.
 */
export interface StoredFile {
  /** SHA-256 hex (lower case) of the bytes: the file's address. */
  sha256: string;
  size: number;
  /** What the bytes are, as the upload sniffed them (e.g. `application/pdf`); never the client's word. */
  contentType: string;
  /** When the bytes were first stored. */
  createdAt: Instant;
}

/** A stored file with its bytes. */
export interface FileContent {
  file: StoredFile;
  bytes: Uint8Array;
}

// ---------------------------------------------------------------- audit

export type AuditKind = 'check' | 'override' | 'publish' | 'retire' | 'transition' | 'calendar' | 'account';

/** An audit record as the caller writes it; the store gives it `seq`, `prevHash` and `hash`. */
export interface AuditDraft {
  kind: AuditKind;
  at: Instant;
  actor: string;
  /** What it is about: a case id, or `code@version` for a definition. */
  subject: string;
  /** The facts snapshot the record refers to (stored once, by this hash). */
  factsHash?: string | null;
  /** Small (about 2 KB for a check): outcome, fired rule ids, definition ref, reason; never the form. */
  payload: JsonObject;
}

/**
 * One link of the append-only chain. `hash` = sha256 of the canonical JSON of every other member;
 * `prevHash` = the previous record's `hash` (64 zeros for seq 1).
 */
export interface AuditRecord {
  seq: number;
  prevHash: string;
  hash: string;
  kind: AuditKind;
  at: Instant;
  actor: string;
  subject: string;
  factsHash: string | null;
  payload: JsonObject;
}

/** The last record's seq and hash; `{seq: 0, hash: GENESIS_HASH}` for an empty chain. */
export interface AuditHead {
  seq: number;
  hash: string;
}

/** A facts snapshot: `hash` must be the SHA-256 of the canonical JSON of `facts`. */
export interface FactsSnapshot {
  hash: string;
  facts: JsonValue;
  /**
   * The canonical JSON of `facts`, when the caller has just written it (to hash it): the store then
   * checks the hash of this text and stores it, instead of writing the same text again.
   */
  canonical?: string;
}

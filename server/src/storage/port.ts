import type { HolidayCalendar, ServiceItem } from '@onewindow/schemas';
import type { CaseStatus } from '../cases/case-state-machine.ts';
import type {
  Account,
  AccountRole,
  AttemptWindow,
  AuditDraft,
  AuditHead,
  AuditKind,
  AuditRecord,
  CaseClockState,
  CaseEvent,
  CasePatch,
  CaseRecord,
  DeadlineUpdate,
  Draft,
  FactsSnapshot,
  FileContent,
  InboxPage,
  Instant,
  ItemStatus,
  ItemSummary,
  JsonObject,
  JsonValue,
  NewCase,
  NewCaseEvent,
  PublishedVersion,
  Session,
  SessionActor,
  StoredFile,
  VersionSummary,
} from './records.ts';

export type * from './records.ts';

/*
 * The storage port (DESIGN.md "Storage port"): the one interface use cases talk to. Each operation is
 * coarse and atomic inside the adapter — no transaction crosses the port. Failures are `AppError`s:
 * `ConflictError` (stale revision with `currentRevision`, duplicate with `field`), `NotFoundError`,
 * `ValidationError`, and `StorageError` for anything the driver reports; no driver error escapes.
 */

// ---------------------------------------------------------------- accounts and sessions

export interface CreateAccountArgs {
  id: string;
  username: string;
  displayName: string;
  role: AccountRole;
  passwordHash: string;
  at: Instant;
}

export type GetAccountArgs = { id: string } | { username: string };

export interface UpdateAccountArgs {
  id: string;
  patch: Partial<Pick<Account, 'displayName' | 'role' | 'passwordHash' | 'disabled'>>;
  at: Instant;
}

export type CreateSessionArgs = Session;

export interface GetSessionArgs {
  id: string;
  /** A session expiring at or before `now` is not returned. */
  now: Instant;
}

export type GetSessionActorArgs = GetSessionArgs;

export interface DeleteSessionArgs {
  id: string;
}

export interface DeleteAccountSessionsArgs {
  accountId: string;
}

export interface DeleteExpiredSessionsArgs {
  now: Instant;
}

export interface CountLoginAttemptArgs {
  key: string;
  now: Instant;
  windowSeconds: number;
}

export interface ClearLoginAttemptsArgs {
  key: string;
}

// ---------------------------------------------------------------- definitions and calendars

export interface SaveDraftArgs {
  /** Must equal `definition.code`. */
  code: string;
  definition: ServiceItem;
  /** The revision the edit was based on; `null` creates the draft (conflict if it exists). */
  expectedRevision: number | null;
  actor: string;
  at: Instant;
}

export interface GetDraftArgs {
  code: string;
}

export interface ListItemsArgs {
  /** A department code, or its exact zh-CN name. */
  department?: string;
  type?: ServiceItem['type'];
  status?: ItemStatus;
  /** Substring of the code or the zh-CN name (ASCII case-insensitive). */
  text?: string;
}

export interface PublishDraftArgs {
  code: string;
  /** The draft revision that was linted and tested; a newer draft is a conflict, never published unseen. */
  expectedRevision: number;
  actor: string;
  at: Instant;
  /** Added to the `publish` audit record's payload (e.g. lint and test counts). */
  auditPayload?: JsonObject;
}

export interface RetireVersionArgs {
  code: string;
  version: number;
  actor: string;
  at: Instant;
  reason?: string;
}

export interface ListVersionsArgs {
  code: string;
}

export interface GetVersionArgs {
  code: string;
  /** Absent: the highest active version (what a new case is filed under). */
  version?: number;
}

export interface PutCalendarArgs {
  calendar: HolidayCalendar;
  actor: string;
  at: Instant;
}

// ---------------------------------------------------------------- cases

export interface ReserveCaseNumbersArgs {
  /** The local day of receipt, 'YYYY-MM-DD' (the caller decides the time zone). */
  day: string;
  /** How many consecutive numbers to take, 1 to 1000. */
  count: number;
}

export interface CreateCaseArgs {
  /**
   * Unique for good: a second create with the same key returns the first case (`created: false`)
   * and writes nothing, also under concurrency. The caller scopes it (e.g. account id + header).
   */
  idempotencyKey: string;
  case: NewCase;
  /** The receipt event; it becomes seq 1 of the timeline. */
  event: NewCaseEvent;
  /** Appended to the chain in the same atomic operation (the check, an override at receipt, ...). */
  audit: readonly AuditDraft[];
  /** Stored once by hash, in the same atomic operation. */
  facts?: FactsSnapshot;
}

export interface CreateCaseResult {
  case: CaseRecord;
  /** False when the idempotency key had already filed this case. */
  created: boolean;
}

export interface TransitionCaseArgs {
  caseId: string;
  /** Stale → `ConflictError` with `currentRevision`. */
  expectedRevision: number;
  patch: CasePatch;
  /** Its `at` becomes the case's `updatedAt`. */
  event: NewCaseEvent;
  audit: readonly AuditDraft[];
  facts?: FactsSnapshot;
}

/** By id, by case number, or by the idempotency key it was filed with (`CreateCaseArgs.idempotencyKey`). */
export type GetCaseArgs = { id: string } | { caseNumber: string } | { idempotencyKey: string };

export interface ListCaseEventsArgs {
  caseId: string;
}

export interface ListInboxArgs {
  /** Any of these statuses; absent or empty means all. */
  status?: readonly CaseStatus[];
  itemCode?: string;
  /** Promised due strictly before this date (or date-time); cases without one are left out. */
  dueBefore?: string;
  /** Promised due on or after this date; cases without one are left out. */
  dueFrom?: string;
  /** Received strictly before this instant (deemed-acceptance sweeps). */
  receivedBefore?: Instant;
  /** Substring of the case number or of the applicant's name. */
  text?: string;
  /** Default 0. */
  offset?: number;
  /** Default 20, at most 200. */
  limit?: number;
}

export interface ListRunningClocksArgs {
  /**
   * The calendar year that changed: open (not concluded) accepted cases whose stored deadlines are
   * provisional, or whose clock runs through this year (accepted before its end, a due on or after
   * its start).
   */
  year: number;
  /** Where the previous page ended (its `next`); absent for the first page. */
  after?: string;
  /** Default 500, at most 1000. */
  limit?: number;
}

/** One page of `listRunningClocks`, in the order the cases were received. */
export interface RunningClocksPage {
  cases: CaseClockState[];
  /** An opaque cursor to pass as `after` for the next page; null when this page is the last. */
  next: string | null;
}

export interface UpdateCaseDeadlinesArgs {
  /**
   * Each case's new stored deadlines. All or nothing: a case whose revision is no longer
   * `expectedRevision` (a transition came in between) → `ConflictError` (`REVISION_CONFLICT`, with its
   * id in `caseIds`) and nothing is written. Neither the revision nor `updatedAt` changes: stored
   * deadlines are derived from the case and the calendar, not a step of the case.
   */
  updates: readonly DeadlineUpdate[];
  /** Appended to the chain in the same atomic operation. */
  audit: readonly AuditDraft[];
  /** Stored once by hash, in the same atomic operation (the list of changes the record refers to). */
  facts?: FactsSnapshot;
}

// ---------------------------------------------------------------- audit

export interface AppendAuditArgs {
  record: AuditDraft;
  /** Stored once by hash in the same atomic operation (if the record refers to new facts). */
  facts?: FactsSnapshot;
}

export type PutFactsArgs = FactsSnapshot;

export interface PutFactsResult {
  /** False when a snapshot with this hash was already stored (nothing was written). */
  created: boolean;
}

export interface GetFactsArgs {
  hash: string;
}

export interface ListAuditArgs {
  /** Inclusive; default 1. */
  fromSeq?: number;
  /** Default 100, at most 1000. */
  limit?: number;
  kind?: AuditKind;
  subject?: string;
}

export interface GetAuditRecordArgs {
  seq: number;
}

// ---------------------------------------------------------------- files

export interface PutFileArgs {
  bytes: Uint8Array;
  /** The type the caller established from the bytes (the store does not sniff). */
  contentType: string;
  at: Instant;
}

export interface PutFileResult {
  /** The stored file; when the bytes were there already, as they were first stored. */
  file: StoredFile;
  /** False when these bytes were already stored (nothing was written). */
  created: boolean;
}

export interface GetFileArgs {
  /** SHA-256 hex, lower case. */
  sha256: string;
}

// ---------------------------------------------------------------- the port

/** Both adapters return this; one contract suite (`tests/storage/contract.ts`) holds them to it. */
export interface Store {
  readonly engine: 'sqlite' | 'mongodb';

  /** New account; `ConflictError` (DUPLICATE, field `username`) if the username is taken. */
  createAccount(args: CreateAccountArgs): Promise<Account>;
  getAccount(args: GetAccountArgs): Promise<Account | null>;
  /** All accounts, by username. */
  listAccounts(): Promise<Account[]>;
  /** `NotFoundError` if there is no such account. */
  updateAccount(args: UpdateAccountArgs): Promise<Account>;

  createSession(args: CreateSessionArgs): Promise<Session>;
  /** The session unless it has expired. */
  getSession(args: GetSessionArgs): Promise<Session | null>;
  /**
   * The account a live session acts for, unless the account is disabled, in ONE read: what every
   * request asks, so it costs one indexed lookup rather than a session read and an account read.
   */
  getSessionActor(args: GetSessionActorArgs): Promise<SessionActor | null>;
  deleteSession(args: DeleteSessionArgs): Promise<void>;
  /** Logs an account out everywhere (after disabling it or changing its password); returns how many. */
  deleteAccountSessions(args: DeleteAccountSessionsArgs): Promise<number>;
  /** Removes expired sessions and ended login-attempt windows; returns how many sessions. */
  deleteExpiredSessions(args: DeleteExpiredSessionsArgs): Promise<number>;
  /**
   * Counts one login attempt for `key` in a fixed window. Kept in the store rather than in memory so
   * that the limit holds across server instances and restarts (an attacker cannot reset it by
   * crashing a process); the use case decides the limit and answers 429 past it.
   */
  countLoginAttempt(args: CountLoginAttemptArgs): Promise<AttemptWindow>;
  /** Forgets the attempts of `key` (after a successful login). */
  clearLoginAttempts(args: ClearLoginAttemptsArgs): Promise<void>;

  /**
   * Creates (`expectedRevision: null`) or updates a draft and returns it with its new revision. A stale
   * revision, or creating one that exists → `ConflictError` with `currentRevision`; updating one that
   * does not exist → `NotFoundError`; `code` ≠ `definition.code` → `ValidationError`.
   */
  saveDraft(args: SaveDraftArgs): Promise<Draft>;
  getDraft(args: GetDraftArgs): Promise<Draft | null>;
  /** Items (one per draft) matching every filter given, by code. */
  listItems(args: ListItemsArgs): Promise<ItemSummary[]>;
  /**
   * Publishes the stored draft at `expectedRevision` as version last+1 (its `version` set, its hash
   * over that) and appends the `publish` audit record, atomically. Stale revision → `ConflictError`
   * (`REVISION_CONFLICT`); that revision already published → `ConflictError` (`ALREADY_PUBLISHED`,
   * with `version`), so a double submit makes no second version; no draft → `NotFoundError`.
   */
  publishDraft(args: PublishDraftArgs): Promise<PublishedVersion>;
  /** Marks a version retired (idempotent) and appends a `retire` audit record; nothing else changes. */
  retireVersion(args: RetireVersionArgs): Promise<VersionSummary>;
  /** Versions of an item, newest first, without their definitions. */
  listVersions(args: ListVersionsArgs): Promise<VersionSummary[]>;
  getVersion(args: GetVersionArgs): Promise<PublishedVersion | null>;

  /** Every stored holiday calendar, by year. */
  listCalendars(): Promise<HolidayCalendar[]>;
  /** Stores (replaces) the calendar of `calendar.year` and appends a `calendar` audit record. */
  putCalendar(args: PutCalendarArgs): Promise<HolidayCalendar>;

  /**
   * The day's next `count` case numbers, e.g. `2026112900001` …, in one write: consecutive, increasing,
   * never handed out twice (also across processes), not gap-free (a number taken and not used stays
   * a gap). A server takes them a block at a time so that most receipts need no write of their own.
   */
  reserveCaseNumbers(args: ReserveCaseNumbersArgs): Promise<string[]>;
  /** Files a case with its first event, audit records and facts, atomically and idempotently. */
  createCase(args: CreateCaseArgs): Promise<CreateCaseResult>;
  /** Applies a patch, appends the event and audit records, atomically; stale revision → `ConflictError`. */
  transitionCase(args: TransitionCaseArgs): Promise<CaseRecord>;
  getCase(args: GetCaseArgs): Promise<CaseRecord | null>;
  /** The timeline, oldest first. */
  listCaseEvents(args: ListCaseEventsArgs): Promise<CaseEvent[]>;
  /** The clerk's inbox: newest received first (ties by case number, descending), with the total. */
  listInbox(args: ListInboxArgs): Promise<InboxPage>;
  /**
   * Cases whose stored deadlines a change of one year's calendar may move, a page at a time, in the
   * order they were received (so that the rewrites of a page touch neighbouring index entries).
   */
  listRunningClocks(args: ListRunningClocksArgs): Promise<RunningClocksPage>;
  /** Rewrites the stored deadlines of many cases with their audit record, atomically (see the args). */
  updateCaseDeadlines(args: UpdateCaseDeadlinesArgs): Promise<void>;

  /** Appends one record to the chain (seq = head + 1, prevHash = head hash), linear under concurrency. */
  appendAudit(args: AppendAuditArgs): Promise<AuditRecord>;
  /** Stores a facts snapshot once; `ValidationError` if `hash` is not the snapshot's hash. */
  putFacts(args: PutFactsArgs): Promise<PutFactsResult>;
  getFacts(args: GetFactsArgs): Promise<JsonValue | null>;
  /** Records from `fromSeq` on, ascending, optionally of one kind or subject. */
  listAudit(args: ListAuditArgs): Promise<AuditRecord[]>;
  getAuditRecord(args: GetAuditRecordArgs): Promise<AuditRecord | null>;
  getAuditHead(): Promise<AuditHead>;

  /**
   * Stores bytes under their SHA-256 (computed here) and resolves once they are durable: the same
   * bytes again write nothing and answer the first entry (`created: false`), also under concurrency.
   */
  putFile(args: PutFileArgs): Promise<PutFileResult>;
  /** What is stored at this address, or null: the cheap existence check before attaching a file. */
  getFileInfo(args: GetFileArgs): Promise<StoredFile | null>;
  /**
   * The file with its bytes, or null. Bytes that no longer hash to their address (or have gone
   * missing under a stored entry) are a `StorageError`, never served.
   */
  getFile(args: GetFileArgs): Promise<FileContent | null>;

  /** Resolves when the database answers (readiness); rejects with `StorageError` otherwise. */
  ping(): Promise<void>;
  /** Closes the connection; the store is unusable afterwards. */
  close(): Promise<void>;
}

export type { CaseStatus };

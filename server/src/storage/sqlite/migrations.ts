/**
 * The schema, as numbered steps. A step is never edited once released: changes are new steps.
 * `schema_version` records each applied step; `migrate` runs the missing ones in order, each in its
 * own transaction. Instants are ISO text (comparable as text); JSON documents are TEXT columns.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, definitions, cases, audit chain',
    sql: `
CREATE TABLE accounts (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'inspector')),
  password_hash TEXT NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE TABLE sessions (
  id         TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
CREATE INDEX sessions_by_account ON sessions (account_id);

CREATE TABLE login_attempts (
  key      TEXT PRIMARY KEY,
  count    INTEGER NOT NULL,
  reset_at TEXT NOT NULL
);
CREATE INDEX login_attempts_by_reset ON login_attempts (reset_at);

CREATE TABLE drafts (
  code            TEXT PRIMARY KEY,
  definition      TEXT NOT NULL,
  revision        INTEGER NOT NULL,
  name            TEXT NOT NULL,
  type            TEXT NOT NULL,
  department_code TEXT,
  department_name TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL,
  -- The draft revision last published: publishing it again would only duplicate that version.
  published_revision INTEGER
);

CREATE TABLE versions (
  code         TEXT NOT NULL,
  version      INTEGER NOT NULL,
  hash         TEXT NOT NULL,
  definition   TEXT NOT NULL,
  published_at TEXT NOT NULL,
  published_by TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('active', 'retired')),
  retired_at   TEXT,
  retired_by   TEXT,
  PRIMARY KEY (code, version)
);
-- Published versions are immutable: only status and the retirement fields may change.
CREATE TRIGGER versions_immutable BEFORE UPDATE OF code, version, hash, definition, published_at, published_by
ON versions BEGIN SELECT RAISE(ABORT, 'published versions are immutable'); END;
CREATE TRIGGER versions_not_deleted BEFORE DELETE ON versions
BEGIN SELECT RAISE(ABORT, 'published versions are immutable'); END;

CREATE TABLE calendars (
  year       INTEGER PRIMARY KEY,
  calendar   TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE case_numbers (
  day  TEXT PRIMARY KEY,
  last INTEGER NOT NULL
);

CREATE TABLE cases (
  -- An explicit rowid alias: VACUUM may renumber implicit rowids, and case_search refers to this one.
  row              INTEGER PRIMARY KEY,
  id               TEXT NOT NULL UNIQUE,
  case_number      TEXT NOT NULL UNIQUE,
  idempotency_key  TEXT NOT NULL UNIQUE,
  query_code_hash  TEXT NOT NULL,
  item_code        TEXT NOT NULL,
  item_version     INTEGER NOT NULL,
  definition_hash  TEXT NOT NULL,
  item_name        TEXT NOT NULL,
  status           TEXT NOT NULL,
  form_data        TEXT NOT NULL,
  materials        TEXT NOT NULL,
  applicant_name   TEXT NOT NULL,
  outcome          TEXT NOT NULL,
  check_summary    TEXT NOT NULL,
  override         TEXT,
  received_at      TEXT NOT NULL,
  accepted_at      TEXT,
  promised_due     TEXT,
  statutory_due    TEXT,
  due_provisional  INTEGER NOT NULL,
  pauses           TEXT NOT NULL,
  extensions       TEXT NOT NULL,
  concluded_at     TEXT,
  created_by       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  revision         INTEGER NOT NULL
);
-- The inbox. Every index holds every filter column and the page order (received_at, case_number), so
-- counting any combination of filters and picking a page's rows read indexes only; the table is read
-- for the 20 rows of the page. cases_inbox is in page order (a scan can stop after one page);
-- the others lead with one filter.
CREATE INDEX cases_inbox ON cases (received_at DESC, case_number DESC, status, item_code, promised_due);
CREATE INDEX cases_by_status ON cases (status, received_at DESC, case_number DESC, item_code, promised_due);
CREATE INDEX cases_by_item ON cases (item_code, received_at DESC, case_number DESC, status, promised_due);
CREATE INDEX cases_by_due ON cases (promised_due, status, item_code, received_at, case_number);
-- Text search: each case's rowid with every suffix of its case number and of each word of the
-- applicant's name as tokens, so a prefix query on a token is a substring match ("小明" finds 王小明).
-- Prefix indexes for one and two characters keep short queries ("王", "12") from reading every term.
CREATE VIRTUAL TABLE case_search USING fts5 (
  tokens, content = '', contentless_delete = 1, detail = none, prefix = '1 2',
  tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE case_events (
  case_id     TEXT NOT NULL REFERENCES cases (id),
  seq         INTEGER NOT NULL,
  type        TEXT NOT NULL,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  from_status TEXT,
  to_status   TEXT NOT NULL,
  data        TEXT NOT NULL,
  PRIMARY KEY (case_id, seq)
) WITHOUT ROWID;

CREATE TABLE facts (
  hash TEXT PRIMARY KEY,
  json TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE audit (
  seq        INTEGER PRIMARY KEY,
  prev_hash  TEXT NOT NULL,
  hash       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  subject    TEXT NOT NULL,
  facts_hash TEXT REFERENCES facts (hash),
  payload    TEXT NOT NULL
);
-- Checks are most records and are read by seq; the other kinds (overrides first) get an index that
-- check records never touch (queries add the literal kind <> 'check' so that it applies).
CREATE INDEX audit_by_kind ON audit (kind, seq) WHERE kind <> 'check';
CREATE INDEX audit_by_subject ON audit (subject, seq);
-- Append-only. This stops mistakes, not an attacker with the file: the hash chain is what catches those.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`,
  },
  {
    version: 2,
    name: 'stored files, case attachments',
    sql: `
-- The bytes are files under <filesDir>/ab/cd/<sha256>; a row is written only once its file is durable,
-- so a row always names bytes on disk (a crash in between leaves an unlisted file, rewritten next time).
CREATE TABLE files (
  sha256       TEXT PRIMARY KEY,
  size         INTEGER NOT NULL,
  content_type TEXT NOT NULL,
  created_at   TEXT NOT NULL
) WITHOUT ROWID;

ALTER TABLE cases ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
`,
  },
  {
    version: 3,
    name: 'text search indexed in bulk',
    sql: `
-- case_search holds every case up to indexed_through (cases.row); the newer ones are indexed in bulk
-- shortly after (sqlite-search-index.ts) and searched directly meanwhile. Every case so far is indexed.
CREATE TABLE case_search_progress (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  indexed_through  INTEGER NOT NULL
);
INSERT INTO case_search_progress (id, indexed_through) SELECT 1, coalesce(max(row), 0) FROM cases;
`,
  },
];

import type { Outcome, ServiceItem } from '@onewindow/schemas';
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
  PublishedVersion,
  Session,
  VersionStatus,
  VersionSummary,
} from '../port.ts';

/** Rows as better-sqlite3 returns them (snake_case, JSON as text, booleans as 0/1), and their mapping. */

export interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  role: AccountRole;
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export function accountFromRow(r: AccountRow): Account {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    passwordHash: r.password_hash,
    disabled: r.disabled !== 0,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface SessionRow {
  id: string;
  account_id: string;
  created_at: string;
  expires_at: string;
}

export function sessionFromRow(r: SessionRow): Session {
  return { id: r.id, accountId: r.account_id, createdAt: r.created_at, expiresAt: r.expires_at };
}

export interface DraftRow {
  code: string;
  definition: string;
  revision: number;
  updated_at: string;
  updated_by: string;
}

export function draftFromRow(r: DraftRow): Draft {
  return {
    code: r.code,
    definition: JSON.parse(r.definition) as ServiceItem,
    revision: r.revision,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export interface VersionRow {
  code: string;
  version: number;
  hash: string;
  definition?: string;
  published_at: string;
  published_by: string;
  status: VersionStatus;
  retired_at: string | null;
  retired_by: string | null;
}

export function versionSummaryFromRow(r: VersionRow): VersionSummary {
  return {
    code: r.code,
    version: r.version,
    hash: r.hash,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
    status: r.status,
    retiredAt: r.retired_at,
    retiredBy: r.retired_by,
  };
}

export function versionFromRow(r: VersionRow & { definition: string }): PublishedVersion {
  return { ...versionSummaryFromRow(r), definition: JSON.parse(r.definition) as ServiceItem };
}

export interface CaseRow {
  row: number;
  id: string;
  case_number: string;
  query_code_hash: string;
  item_code: string;
  item_version: number;
  definition_hash: string;
  item_name: string;
  status: CaseStatus;
  form_data: string;
  materials: string;
  attachments: string;
  applicant_name: string;
  outcome: Outcome;
  check_summary: string;
  override: string | null;
  received_at: string;
  accepted_at: string | null;
  promised_due: string | null;
  statutory_due: string | null;
  due_provisional: number;
  pauses: string;
  extensions: string;
  concluded_at: string | null;
  created_by: string;
  updated_at: string;
  revision: number;
}

/** The row of a case (without its `row` number and idempotency key), JSON as the text that is stored. */
export function caseToRow(c: CaseRecord): Omit<CaseRow, 'row'> {
  return {
    id: c.id,
    case_number: c.caseNumber,
    query_code_hash: c.queryCodeHash,
    item_code: c.definition.code,
    item_version: c.definition.version,
    definition_hash: c.definition.hash,
    item_name: c.itemName,
    status: c.status,
    form_data: JSON.stringify(c.formData),
    materials: JSON.stringify(c.materials),
    attachments: JSON.stringify(c.attachments),
    applicant_name: c.applicantName,
    outcome: c.outcome,
    check_summary: JSON.stringify(c.check),
    override: c.override === null ? null : JSON.stringify(c.override),
    received_at: c.receivedAt,
    accepted_at: c.acceptedAt,
    promised_due: c.promisedDue,
    statutory_due: c.statutoryDue,
    due_provisional: c.dueProvisional ? 1 : 0,
    pauses: JSON.stringify(c.pauses),
    extensions: JSON.stringify(c.extensions),
    concluded_at: c.concludedAt,
    created_by: c.createdBy,
    updated_at: c.updatedAt,
    revision: c.revision,
  };
}

export function caseFromRow(r: Omit<CaseRow, 'row'>): CaseRecord {
  return {
    ...caseSummaryFromRow(r),
    queryCodeHash: r.query_code_hash,
    formData: JSON.parse(r.form_data),
    materials: JSON.parse(r.materials),
    attachments: JSON.parse(r.attachments),
    check: JSON.parse(r.check_summary),
    override: r.override === null ? null : JSON.parse(r.override),
    pauses: JSON.parse(r.pauses),
    extensions: JSON.parse(r.extensions),
    concludedAt: r.concluded_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
  };
}

/** The columns the inbox selects (no JSON to parse). */
export const CASE_SUMMARY_COLUMNS =
  'id, case_number, item_code, item_version, definition_hash, item_name, status, outcome, applicant_name, received_at, accepted_at, promised_due, statutory_due, due_provisional, revision';

export type CaseSummaryRow = Pick<
  CaseRow,
  | 'id'
  | 'case_number'
  | 'item_code'
  | 'item_version'
  | 'definition_hash'
  | 'item_name'
  | 'status'
  | 'outcome'
  | 'applicant_name'
  | 'received_at'
  | 'accepted_at'
  | 'promised_due'
  | 'statutory_due'
  | 'due_provisional'
  | 'revision'
>;

export function caseSummaryFromRow(r: CaseSummaryRow): CaseSummary {
  return {
    id: r.id,
    caseNumber: r.case_number,
    definition: { code: r.item_code, version: r.item_version, hash: r.definition_hash },
    itemName: r.item_name,
    status: r.status,
    outcome: r.outcome,
    applicantName: r.applicant_name,
    receivedAt: r.received_at,
    acceptedAt: r.accepted_at,
    promisedDue: r.promised_due,
    statutoryDue: r.statutory_due,
    dueProvisional: r.due_provisional !== 0,
    revision: r.revision,
  };
}

export interface CaseEventRow {
  case_id: string;
  seq: number;
  type: string;
  at: string;
  actor: string;
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  data: string;
}

export function caseEventFromRow(r: CaseEventRow): CaseEvent {
  return {
    caseId: r.case_id,
    seq: r.seq,
    type: r.type,
    at: r.at,
    actor: r.actor,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    data: JSON.parse(r.data),
  };
}

export interface AuditRow {
  seq: number;
  prev_hash: string;
  hash: string;
  kind: AuditKind;
  at: string;
  actor: string;
  subject: string;
  facts_hash: string | null;
  payload: string;
}

export function auditFromRow(r: AuditRow): AuditRecord {
  return {
    seq: r.seq,
    prevHash: r.prev_hash,
    hash: r.hash,
    kind: r.kind,
    at: r.at,
    actor: r.actor,
    subject: r.subject,
    factsHash: r.facts_hash,
    payload: JSON.parse(r.payload),
  };
}

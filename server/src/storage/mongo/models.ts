import { type Connection, type Model, Schema } from 'mongoose';
import type {
  AccountDoc,
  AttemptDoc,
  AuditDoc,
  CalendarDoc,
  CaseDoc,
  CaseEventDoc,
  CaseNumberDoc,
  DraftDoc,
  FactsDoc,
  SessionDoc,
  VersionDoc,
} from './documents.ts';

const options = { versionKey: false, strict: 'throw', minimize: false } as const;
const nullableString = { type: String, default: null };
/** Free text that may legitimately be empty (mongoose's `required` refuses ''). */
const text = { type: String, default: '' };

const accountSchema = new Schema<AccountDoc>(
  {
    _id: String,
    username: { type: String, required: true, unique: true },
    displayName: text,
    role: { type: String, required: true, enum: ['admin', 'clerk', 'inspector'] },
    passwordHash: { type: String, required: true },
    disabled: { type: Boolean, required: true },
    createdAt: { type: String, required: true },
    updatedAt: { type: String, required: true },
  },
  options,
);

const sessionSchema = new Schema<SessionDoc>(
  {
    _id: String,
    accountId: { type: String, required: true, index: true },
    createdAt: { type: String, required: true },
    // TTL: MongoDB removes a session about a minute after it expires; reads also check the time.
    expiresAt: { type: Date, required: true, index: { expireAfterSeconds: 0 } },
  },
  options,
);

const attemptSchema = new Schema<AttemptDoc>(
  {
    _id: String,
    count: { type: Number, required: true },
    resetAt: { type: Date, required: true, index: { expireAfterSeconds: 0 } },
  },
  options,
);

const draftSchema = new Schema<DraftDoc>(
  {
    _id: String,
    definition: { type: String, required: true },
    revision: { type: Number, required: true },
    name: text,
    type: { type: String, required: true },
    departmentCode: nullableString,
    departmentName: text,
    updatedAt: { type: String, required: true },
    updatedBy: text,
    publishedRevision: { type: Number, default: null },
  },
  options,
);

const versionSchema = new Schema<VersionDoc>(
  {
    _id: String,
    code: { type: String, required: true },
    version: { type: Number, required: true },
    hash: { type: String, required: true },
    definition: { type: String, required: true },
    publishedAt: { type: String, required: true },
    publishedBy: text,
    status: { type: String, required: true, enum: ['active', 'retired'] },
    retiredAt: nullableString,
    retiredBy: nullableString,
  },
  options,
);
versionSchema.index({ code: 1, version: -1 }, { unique: true });

const calendarSchema = new Schema<CalendarDoc>(
  {
    _id: Number,
    calendar: { type: String, required: true },
    updatedAt: { type: String, required: true },
    updatedBy: text,
  },
  options,
);

const caseNumberSchema = new Schema<CaseNumberDoc>(
  { _id: String, last: { type: Number, required: true } },
  options,
);

const caseSchema = new Schema<CaseDoc>(
  {
    _id: String,
    caseNumber: { type: String, required: true, unique: true },
    idempotencyKey: { type: String, required: true, unique: true },
    queryCodeHash: { type: String, required: true },
    itemCode: { type: String, required: true },
    itemVersion: { type: Number, required: true },
    definitionHash: { type: String, required: true },
    itemName: text,
    status: { type: String, required: true },
    formData: { type: String, required: true },
    materials: { type: [String], default: [] },
    attachments: { type: String, default: '[]' },
    applicantName: text,
    searchTokens: { type: [String], default: [] },
    outcome: { type: String, required: true },
    check: { type: String, required: true },
    override: nullableString,
    receivedAt: { type: String, required: true },
    acceptedAt: nullableString,
    promisedDue: nullableString,
    statutoryDue: nullableString,
    dueProvisional: { type: Boolean, required: true },
    pauses: { type: String, required: true },
    extensions: { type: String, required: true },
    concludedAt: nullableString,
    createdBy: text,
    updatedAt: { type: String, required: true },
    revision: { type: Number, required: true },
  },
  options,
);
// The inbox: the page order, and each filter followed by the page order (as in SQLite).
caseSchema.index({ receivedAt: -1, caseNumber: -1 });
caseSchema.index({ status: 1, receivedAt: -1, caseNumber: -1 });
caseSchema.index({ itemCode: 1, receivedAt: -1, caseNumber: -1 });
caseSchema.index({ promisedDue: 1, status: 1 });
// Multikey: an anchored regex on a term is a substring search of the number or name.
caseSchema.index({ searchTokens: 1 });

const caseEventSchema = new Schema<CaseEventDoc>(
  {
    _id: String,
    caseId: { type: String, required: true },
    seq: { type: Number, required: true },
    type: { type: String, required: true },
    at: { type: String, required: true },
    actor: text,
    fromStatus: nullableString,
    toStatus: { type: String, required: true },
    data: { type: String, required: true },
  },
  options,
);
caseEventSchema.index({ caseId: 1, seq: 1 }, { unique: true });

const auditSchema = new Schema<AuditDoc>(
  {
    _id: Number,
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
    kind: { type: String, required: true },
    at: { type: String, required: true },
    actor: text,
    subject: text,
    factsHash: nullableString,
    payload: { type: String, required: true },
  },
  options,
);
auditSchema.index({ kind: 1, _id: 1 });
auditSchema.index({ subject: 1, _id: 1 });

const factsSchema = new Schema<FactsDoc>({ _id: String, json: { type: String, required: true } }, options);

export interface Models {
  accounts: Model<AccountDoc>;
  sessions: Model<SessionDoc>;
  attempts: Model<AttemptDoc>;
  drafts: Model<DraftDoc>;
  versions: Model<VersionDoc>;
  calendars: Model<CalendarDoc>;
  caseNumbers: Model<CaseNumberDoc>;
  cases: Model<CaseDoc>;
  caseEvents: Model<CaseEventDoc>;
  audit: Model<AuditDoc>;
  facts: Model<FactsDoc>;
}

/** Registers the models on `conn` (collection names fixed, not pluralised by mongoose). */
export function defineModels(conn: Connection): Models {
  return {
    accounts: conn.model<AccountDoc>('Account', accountSchema, 'accounts'),
    sessions: conn.model<SessionDoc>('Session', sessionSchema, 'sessions'),
    attempts: conn.model<AttemptDoc>('LoginAttempt', attemptSchema, 'login_attempts'),
    drafts: conn.model<DraftDoc>('Draft', draftSchema, 'drafts'),
    versions: conn.model<VersionDoc>('Version', versionSchema, 'versions'),
    calendars: conn.model<CalendarDoc>('Calendar', calendarSchema, 'calendars'),
    caseNumbers: conn.model<CaseNumberDoc>('CaseNumber', caseNumberSchema, 'case_numbers'),
    cases: conn.model<CaseDoc>('Case', caseSchema, 'cases'),
    caseEvents: conn.model<CaseEventDoc>('CaseEvent', caseEventSchema, 'case_events'),
    audit: conn.model<AuditDoc>('AuditRecord', auditSchema, 'audit'),
    facts: conn.model<FactsDoc>('Facts', factsSchema, 'facts'),
  };
}

/** Creates the collections and indexes (collections must exist before a transaction writes to them). */
export async function ensureIndexes(models: Models): Promise<void> {
  for (const model of Object.values(models) as Model<unknown>[]) {
    await model.createCollection();
    await model.createIndexes();
  }
}

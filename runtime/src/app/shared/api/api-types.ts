import type {
  CheckResult,
  DefinitionRef,
  Duration,
  FaqEntry,
  Handling,
  ItemResult,
  LegalBasis,
  LocalizedText,
  Material,
  Outcome,
  ProcessStep,
  ServiceItem,
} from '@onewindow/schemas';

/**
 * The API's answers as the web apps read them (the server's contract, /api/openapi.json). Written
 * here rather than imported, because nothing imports `server` (DESIGN.md: import direction).
 */

export type Role = 'admin' | 'clerk' | 'inspector';

/** `GET /api/auth/me`, and `actor` of `POST /api/auth/login`. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

export interface LoginAnswer {
  actor: Actor;
  expiresAt: string;
}

/** One line of `GET /api/items` for clerks: an item with an active published version. */
export interface PublishedItemSummary {
  code: string;
  name: string;
  type: ServiceItem['type'];
  departmentCode: string | null;
  departmentName: string;
  activeVersion: number | null;
  latestVersion: number | null;
  status: 'draft' | 'active' | 'retired';
  hash?: string;
  publishedAt?: string;
}

/** `GET /api/items/:code/versions/:version`. */
export interface PublishedVersion {
  code: string;
  version: number;
  hash: string;
  definition: ServiceItem;
  publishedAt: string;
  publishedBy: string;
  status: 'active' | 'retired';
}

/** 办件状态 */
export type CaseStatus =
  | 'received'
  | 'supplement-requested'
  | 'rejected-at-intake'
  | 'accepted'
  | 'in-review'
  | 'suspended'
  | 'approved'
  | 'denied'
  | 'withdrawn';

export const CASE_STATUSES: readonly CaseStatus[] = [
  'received',
  'supplement-requested',
  'rejected-at-intake',
  'accepted',
  'in-review',
  'suspended',
  'approved',
  'denied',
  'withdrawn',
];

export type CaseAction =
  | 'accept'
  | 'request-supplement'
  | 'record-supplement'
  | 'reject'
  | 'review'
  | 'suspend'
  | 'resume'
  | 'extend'
  | 'approve'
  | 'deny'
  | 'withdraw'
  | 'override';

/** Actions whose event must carry a written reason (the server refuses them without one). */
export const REASON_REQUIRED: ReadonlySet<CaseAction> = new Set<CaseAction>([
  'reject',
  'suspend',
  'extend',
  'deny',
  'withdraw',
  'override',
]);

export const SUSPENSION_TYPES = ['supplement', 'hearing', 'testing', 'expert-review', 'inspection'] as const;
export type SuspensionType = (typeof SUSPENSION_TYPES)[number];

export type TrafficLight = 'green' | 'yellow' | 'red';

export interface DeadlineView {
  due: string;
  remaining: number | null;
  light: TrafficLight | null;
  paused: boolean;
}

export interface CaseClocks {
  acceptanceWindow: { due: string; passed: boolean } | null;
  promised: DeadlineView | null;
  statutory: DeadlineView | null;
  provisional: string[];
  overdue: boolean | null;
}

/** 扫描件 — a stored scan attached to a case for one material (download it at `/api/files/:sha256`). */
export interface CaseAttachment {
  material: string;
  /** Content address: SHA-256 hex of the bytes. */
  sha256: string;
  name: string;
  size: number;
  /** What the server found the content to be (PDF, JPEG, PNG, TIFF or OFD). */
  contentType: string;
}

/** `POST /api/files`: where the uploaded bytes are stored and what they are. */
export type UploadedFile = Omit<CaseAttachment, 'material'>;

/** A case as `GET /api/cases/:id` and the action answers give it. */
export interface CaseView {
  id: string;
  caseNumber: string;
  definition: DefinitionRef;
  itemName: string;
  status: CaseStatus;
  formData: Record<string, unknown>;
  materials: string[];
  attachments: CaseAttachment[];
  applicantName: string;
  outcome: Outcome;
  check: { outcome: Outcome; factsHash: string; today?: string; [key: string]: unknown };
  override: { outcome: Outcome; reason: string; by: string; at: string } | null;
  receivedAt: string;
  acceptedAt: string | null;
  promisedDue: string | null;
  statutoryDue: string | null;
  dueProvisional: boolean;
  pauses: { from: string; to: string | null; kind: string; reason?: string }[];
  extensions: { amount: number; approver: string; reason: string; at: string }[];
  concludedAt: string | null;
  createdBy: string;
  updatedAt: string;
  revision: number;
  clocks: CaseClocks;
  allowedActions: CaseAction[];
  deemedAcceptance: { acceptedOn: string; windowDue: string; recorded: boolean } | null;
}

/** One line of a case's timeline. */
export interface CaseEvent {
  caseId: string;
  seq: number;
  type: string;
  at: string;
  actor: string;
  /** The acting account's display name; absent for `system` and deleted accounts. */
  actorName?: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus;
  data: Record<string, unknown>;
}

/** `GET /api/cases/:id`. */
export interface CaseDetail {
  case: CaseView;
  timeline: CaseEvent[];
  definition: DefinitionRef;
  check: CheckResult;
}

/** `POST /api/cases` (收件). */
export interface ReceiptAnswer {
  case: CaseView;
  check: CheckResult;
  /** Shown once: only its hash is stored. */
  queryCode: string | null;
}

/** `POST /api/cases/:id/actions/:action`. */
export interface CaseActionAnswer {
  case: CaseView;
  notice?: SupplementNotice;
  check?: CheckResult;
}

/** 一次性告知补正通知, as kept in the request-supplement event. */
export interface SupplementNotice {
  issuedOn: string;
  missingMaterials: { code: string; name: LocalizedText; reason?: LocalizedText; rule?: string | null }[];
  formErrors: { path: string; message: LocalizedText }[];
  deferredMaterials: { code: string; name: LocalizedText }[];
  count: number;
}

/** One line of `GET /api/cases`. */
export interface InboxRow {
  id: string;
  caseNumber: string;
  definition: DefinitionRef;
  itemName: string;
  status: CaseStatus;
  outcome: Outcome;
  applicantName: string;
  receivedAt: string;
  acceptedAt: string | null;
  promisedDue: string | null;
  statutoryDue: string | null;
  dueProvisional: boolean;
  revision: number;
  light: TrafficLight | null;
  remaining: number | null;
}

export interface InboxAnswer {
  items: InboxRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** One line of a guide's materials table. */
export interface GuideMaterial {
  code: string;
  name: LocalizedText;
  kind: Material['kind'];
  medium: NonNullable<Material['medium']>;
  copies: number;
  necessity: Material['necessity'];
  source: Material['source'];
  issuer?: LocalizedText;
  notes?: LocalizedText;
  acceptanceStandard?: LocalizedText;
  basis?: string;
  requiredWhen: LocalizedText[];
}

export interface GuideFee {
  code: string;
  name: LocalizedText;
  amount: number;
  basis?: string;
  waivable: boolean;
  always: boolean;
  chargedWhen: LocalizedText[];
}

/** `GET /api/public/guides/:code` — 办事指南. */
export interface ServiceGuide {
  code: string;
  baseCode?: string;
  version: number;
  publishedAt: string;
  name: LocalizedText;
  type: ServiceItem['type'];
  department: { name: LocalizedText; code?: string; uscc?: string };
  servedParties: NonNullable<ServiceItem['servedParties']>;
  legalBasis: LegalBasis[];
  conditions: LocalizedText[];
  materials: GuideMaterial[];
  timeLimits: {
    kind: Handling['kind'];
    statutory: Duration;
    promised: Duration;
    statutoryText?: string;
    acceptanceWindow?: Duration;
  };
  fees: GuideFee[];
  process: ProcessStep[];
  result?: ItemResult;
  place?: LocalizedText;
  hours?: LocalizedText;
  phones: NonNullable<Handling['phones']>;
  online: {
    channels: NonNullable<Handling['channels']>;
    depth: number;
    maxVisits: number | null;
    applyOnline: boolean;
  };
  faq: FaqEntry[];
}

/** `POST /api/public/progress` — what anyone with the number and the code may read. */
export interface PublicProgress {
  caseNumber: string;
  itemName: string;
  status: CaseStatus;
  statusText: string;
  receivedOn: string;
  acceptedOn: string | null;
  promisedDue: string | null;
  concludedOn: string | null;
  timeline: { type: string; date: string }[];
}

/** One line of `GET /api/public/guides` (`{guides: GuideSummary[]}`). */
export type GuideSummary = Pick<
  ServiceGuide,
  'code' | 'version' | 'name' | 'type' | 'department' | 'online'
> & {
  handlingKind: ServiceGuide['timeLimits']['kind'];
  promised: Duration;
  statutory: Duration;
};

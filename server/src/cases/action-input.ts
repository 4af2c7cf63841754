import { type Outcome, schemas } from '@onewindow/schemas';
import { type AttachmentInput, attachmentsInputSchema } from './attachment-input.ts';

/** 特别程序 and post-acceptance supplements that suspend the clock (行政许可法 §45). */
export const SUSPENSION_TYPES = ['supplement', 'hearing', 'testing', 'expert-review', 'inspection'] as const;
export type SuspensionType = (typeof SUSPENSION_TYPES)[number];

/** The body of `POST /api/cases/:id/actions/:action`; which members an action reads is in action-plans.ts. */
export interface CaseActionInput {
  /** The revision the clerk saw; stale → 409 with the current one. */
  expectedRevision: number;
  /** Required for reject, suspend, extend, deny, withdraw and override (REASON_REQUIRED). */
  reason?: string;
  /** suspend: the kind of pause. */
  type?: SuspensionType;
  /** extend: who approved the extension (e.g. 负责人). */
  approver?: string;
  /** extend: added to both limits, each in its own unit. */
  amount?: number;
  /** override: the outcome the clerk decides instead of the check's. */
  outcome?: Outcome;
  /** record-supplement: the corrected, complete form data (replaces the stored form). */
  formData?: Record<string, unknown>;
  /** record-supplement: the codes of the materials brought with the supplement (added to those provided). */
  materials?: string[];
  /** record-supplement: scans of what was brought (added to the case's attachments). */
  attachments?: AttachmentInput[];
}

/** JSON Schema of `CaseActionInput` for the route (per-action requirements are checked by the use case). */
export const caseActionBodySchema = {
  type: 'object',
  required: ['expectedRevision'],
  additionalProperties: false,
  properties: {
    expectedRevision: { type: 'integer', minimum: 1 },
    reason: { type: 'string', maxLength: 2000 },
    type: { type: 'string', enum: [...SUSPENSION_TYPES] },
    approver: { type: 'string', minLength: 1, maxLength: 100 },
    amount: { type: 'integer', minimum: 1, maximum: 3650 },
    outcome: { type: 'string', enum: ['accept', 'incomplete', 'reject'] },
    formData: { type: 'object' },
    materials: {
      type: 'array',
      uniqueItems: true,
      maxItems: schemas['case-input.schema.json'].properties.materials.maxItems,
      items: schemas['case-input.schema.json'].properties.materials.items,
    },
    attachments: attachmentsInputSchema,
  },
};

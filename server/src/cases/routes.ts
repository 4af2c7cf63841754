import { caseInputBodySchema } from '../check/case-input-body.ts';
import type { AppDeps } from '../deps.ts';
import type { Actor, RouteDef } from '../http/route.ts';
import { type CaseActionInput, caseActionBodySchema } from './action-input.ts';
import { applyCaseAction } from './apply-case-action.ts';
import { attachmentsInputSchema } from './attachment-input.ts';
import {
  actionAnswerSchema,
  caseDetailSchema,
  inboxAnswerSchema,
  progressAnswerSchema,
  receiptAnswerSchema,
} from './case-answer-schemas.ts';
import { getCaseDetail } from './get-case-detail.ts';
import { type InboxQuery, listCaseInbox } from './list-case-inbox.ts';
import { queryPublicProgress } from './query-public-progress.ts';
import { type ReceiptInput, receiveCase } from './receive-case.ts';

const caseInputBody = caseInputBodySchema({ withToday: false });

/** Body of `POST /api/cases`: the case input plus which item, and the scans attached. */
const receiptBodySchema = {
  ...caseInputBody,
  properties: { ...(caseInputBody.properties as object), attachments: attachmentsInputSchema },
};

const text = (maxLength: number, pattern?: string) => ({
  type: 'string',
  maxLength,
  ...(pattern ? { pattern } : {}),
});

const inboxQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    status: { type: 'array', maxItems: 20, items: text(300, '^[a-z-]+(,[a-z-]+)*$') },
    item: text(64),
    light: { type: 'string', enum: ['green', 'yellow', 'red'] },
    dueBefore: text(10, '^\\d{4}-\\d{2}-\\d{2}$'),
    q: text(100),
    page: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    pageSize: { type: 'integer', minimum: 1, maximum: 200 },
  },
} as const;

const progressBodySchema = {
  type: 'object',
  required: ['caseNumber', 'queryCode'],
  additionalProperties: false,
  properties: {
    caseNumber: { type: 'string', pattern: '^[0-9]{8,24}$' },
    queryCode: { type: 'string', pattern: '^[0-9]{4,16}$' },
  },
} as const;

function actorOf(ctx: { actor: Actor | null }): Actor {
  // Every route below but the public one declares roles, so the router has logged someone in.
  if (!ctx.actor) throw new Error('A case route ran without an actor.');
  return ctx.actor;
}

/** 办件 routes: receipt, inbox, detail, transitions, and the public progress query. */
export function caseRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'POST',
      path: '/api/cases',
      roles: ['clerk', 'admin'],
      summary: 'Receive a case (收件): pin the active version, run the authoritative check, file it',
      tag: 'cases',
      bodySchema: receiptBodySchema,
      responseSchema: receiptAnswerSchema,
      async handler(ctx) {
        const answer = await receiveCase(deps, {
          actor: actorOf(ctx),
          input: ctx.body as ReceiptInput,
          idempotencyKey: ctx.headers['idempotency-key'],
        });
        return {
          // A retry answers as the first request did (201, same case, same query code), marked as a replay.
          status: 201,
          headers: {
            Location: `/api/cases/${answer.case.id}`,
            ...(answer.created ? {} : { 'Idempotent-Replayed': 'true' }),
          },
          body: { case: answer.case, check: answer.check, queryCode: answer.queryCode },
        };
      },
    },
    {
      method: 'GET',
      path: '/api/cases',
      roles: ['clerk', 'admin', 'inspector'],
      summary: "The clerk's inbox: filter by status, item, light, due date and text; paged",
      tag: 'cases',
      querySchema: inboxQuerySchema,
      responseSchema: inboxAnswerSchema,
      async handler(ctx) {
        return { body: await listCaseInbox(deps, ctx.query as InboxQuery) };
      },
    },
    {
      method: 'GET',
      path: '/api/cases/:id',
      roles: ['clerk', 'admin', 'inspector'],
      summary: 'A case with its timeline, clocks, pinned definition and latest check',
      tag: 'cases',
      responseSchema: caseDetailSchema,
      async handler(ctx) {
        return { body: await getCaseDetail(deps, ctx.params.id) };
      },
    },
    {
      method: 'POST',
      path: '/api/cases/:id/actions/:action',
      roles: ['clerk', 'admin'],
      summary: 'Apply an action to a case (accept, request-supplement, ..., override)',
      tag: 'cases',
      bodySchema: caseActionBodySchema,
      responseSchema: actionAnswerSchema,
      async handler(ctx) {
        const answer = await applyCaseAction(deps, {
          caseId: ctx.params.id,
          action: ctx.params.action,
          actor: actorOf(ctx),
          input: ctx.body as CaseActionInput,
        });
        return { body: answer };
      },
    },
    {
      method: 'POST',
      path: '/api/public/progress',
      roles: 'public',
      summary: 'Public progress query by case number and query code (rate limited)',
      tag: 'public',
      bodySchema: progressBodySchema,
      responseSchema: progressAnswerSchema,
      async handler(ctx) {
        const body = ctx.body as { caseNumber: string; queryCode: string };
        return { body: await queryPublicProgress(deps, { ...body, ip: ctx.ip }) };
      },
    },
  ];
}

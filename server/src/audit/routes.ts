import { queryString } from '../definitions/route-params.ts';
import type { AppDeps } from '../deps.ts';
import { ValidationError } from '../errors/index.ts';
import type { RouteDef } from '../http/route.ts';
import type { AuditKind } from '../storage/port.ts';
import { listAudit } from './list-audit.ts';
import { replayRecord } from './replay-record.ts';
import { verifyChain } from './verify-chain.ts';

const AUDITORS = ['inspector', 'admin'] as const;
const KINDS: readonly AuditKind[] = [
  'check',
  'override',
  'publish',
  'retire',
  'transition',
  'calendar',
  'account',
];

const AUDIT_QUERY: Record<string, unknown> = {
  type: 'object',
  additionalProperties: false,
  properties: {
    fromSeq: { type: 'string', pattern: '^[1-9][0-9]{0,14}$' },
    limit: { type: 'string', pattern: '^[1-9][0-9]{0,3}$' },
    kind: { type: 'string', enum: KINDS },
    subject: { type: 'string', minLength: 1, maxLength: 200 },
  },
};

function positiveInt(value: string | undefined, name: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new ValidationError(`${name} must be a whole number from 1 to ${max}.`, {
      status: 400,
      code: 'BAD_QUERY',
    });
  }
  return n;
}

/** 审计 — the audit log, its verification and the replay of checks (inspectors and admins). */
export function auditRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'GET',
      path: '/api/audit',
      roles: AUDITORS,
      summary: 'A page of audit records from fromSeq on, optionally of one kind or subject',
      tag: 'audit',
      querySchema: AUDIT_QUERY,
      handler: async (ctx) => ({
        body: await listAudit(deps, {
          fromSeq: positiveInt(queryString(ctx, 'fromSeq'), 'fromSeq', Number.MAX_SAFE_INTEGER),
          limit: positiveInt(queryString(ctx, 'limit'), 'limit', 1000),
          kind: queryString(ctx, 'kind') as AuditKind | undefined,
          subject: queryString(ctx, 'subject'),
        }),
      }),
    },
    {
      method: 'GET',
      path: '/api/audit/verify',
      roles: AUDITORS,
      summary: 'Verify the whole audit chain: ok with count and head, or the first broken record',
      tag: 'audit',
      handler: async () => ({ body: await verifyChain(deps) }),
    },
    {
      method: 'POST',
      path: '/api/audit/:seq/replay',
      roles: AUDITORS,
      summary: 'Replay a check or override record with both evaluators and compare with the record',
      tag: 'audit',
      handler: async ({ params }) => {
        const seq = /^\d{1,15}$/.test(params.seq)
          ? positiveInt(params.seq, 'seq', Number.MAX_SAFE_INTEGER)
          : undefined;
        if (seq === undefined)
          throw new ValidationError('seq must be a record number.', { status: 400, code: 'BAD_SEQ' });
        return { body: await replayRecord(deps, seq) };
      },
    },
  ];
}

import { randomUUID } from 'node:crypto';
import { addDays, addWorkdays, type WorkCalendar } from '@onewindow/runtime/engine';
import type { DefinitionRef } from '@onewindow/schemas';
import type { CaseStatus, NewCase, Store } from '../src/storage/port.ts';

/** Status mix of a centre's history: mostly concluded, a working set running; none left 已收件. */
const MIX: readonly [CaseStatus, number][] = [
  ['approved', 55],
  ['denied', 5],
  ['withdrawn', 5],
  ['rejected-at-intake', 5],
  ['in-review', 15],
  ['accepted', 10],
  ['suspended', 5],
];
const WEIGHTS = MIX.flatMap(([status, weight]) => Array<CaseStatus>(weight).fill(status));
/** Every case still running: the most a deadline recomputation can have to do. */
const OPEN: readonly CaseStatus[] = ['accepted', 'in-review'];
const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄勇', '周杰', '吴霞'];
const CONCLUDED = new Set<CaseStatus>(['approved', 'denied', 'withdrawn', 'rejected-at-intake']);

/**
 * Writes `count` cases through the store (its own connection to the server's database file), spread
 * over the days before `today`, 500 a day: the history an inbox query pages through (or, with
 * `open`, a centre where every case is still running). None is left 已收件, so no deemed-acceptance
 * sweep has work to do. Returns how long it took.
 */
export async function fillInbox(args: {
  store: Store;
  count: number;
  today: string;
  refs: readonly (DefinitionRef & { name: string })[];
  calendar: WorkCalendar;
  open?: boolean;
}): Promise<number> {
  const statuses = args.open ? OPEN : WEIGHTS;
  const started = performance.now();
  const perDay = 500;
  // Writes issued together are group-committed by the store: one transaction per chunk, not per case.
  let chunk: Promise<unknown>[] = [];
  for (let i = 0; i < args.count; i++) {
    if (chunk.length === 1000) {
      await Promise.all(chunk);
      chunk = [];
    }
    const daysBack = 1 + Math.floor(i / perDay);
    const day = addDays(args.today, -daysBack);
    const seq = (i % perDay) + 1;
    const ref = args.refs[i % args.refs.length];
    const status = statuses[(i * 7919) % statuses.length];
    const receivedAt = new Date(Date.parse(`${day}T01:00:00Z`) + seq * 50_000).toISOString();
    const accepted = status !== 'rejected-at-intake';
    const promisedDue = accepted ? addWorkdays(day, 3 + (i % 10), args.calendar) : null;
    const name = `${NAMES[i % NAMES.length]}${i}`;
    const c: NewCase = {
      id: randomUUID(),
      caseNumber: `${day.replaceAll('-', '')}${String(seq).padStart(5, '0')}`,
      queryCodeHash: '0'.repeat(64),
      definition: { code: ref.code, version: ref.version, hash: ref.hash },
      itemName: ref.name,
      status,
      formData: { applicant: { name } },
      materials: [],
      applicantName: name,
      outcome: status === 'rejected-at-intake' ? 'reject' : 'accept',
      check: { outcome: 'accept', factsHash: '0'.repeat(64), today: day },
      override: null,
      receivedAt,
      acceptedAt: accepted ? day : null,
      promisedDue,
      statutoryDue: promisedDue,
      dueProvisional: false,
      pauses: status === 'suspended' ? [{ from: day, to: null, kind: 'hearing' }] : [],
      extensions: [],
      concludedAt: CONCLUDED.has(status) ? receivedAt : null,
      createdBy: 'bench',
    };
    chunk.push(
      args.store.createCase({
        idempotencyKey: `bench:${c.caseNumber}`,
        case: c,
        event: { type: 'receive', at: receivedAt, actor: 'bench' },
        audit: [],
      }),
    );
  }
  await Promise.all(chunk);
  return performance.now() - started;
}

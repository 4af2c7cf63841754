import { hashJson } from '@onewindow/runtime/engine';
import type { ServiceItem } from '@onewindow/schemas';
import { afterEach, beforeEach } from 'vitest';
import type {
  AuditDraft,
  CaseStatus,
  FactsSnapshot,
  NewCase,
  NewCaseEvent,
  Store,
} from '../../server/src/storage/port.ts';

/** Makes a fresh, empty store for each test. */
export type MakeStore = () => Promise<Store>;

/** A fresh store per test, closed after it; read it with `store()` inside the test. */
export function useStore(makeStore: MakeStore): () => Store {
  let current: Store | undefined;
  beforeEach(async () => {
    current = await makeStore();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('store() is only available inside a test');
    return current;
  };
}

/** A small but schema-shaped service item (storage does not lint; the shape only has to be real). */
export function serviceItem(code: string, overrides: Partial<ServiceItem> = {}): ServiceItem {
  return {
    code,
    name: { 'zh-CN': `事项${code}` },
    type: 'administrative-license',
    department: { name: { 'zh-CN': '市场监督管理局' }, code: 'SAMR' },
    handling: { kind: 'commitment' },
    timeLimits: { statutory: { amount: 20, unit: 'workday' }, promised: { amount: 5, unit: 'workday' } },
    form: { schema: { type: 'object', properties: { name: { type: 'string', title: '姓名' } } } },
    materials: [
      {
        code: 'id-card',
        name: { 'zh-CN': '身份证' },
        kind: 'original',
        necessity: 'required',
        source: 'applicant',
      },
    ],
    rules: [],
    ...overrides,
  } as ServiceItem;
}

/** A facts snapshot with its real hash, as the engine computes it ({form, materials, today}). */
export function factsSnapshot(name: string, today = '2026-11-29'): FactsSnapshot {
  const facts = { form: { name }, materials: ['id-card'], today };
  return { hash: hashJson(facts), facts };
}

export function auditDraft(subject: string, overrides: Partial<AuditDraft> = {}): AuditDraft {
  return {
    kind: 'check',
    at: '2026-11-29T01:00:00.000Z',
    actor: 'clerk1',
    subject,
    payload: {
      outcome: 'accept',
      fired: [],
      definition: { code: 'ITEM-A', version: 1, hash: 'a'.repeat(64) },
    },
    ...overrides,
  };
}

export interface CaseFixture {
  id: string;
  caseNumber: string;
  status?: CaseStatus;
  itemCode?: string;
  applicantName?: string;
  receivedAt?: string;
  promisedDue?: string | null;
  factsHash?: string;
}

/** A new case with sensible defaults; every field the port stores is set. */
export function newCase(f: CaseFixture): NewCase {
  const itemCode = f.itemCode ?? 'ITEM-A';
  return {
    id: f.id,
    caseNumber: f.caseNumber,
    queryCodeHash: hashJson({ queryCode: f.caseNumber }),
    definition: { code: itemCode, version: 1, hash: 'a'.repeat(64) },
    itemName: `事项${itemCode}`,
    status: f.status ?? 'received',
    formData: { name: f.applicantName ?? '张三', nested: { list: [1, 2, { deep: true }] } },
    materials: ['id-card'],
    attachments: [],
    applicantName: f.applicantName ?? '张三',
    outcome: 'accept',
    check: { outcome: 'accept', factsHash: f.factsHash ?? 'f'.repeat(64), fired: ['r1'] },
    override: null,
    receivedAt: f.receivedAt ?? '2026-11-29T01:00:00.000Z',
    acceptedAt: null,
    promisedDue: f.promisedDue === undefined ? '2026-12-04' : f.promisedDue,
    statutoryDue: '2026-12-25',
    dueProvisional: false,
    pauses: [],
    extensions: [],
    concludedAt: null,
    createdBy: 'clerk1',
  };
}

export function receiptEvent(at = '2026-11-29T01:00:00.000Z'): NewCaseEvent {
  return { type: 'receive', at, actor: 'clerk1', data: { channel: 'counter' } };
}

/** Runs `n` calls of `fn` at once and waits for all of them, fulfilled or rejected. */
export function concurrently<T>(
  n: number,
  fn: (i: number) => Promise<T>,
): Promise<PromiseSettledResult<T>[]> {
  return Promise.allSettled(Array.from({ length: n }, (_, i) => fn(i)));
}

import { type CompiledItem, check } from '@onewindow/runtime/engine';
import type { CaseInput } from '@onewindow/schemas';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCompiledVersion } from '../definitions/compiled-cache.ts';
import { exampleItem, publishThroughStore } from '../definitions/testing/example-fixtures.ts';
import { makeTestDeps, type TestDeps } from '../definitions/testing/test-deps.ts';
import { checkAuditDraft, checkSummary } from './record-check.ts';
import { replayRecord } from './replay-record.ts';
import { checkFactsSnapshot } from './testing/facts-snapshot.ts';

let deps: TestDeps;
beforeEach(() => {
  deps = makeTestDeps();
});
afterEach(() => deps.dispose());

const item = exampleItem();
/** The first embedded test of the ID card item: a renewal at home, accepted with a 20-yuan fee. */
const { input, today } = item.tests![0];

async function recordCheck(compiled: CompiledItem, caseInput: CaseInput, day: string) {
  const result = check(compiled, caseInput, { today: day });
  const draft = checkAuditDraft({
    result,
    actor: 'clerk',
    subject: 'case-1',
    at: deps.clock.now().toISOString(),
  });
  const facts = checkFactsSnapshot({ compiled, input: caseInput, result });
  return { result, record: await deps.store.appendAudit({ record: draft, facts }) };
}

describe('replaying a check record', () => {
  it('re-runs the pinned version on the recorded facts: same with both evaluators', async () => {
    await publishThroughStore(deps, item);
    const { compiled } = await getCompiledVersion(deps, { code: item.code });
    const { result, record } = await recordCheck(compiled, input, today);
    expect(JSON.stringify(record.payload).length).toBeLessThan(2048);

    const report = await replayRecord(deps, record.seq);
    expect(report.definition).toEqual(result.definition);
    expect(report.today).toBe(today);
    expect(report.compiled).toMatchObject({
      verdict: 'same',
      differences: [],
      engine: 'onewindow-compiled@1',
    });
    expect(report.reference).toMatchObject({
      verdict: 'same',
      differences: [],
      engine: 'json-rules-engine@7.3',
    });
    expect(report.compiled.result.outcome).toBe('accept');
  });

  it('keeps hidden-field data out of the stored facts, so replay judges exactly what was judged', async () => {
    await publishThroughStore(deps, item);
    const { compiled } = await getCompiledVersion(deps, { code: item.code });
    const hidden = {
      ...input,
      formData: { ...input.formData, place: { isRemote: false, residenceAddress: 'hidden' } },
    };
    const { record } = await recordCheck(compiled, hidden, today);
    const facts = (await deps.store.getFacts({ hash: record.factsHash! })) as { form: { place: object } };
    expect(facts.form.place).toEqual({ isRemote: false });
    expect((await replayRecord(deps, record.seq)).compiled.verdict).toBe('same');
  });

  it('reports different, with the differences, when the record says otherwise than the rules decide', async () => {
    await publishThroughStore(deps, item);
    const { compiled } = await getCompiledVersion(deps, { code: item.code });
    const result = check(compiled, input, { today });
    const override = await deps.store.appendAudit({
      record: {
        kind: 'override',
        at: deps.clock.now().toISOString(),
        actor: 'clerk',
        subject: 'case-2',
        factsHash: result.factsHash,
        payload: {
          outcome: 'reject',
          reason: '材料存疑',
          check: { ...checkSummary(result), outcome: 'reject', fees: [] },
        },
      },
      facts: checkFactsSnapshot({ compiled, input, result }),
    });
    const report = await replayRecord(deps, override.seq);
    expect(report.compiled.verdict).toBe('different');
    expect(report.compiled.differences).toEqual([
      { field: 'outcome', recorded: 'reject', replayed: 'accept' },
      { field: 'fees', recorded: [], replayed: ['renewal-fee'] },
    ]);
    expect(report.reference.verdict).toBe('different');
  });

  it('refuses to replay against a version whose stored hash is not the pinned one', async () => {
    const published = await publishThroughStore(deps, item);
    const { compiled } = await getCompiledVersion(deps, { code: item.code });
    const { record } = await recordCheck(compiled, input, today);
    const db = new Database(deps.file);
    db.exec('DROP TRIGGER versions_immutable');
    db.prepare('UPDATE versions SET hash = ? WHERE code = ?').run('f'.repeat(64), published.code);
    db.close();
    await expect(replayRecord(deps, record.seq)).rejects.toMatchObject({
      status: 409,
      code: 'HASH_MISMATCH',
    });
  });

  it('refuses records that hold no check', async () => {
    const published = await publishThroughStore(deps, item);
    const [publishRecord] = await deps.store.listAudit({ kind: 'publish', subject: `${published.code}@1` });
    await expect(replayRecord(deps, publishRecord.seq)).rejects.toMatchObject({
      status: 422,
      code: 'NOT_REPLAYABLE',
    });
    await expect(replayRecord(deps, 999)).rejects.toMatchObject({ status: 404 });
  });
});

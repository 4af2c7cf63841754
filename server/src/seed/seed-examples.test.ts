import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readExampleFiles } from '../definitions/example-items.ts';
import { makeTestDeps, type TestDeps } from '../definitions/testing/test-deps.ts';
import { seedExamples } from './seed-examples.ts';

let deps: TestDeps;
beforeEach(() => {
  deps = makeTestDeps();
});
afterEach(() => deps.dispose());

describe('seeding the examples', () => {
  it('publishes every example item through lint and tests, as system, and loads the calendars', async () => {
    const examples = await readExampleFiles('items');
    const result = await seedExamples(deps);
    expect(result.published.sort()).toEqual(examples.map((e) => (e.data as { code: string }).code).sort());
    expect(result.calendars).toEqual([2025, 2026]);
    const items = await deps.store.listItems({});
    expect(
      items.every((i) => i.status === 'active' && i.activeVersion === 1 && i.updatedBy === 'system'),
    ).toBe(true);
    const publishes = await deps.store.listAudit({ kind: 'publish' });
    expect(publishes).toHaveLength(examples.length);
    expect(publishes[0].payload).toMatchObject({
      lint: { errors: 0 },
      tests: { passed: expect.any(Number) },
    });
  });

  it('does nothing the second time', async () => {
    await seedExamples(deps);
    const head = await deps.store.getAuditHead();
    expect(await seedExamples(deps)).toEqual({ published: [], calendars: [] });
    expect(await deps.store.getAuditHead()).toEqual(head);
  });

  it('can run on two instances at once without failing or publishing twice', async () => {
    await Promise.all([seedExamples(deps), seedExamples(deps)]);
    for (const item of await deps.store.listItems({})) expect(item.latestVersion).toBe(1);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffVersions } from './diff-versions.ts';
import { exampleItem, publishThroughStore } from './testing/example-fixtures.ts';
import { makeTestDeps, type TestDeps } from './testing/test-deps.ts';

let deps: TestDeps;
beforeEach(() => {
  deps = makeTestDeps();
});
afterEach(() => deps.dispose());

/** The ID card item with `place.isRemote` renamed to `place.remote` (same title), rules untouched. */
function withRenamedField() {
  const item = exampleItem();
  const place = (item.form.schema.properties as Record<string, { properties: Record<string, unknown> }>)
    .place;
  place.properties.remote = place.properties.isRemote;
  delete place.properties.isRemote;
  return item;
}

describe('diffing two versions', () => {
  it('lists a changed time limit as a replace at its JSON pointer, with old and new values', async () => {
    const v1 = exampleItem();
    await publishThroughStore(deps, v1);
    const v2 = exampleItem();
    v2.timeLimits.promised = { amount: 10, unit: 'workday' };
    await publishThroughStore(deps, v2);

    const diff = await diffVersions(deps, v1.code, 1, 2);
    expect(diff.changes).toContainEqual({
      op: 'replace',
      path: '/timeLimits/promised/amount',
      old: 15,
      new: 10,
    });
    expect(diff.changes).toContainEqual({ op: 'replace', path: '/version', old: 1, new: 2 });
    expect(diff.from.hash).not.toBe(diff.to.hash);
    expect(diff.ruleFieldChanges).toEqual([]);
  });

  it('flags a renamed form field that rules still read, naming the rule and where it reads it', async () => {
    const v1 = exampleItem();
    await publishThroughStore(deps, v1);
    await publishThroughStore(deps, withRenamedField());

    const diff = await diffVersions(deps, v1.code, 1, 2);
    expect(diff.fields.renamed).toEqual([{ from: '/place/isRemote', to: '/place/remote' }]);
    const flagged = diff.ruleFieldChanges.filter((c) => c.field === '/place/isRemote');
    expect(flagged.length).toBeGreaterThan(0);
    for (const change of flagged) {
      expect(change).toMatchObject({ change: 'renamed', renamedTo: '/place/remote', stillReferenced: true });
      expect(change.at).toMatch(/^\/rules\/\d+\/conditions\//);
    }
  });

  it('compares the draft with a version when a side is "draft"', async () => {
    const v1 = exampleItem();
    await publishThroughStore(deps, v1);
    const draft = await deps.store.getDraft({ code: v1.code });
    const edited = {
      ...draft!.definition,
      name: { ...draft!.definition.name, 'zh-CN': '居民身份证换领（新）' },
    };
    await deps.store.saveDraft({
      code: v1.code,
      definition: edited,
      expectedRevision: draft!.revision,
      actor: 't',
      at: '2026-11-30T02:00:00Z',
    });

    const diff = await diffVersions(deps, v1.code, 1, 'draft');
    expect(diff.to).toEqual({ version: 'draft', hash: null });
    expect(diff.changes).toContainEqual({
      op: 'replace',
      path: '/name/zh-CN',
      old: '居民身份证换领',
      new: '居民身份证换领（新）',
    });
  });
});

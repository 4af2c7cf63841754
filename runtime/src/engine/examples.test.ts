import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult, ServiceItem } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import { check } from './check.ts';
import { checkWithReference } from './check-with-reference.ts';
import { compile } from './compile.ts';
import { runItemTests } from './run-item-tests.ts';

const dir = join(import.meta.dirname, '../../../examples/items');
const files = (() => {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
})();
const items = files.map((file) => ({
  file,
  item: JSON.parse(readFileSync(join(dir, file), 'utf8')) as ServiceItem,
}));
const withoutEngine = (r: CheckResult) => JSON.stringify({ ...r, engine: '' });

describe.skipIf(items.length === 0)('every example item (examples/items/*.json)', () => {
  it.each(items)(
    '$file: the compiled evaluator and json-rules-engine agree on every embedded test',
    async ({ item }) => {
      const compiled = compile(item);
      for (const test of item.tests ?? []) {
        const compiledResult = check(compiled, test.input, { today: test.today });
        const reference = await checkWithReference(compiled, test.input, { today: test.today });
        expect(withoutEngine(reference), test.name).toBe(withoutEngine(compiledResult));
      }
    },
  );

  it.each(items)('$file: every embedded test passes and every rule fires in one', ({ item }) => {
    const report = runItemTests(compile(item), item.tests ?? []);
    expect(report.results.filter((r) => !r.pass).map((r) => [r.name, r.failures])).toEqual([]);
    expect(report.uncoveredRules).toEqual([]);
  });
});

it('finds the four shipped example items to compare on', () => {
  expect(items.length).toBeGreaterThanOrEqual(4);
});

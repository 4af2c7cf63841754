import { exampleItem } from '@onewindow/runtime/app/testing';
import * as engine from '@onewindow/runtime/engine';
import type { ServiceItem } from '@onewindow/schemas';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { embeddedTestsVerdict } from './embedded-tests-verdict.ts';
import { calendarsAnswer } from './testing/render-editor.tsx';

vi.mock('@onewindow/runtime/engine', { spy: true });

const calendar = engine.createWorkCalendar(calendarsAnswer().calendars);
const item = exampleItem('resident-id-card-renewal');

/** The item with the applicant section's title, and its first field's title, set to `title`. */
function relabelled(definition: ServiceItem, title: string): ServiceItem {
  const schema = structuredClone(definition.form.schema) as {
    properties: { applicant: { title?: string; description?: string; properties: Record<string, object> } };
  };
  const applicant = schema.properties.applicant;
  applicant.title = title;
  applicant.description = `${title}的说明`;
  const first = Object.keys(applicant.properties)[0];
  applicant.properties[first] = { ...applicant.properties[first], title };
  return { ...definition, form: { ...definition.form, schema } };
}

/** The item without its first `n` tests: a definition no other test has judged yet. */
const withoutTests = (n: number): ServiceItem => ({ ...item, tests: item.tests?.slice(n) });

afterEach(() => vi.mocked(engine.compile).mockClear());

describe('embeddedTestsVerdict', () => {
  it('runs the embedded tests of the working copy with the calendar', () => {
    expect(embeddedTestsVerdict(item, calendar)).toEqual({ kind: 'passed', count: item.tests?.length });
  });

  it('when only labels of the form change, the verdict stands without compiling the item again', () => {
    const base = withoutTests(1);
    const first = embeddedTestsVerdict(relabelled(base, '申请人甲'), calendar);
    expect(engine.compile).toHaveBeenCalledTimes(1);
    for (const title of ['申请人乙', '申请人丙', '']) {
      expect(embeddedTestsVerdict(relabelled(base, title), calendar)).toBe(first);
    }
    expect(engine.compile).toHaveBeenCalledTimes(1);
  });

  it('when anything a test compares changes, the tests run again', () => {
    const labelled = relabelled(withoutTests(2), '申请人丁');
    expect(embeddedTestsVerdict(labelled, calendar).kind).toBe('passed');
    expect(engine.compile).toHaveBeenCalledTimes(1);
    const tests = structuredClone(labelled.tests ?? []);
    tests[0].expect.outcome = 'reject';
    const verdict = embeddedTestsVerdict({ ...labelled, tests }, calendar);
    expect(engine.compile).toHaveBeenCalledTimes(2);
    expect(verdict).toMatchObject({ kind: 'failed', failed: [{ name: tests[0].name }] });
  });
});

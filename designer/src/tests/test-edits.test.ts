import { exampleItem } from '@onewindow/runtime/app/testing';
import { describe, expect, it } from 'vitest';
import { duplicateTest, putTest, removeTest, renameTest } from './test-edits.ts';
import { uniqueName } from './test-name.ts';

const item = exampleItem('birth-registration');

describe('test edits', () => {
  it('write a test back where it was found by identity, even after others moved', () => {
    const original = item.tests[2];
    const moved = removeTest(item, 0);
    const changed = { ...original, name: 'changed' };
    const next = putTest(moved, original, changed);
    expect(next.tests?.[1]).toBe(changed);
    expect(next.tests).toHaveLength(item.tests.length - 1);
    // Untouched tests stay the same objects (the run of each is kept).
    expect(next.tests?.[0]).toBe(item.tests[1]);
  });

  it('append a new test, or one whose original is gone', () => {
    const gone = removeTest(item, 0);
    const next = putTest(gone, item.tests[0], { ...item.tests[0], name: 'again' });
    expect(next.tests?.at(-1)?.name).toBe('again');
    expect(putTest(item, null, item.tests[0]).tests).toHaveLength(item.tests.length + 1);
  });

  it('duplicate right after the source, deep-copied, and rename in place', () => {
    const next = duplicateTest(item, 0, 'copy');
    expect(next.tests?.[1].name).toBe('copy');
    expect(next.tests?.[1].input).toEqual(item.tests[0].input);
    expect(next.tests?.[1].input).not.toBe(item.tests[0].input);
    expect(renameTest(next, 1, 'renamed').tests?.[1].name).toBe('renamed');
    expect(removeTest(item, 99)).toBe(item);
  });

  it('number a name that is taken', () => {
    expect(uniqueName('新测试 1', ['a'])).toBe('新测试 1');
    expect(uniqueName('a', ['a', 'a 2'])).toBe('a 3');
  });
});

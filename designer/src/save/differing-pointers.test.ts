import { describe, expect, it } from 'vitest';
import { differingPointers } from './differing-pointers.ts';

describe('differingPointers', () => {
  it('finds nothing in equal documents, whatever their key order', () => {
    expect(differingPointers({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it('names each changed, added and removed member', () => {
    const mine = { name: { 'zh-CN': '甲' }, rules: [{ id: 'r1' }], fees: [] };
    const theirs = { name: { 'zh-CN': '乙' }, rules: [{ id: 'r1' }, { id: 'r2' }], tests: [] };
    expect(differingPointers(theirs, mine)).toEqual(['/name/zh-CN', '/rules/1', '/tests', '/fees']);
  });

  it('reports a deep difference at the depth it was asked for', () => {
    const a = { form: { schema: { properties: { name: { title: 'A' } } } } };
    const b = { form: { schema: { properties: { name: { title: 'B' } } } } };
    expect(differingPointers(a, b, 2)).toEqual(['/form/schema']);
    expect(differingPointers(a, b, 5)).toEqual(['/form/schema/properties/name/title']);
  });

  it('escapes keys as JSON pointers do', () => {
    expect(differingPointers({ 'a/b': 1 }, { 'a/b': 2 })).toEqual(['/a~1b']);
  });
});

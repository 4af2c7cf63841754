import { describe, expect, it } from 'vitest';
import { diffJson } from './json-pointer-diff.ts';

describe('diffJson', () => {
  it('reports added, removed and replaced members as JSON pointers with old and new values', () => {
    const changes = diffJson({ a: 1, b: { c: 'x' }, gone: true }, { a: 2, b: { c: 'x', 'd/e': [1] } });
    expect(changes).toEqual([
      { op: 'replace', path: '/a', old: 1, new: 2 },
      { op: 'add', path: '/b/d~1e', new: [1] },
      { op: 'remove', path: '/gone', old: true },
    ]);
  });

  it('matches rules by id, so inserting one rule is one add, not a cascade of replacements', () => {
    const before = [
      { id: 'r1', v: 1 },
      { id: 'r2', v: 2 },
    ];
    const after = [
      { id: 'r0', v: 0 },
      { id: 'r1', v: 1 },
      { id: 'r2', v: 3 },
    ];
    expect(diffJson(before, after, '/rules')).toEqual([
      { op: 'add', path: '/rules/0', new: { id: 'r0', v: 0 } },
      { op: 'replace', path: '/rules/2/v', old: 2, new: 3 },
    ]);
  });

  it('reports a reordering of keyed elements as moves', () => {
    const changes = diffJson([{ code: 'a' }, { code: 'b' }], [{ code: 'b' }, { code: 'a' }], '/materials');
    expect(changes.filter((c) => c.op === 'move')).toHaveLength(2);
  });

  it('compares arrays without identities position by position', () => {
    expect(diffJson([1, 2, 3], [1, 5], '/x')).toEqual([
      { op: 'replace', path: '/x/1', old: 2, new: 5 },
      { op: 'remove', path: '/x/2', old: 3 },
    ]);
  });

  it('finds nothing between equal documents', () => {
    expect(diffJson({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual([]);
  });
});

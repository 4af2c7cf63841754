import type { ConditionLeaf } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import {
  appendChild,
  asTopLevel,
  countLeaves,
  negate,
  newSubgroup,
  nodeKind,
  switchGroup,
  unwrapNot,
} from './condition-tree.ts';

const leaf = (value: number): ConditionLeaf => ({
  fact: 'applicant',
  path: 'age',
  operator: 'lessThan',
  value,
});

describe('condition tree edits', () => {
  it('switches a group between all and any, keeping its children and priority', () => {
    const group = { all: [leaf(1), leaf(2)], priority: 3 };
    expect(switchGroup(group, 'any')).toEqual({ any: [leaf(1), leaf(2)], priority: 3 });
    expect(switchGroup(group, 'all')).toBe(group);
    expect(switchGroup(leaf(1), 'any')).toEqual(leaf(1));
  });

  it('adds a sub-group of the other kind with a first condition, so it is never an empty always-true list', () => {
    const root = { all: [leaf(1)] };
    const next = appendChild(root, newSubgroup(root, leaf(2)));
    expect(next).toEqual({ all: [leaf(1), { any: [leaf(2)] }] });
    expect(countLeaves(next)).toBe(2);
  });

  it('negates and unwraps, and lifts a lone condition to a top-level group', () => {
    const negated = negate({ any: [leaf(1)] });
    expect(nodeKind(negated)).toBe('not');
    expect(unwrapNot(negated)).toEqual({ any: [leaf(1)] });
    expect(asTopLevel(leaf(1))).toEqual({ all: [leaf(1)] });
    expect(asTopLevel(negated)).toBe(negated);
  });
});

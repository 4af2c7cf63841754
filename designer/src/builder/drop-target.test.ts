import { describe, expect, it } from 'vitest';
import { canvasLines, dropTarget, endSlotId } from './drop-target.ts';
import { listFields } from './model/form-tree.ts';

// a, box{x, y}, b, rows[]{c}
const tree = listFields({
  schema: {
    type: 'object',
    properties: {
      a: { type: 'string' },
      box: { type: 'object', properties: { x: { type: 'string' }, y: { type: 'string' } } },
      b: { type: 'string' },
      rows: { type: 'array', items: { type: 'object', properties: { c: { type: 'string' } } } },
    },
  },
  uiSchema: {},
});
const ids = canvasLines(tree).map((l) => l.id);

describe('canvasLines', () => {
  it('lists fields depth first, each section, table and the form ending in its slot', () => {
    expect(ids).toEqual([
      '/a',
      '/box',
      '/box/x',
      '/box/y',
      'end:/box',
      '/b',
      '/rows',
      '/rows/*/c',
      'end:/rows/*',
      'end:',
    ]);
  });

  it('leaves out the fields of a section being dragged, and its slot', () => {
    expect(canvasLines(tree, '/box').map((l) => l.id)).toEqual([
      '/a',
      '/box',
      '/b',
      '/rows',
      '/rows/*/c',
      'end:/rows/*',
      'end:',
    ]);
  });
});

describe('dropTarget', () => {
  it('moves down within the form: after the line dropped on', () => {
    expect(dropTarget(ids, '/a', '/b', tree)).toEqual({ container: '', index: 2 });
  });

  it('moves up within a section: before the line dropped on', () => {
    expect(dropTarget(ids, '/box/y', '/box/x', tree)).toEqual({ container: '/box', index: 0 });
  });

  it('moves into a section from above when dropped on its first field', () => {
    expect(dropTarget(ids, '/a', '/box/x', tree)).toEqual({ container: '/box', index: 1 });
  });

  it('moves to the end of a section or a table from below through its slot', () => {
    expect(dropTarget(ids, '/b', endSlotId('/box'), tree)).toEqual({ container: '/box', index: 2 });
    expect(dropTarget(ids, 'palette:text', endSlotId('/rows/*'), tree)).toEqual({
      container: '/rows/*',
      index: 1,
    });
  });

  it('moves into a section or a table from above when dropped on its own line, and past it on its slot', () => {
    expect(dropTarget(ids, '/a', '/rows', tree)).toEqual({ container: '/rows/*', index: 0 });
    expect(dropTarget(ids, '/a', endSlotId('/rows/*'), tree)).toEqual({ container: '', index: 3 });
  });

  it('moves out of a section when dropped on the section line from below', () => {
    expect(dropTarget(ids, '/box/x', '/a', tree)).toEqual({ container: '', index: 0 });
  });

  it('moves to the end of the form', () => {
    expect(dropTarget(ids, '/a', 'end:', tree)).toEqual({ container: '', index: 3 });
  });

  it('puts a palette item before the line it is dropped on', () => {
    expect(dropTarget(ids, 'palette:text', '/box/y', tree)).toEqual({ container: '/box', index: 1 });
    expect(dropTarget(ids, 'palette:text', 'end:', tree)).toEqual({ container: '', index: 4 });
  });

  it('does nothing for a drop on itself or outside the list', () => {
    expect(dropTarget(ids, '/a', '/a', tree)).toBeNull();
    expect(dropTarget(ids, '/a', 'elsewhere', tree)).toBeNull();
  });
});

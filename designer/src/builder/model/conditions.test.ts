import { check, compile } from '@onewindow/runtime';
import type { Rule } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import { addField, paletteField } from './add-field.ts';
import { CONDITION_OPS, conditionSchema, type FieldCondition, readCondition } from './field-condition.ts';
import { readRequiredWhen, setRequired, setRequiredWhen } from './field-requirement.ts';
import { setVisibility } from './field-visibility.ts';
import { type FormParts, listFields, ROOT } from './form-tree.ts';
import { formOf, itemWithForm } from './test-form.ts';

const today = '2026-06-01';
const field = (parts: FormParts, pointer: string) => listFields(parts).byPointer.get(pointer)!;

/** A rule that fires when the form holds `value` at `path` (so a fired rule proves the data reached the rules). */
function seen(path: string, value: unknown = 'v'): Rule {
  return {
    id: `seen-${path}`,
    conditions: { all: [{ fact: 'form', path, operator: 'equal', value }] },
    event: { type: 'warn', params: { message: { 'zh-CN': path, en: path } } },
  };
}

function run(parts: FormParts, formData: Record<string, unknown>, rules: Rule[] = []) {
  return check(compile(itemWithForm(parts, rules)), { formData, materials: [] }, { today });
}

const base = () =>
  formOf({
    reason: { type: 'string', title: '原因', enum: ['expiry', 'damage'] },
    agent: { type: 'boolean', title: '是否委托' },
    detail: { type: 'string', title: '情况说明', maxLength: 5 },
  });

describe('conditions as JSON Schema', () => {
  it('reads back every operator it writes', () => {
    const samples: FieldCondition[] = CONDITION_OPS.map((op) =>
      op === 'oneOf' || op === 'notOneOf'
        ? { source: 'x', op, values: ['a', 'b'] }
        : op === 'equals' || op === 'notEquals' || op === 'includes'
          ? { source: 'x', op, value: 'a' }
          : { source: 'x', op },
    );
    for (const condition of samples) {
      const { ifSchema, side } = conditionSchema(condition);
      expect(readCondition(ifSchema, side), condition.op).toEqual(condition);
    }
  });

  it('writes the shape of the example items', () => {
    expect(conditionSchema({ source: 'status', op: 'equals', value: 'remarriage' })).toEqual({
      ifSchema: { properties: { status: { const: 'remarriage' } }, required: ['status'] },
      side: 'then',
    });
  });

  it('refuses to read conditions on several fields or other keywords', () => {
    expect(readCondition({ properties: { a: { minimum: 1 } }, required: ['a'] }, 'then')).toBeNull();
    expect(readCondition({ required: ['a', 'b'] }, 'then')).toBeNull();
    expect(readCondition({ required: ['a'] }, 'else')).toBeNull();
  });
});

describe('setVisibility', () => {
  it('shows a field only when the condition holds, and the engine drops its data otherwise', () => {
    const parts = setVisibility(base(), field(base(), '/detail'), {
      source: 'reason',
      op: 'equals',
      value: 'damage',
    });
    expect(parts.schema).toMatchObject({
      if: { properties: { reason: { const: 'damage' } }, required: ['reason'] },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
      then: { properties: { detail: { title: '情况说明' } } },
    });
    expect(Object.keys(parts.schema.properties as object)).toEqual(['reason', 'agent']);
    expect(parts.uiSchema['ui:order']).toEqual(['reason', 'agent', 'detail']);
    const rules = [seen('detail', 'far too long')];
    // Hidden: the too-long detail is neither an error nor seen by rules.
    const hidden = run(parts, { reason: 'expiry', detail: 'far too long' }, rules);
    expect(hidden.formErrors).toEqual([]);
    expect(hidden.rules.find((r) => r.id === 'seen-detail')?.fired).toBe(false);
    // Shown: it is validated and the rules see it.
    const shown = run(parts, { reason: 'damage', detail: 'far too long' }, rules);
    expect(shown.formErrors.map((e) => e.path)).toEqual(['/detail']);
    expect(shown.rules[0].fired).toBe(true);
  });

  it('puts a second condition of the same section into allOf, and shares a block between equal conditions', () => {
    let parts = formOf({
      reason: { type: 'string', enum: ['a', 'b'] },
      agent: { type: 'boolean' },
      x: { type: 'string' },
      y: { type: 'string' },
      z: { type: 'string' },
    });
    parts = setVisibility(parts, field(parts, '/x'), { source: 'reason', op: 'equals', value: 'b' });
    parts = setVisibility(parts, field(parts, '/y'), { source: 'agent', op: 'isTrue' });
    parts = setVisibility(parts, field(parts, '/z'), { source: 'reason', op: 'equals', value: 'b' });
    expect(parts.schema.then).toEqual({ properties: { x: { type: 'string' }, z: { type: 'string' } } });
    expect(parts.schema.allOf).toEqual([
      {
        if: { properties: { agent: { const: true } }, required: ['agent'] },
        // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
        then: { properties: { y: { type: 'string' } } },
      },
    ]);
    expect(field(parts, '/y').visibility).toEqual({
      kind: 'when',
      condition: { source: 'agent', op: 'isTrue' },
    });
    const rules = [seen('x'), seen('y')];
    const result = run(parts, { reason: 'a', agent: true, x: 'v', y: 'v' }, rules);
    expect(result.rules.map((r) => [r.id, r.fired])).toEqual([
      ['seen-x', false],
      ['seen-y', true],
    ]);
  });

  it('keeps "required" with the field and enforces it only while shown', () => {
    let parts = setRequired(base(), field(base(), '/detail'), true);
    expect(parts.schema.required).toEqual(['detail']);
    parts = setVisibility(parts, field(parts, '/detail'), { source: 'agent', op: 'isTrue' });
    expect(parts.schema.required).toEqual([]);
    expect(parts.schema.then).toEqual({
      properties: { detail: { type: 'string', title: '情况说明', maxLength: 5 } },
      required: ['detail'],
    });
    expect(field(parts, '/detail').required).toBe('always');
    expect(run(parts, { agent: false }).formErrors).toEqual([]);
    expect(run(parts, { agent: true }).formErrors.map((e) => [e.path, e.keyword])).toEqual([
      ['/detail', 'required'],
    ]);
  });

  it('moves a field back to always shown, and tidies the emptied block away', () => {
    let parts = setVisibility(base(), field(base(), '/detail'), { source: 'agent', op: 'isFalse' });
    parts = setVisibility(parts, field(parts, '/detail'), null);
    expect(parts.schema).toEqual(base().schema);
    expect(field(parts, '/detail').visibility).toEqual({ kind: 'always' });
  });

  it('uses the else branch for "not equal", which also shows the field while the source is empty', () => {
    const parts = setVisibility(base(), field(base(), '/detail'), {
      source: 'reason',
      op: 'notEquals',
      value: 'expiry',
    });
    expect(parts.schema.else).toEqual({
      properties: { detail: { type: 'string', title: '情况说明', maxLength: 5 } },
    });
    const rules = [seen('detail', 'a')];
    expect(run(parts, { reason: 'expiry', detail: 'a' }, rules).rules[0].fired).toBe(false);
    expect(run(parts, { reason: 'damage', detail: 'a' }, rules).rules[0].fired).toBe(true);
    expect(run(parts, { detail: 'a' }, rules).rules[0].fired).toBe(true);
  });

  it('refuses a condition of a field on itself', () => {
    const parts = base();
    expect(setVisibility(parts, field(parts, '/detail'), { source: 'detail', op: 'filled' })).toBe(parts);
  });

  it('handles a checkbox group "includes" condition in the engine', () => {
    let parts = formOf({
      scopes: { type: 'array', uniqueItems: true, items: { type: 'string', enum: ['food', 'retail'] } },
      licence: { type: 'string' },
    });
    parts = setVisibility(parts, field(parts, '/licence'), {
      source: 'scopes',
      op: 'includes',
      value: 'food',
    });
    const rules = [seen('licence', 'L1')];
    expect(run(parts, { scopes: ['retail'], licence: 'L1' }, rules).rules[0].fired).toBe(false);
    expect(run(parts, { scopes: ['retail', 'food'], licence: 'L1' }, rules).rules[0].fired).toBe(true);
  });
});

describe('setRequiredWhen', () => {
  it('requires a field only under the condition, and reads the condition back', () => {
    const parts = setRequiredWhen(base(), field(base(), '/detail'), {
      source: 'reason',
      op: 'equals',
      value: 'damage',
    });
    expect(parts.schema.then).toEqual({ required: ['detail'] });
    expect(field(parts, '/detail')).toMatchObject({
      required: 'conditional',
      visibility: { kind: 'always' },
    });
    expect(readRequiredWhen(parts, field(parts, '/detail'))).toEqual({
      source: 'reason',
      op: 'equals',
      value: 'damage',
    });
    expect(run(parts, { reason: 'expiry' }).formErrors).toEqual([]);
    expect(run(parts, { reason: 'damage' }).formErrors.map((e) => [e.path, e.keyword])).toEqual([
      ['/detail', 'required'],
    ]);
  });

  it('replaces "always required", and is replaced by it', () => {
    let parts = setRequired(base(), field(base(), '/detail'), true);
    parts = setRequiredWhen(parts, field(parts, '/detail'), { source: 'agent', op: 'isTrue' });
    expect(parts.schema.required).toEqual([]);
    parts = setRequired(parts, field(parts, '/detail'), true);
    expect(parts.schema.required).toEqual(['detail']);
    expect(parts.schema.if).toBeUndefined();
    expect(readRequiredWhen(parts, field(parts, '/detail'))).toBeNull();
  });

  it('clears the condition with null', () => {
    let parts = setRequiredWhen(base(), field(base(), '/detail'), { source: 'agent', op: 'isTrue' });
    parts = setRequiredWhen(parts, field(parts, '/detail'), null);
    expect(parts.schema).toEqual(base().schema);
    expect(field(parts, '/detail').required).toBe('no');
  });

  it('reads a property dependency as "required when filled"', () => {
    const parts = formOf({ a: { type: 'string' }, b: { type: 'string' } }, { dependencies: { a: ['b'] } });
    expect(readRequiredWhen(parts, field(parts, '/b'))).toEqual({ source: 'a', op: 'filled' });
  });

  it('requires both dates of a required date range, and neither of an optional one', () => {
    let parts = addField(formOf({}), ROOT, 0, paletteField('dateRange')).parts;
    parts = setRequired(parts, field(parts, '/period'), true);
    expect(parts.schema).toMatchObject({
      required: ['period'],
      properties: { period: { required: ['start', 'end'] } },
    });
    expect(run(parts, { period: { start: '2026-06-01' } }).formErrors.map((e) => e.path)).toEqual([
      '/period/end',
    ]);
    parts = setRequired(parts, field(parts, '/period'), false);
    expect(parts.schema).toMatchObject({ properties: { period: { required: [] } } });
    expect(run(parts, {}).formErrors).toEqual([]);
  });
});

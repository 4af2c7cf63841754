import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineForm } from './form-outline.ts';
import { localizeUiSchema } from './localize-ui-schema.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** Every field of a form schema: its pointer (array items as `*`) and its enum values, if any. */
function fields(node: unknown, pointer = '', out: { pointer: string; values: unknown[] }[] = []) {
  if (!isObject(node)) return out;
  if (pointer && typeof node.title === 'string') {
    const values = Array.isArray(node.enum) ? node.enum : node.type === 'boolean' ? [true, false] : [];
    out.push({ pointer, values });
  }
  for (const [key, child] of Object.entries(isObject(node.properties) ? node.properties : {}))
    fields(child, `${pointer}/${key}`, out);
  if (isObject(node.items)) fields(node.items, `${pointer}/*`, out);
  for (const key of ['then', 'else']) fields(node[key], pointer, out);
  return out;
}

const dir = join(import.meta.dirname, '../../../../../examples/items');
const items = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, item: JSON.parse(readFileSync(join(dir, file), 'utf8')) }));

describe('the shipped example forms in English', () => {
  it('finds the example items', () => expect(items.length).toBeGreaterThanOrEqual(4));

  it.each(items)('$file: every field and every option has an English label (ui:en)', ({ item }) => {
    const { schema, uiSchema } = item.form;
    const zh = outlineForm(schema, uiSchema);
    const en = outlineForm(schema, localizeUiSchema(uiSchema, 'en'));
    const chinese: string[] = [];
    const list = fields(schema);
    expect(list.length).toBeGreaterThan(10);
    for (const { pointer, values } of list) {
      const label = en.label(pointer) ?? '';
      if (label === '' || CJK.test(label)) chinese.push(`${pointer}: ${label}`);
      // The zh-CN form keeps its Chinese labels.
      expect(CJK.test(zh.label(pointer) ?? ''), pointer).toBe(true);
      for (const value of values) {
        const shown = en.valueLabel(pointer, value);
        if (shown !== undefined && CJK.test(shown)) chinese.push(`${pointer}=${String(value)}: ${shown}`);
      }
    }
    expect(chinese).toEqual([]);
  });

  it.each(items)('$file: every help text, placeholder and description has an English version', ({ item }) => {
    const en = localizeUiSchema(item.form.uiSchema, 'en');
    const chinese: string[] = [];
    let texts = 0;
    const walk = (node: unknown, path: string) => {
      if (!isObject(node)) return;
      for (const key of ['ui:help', 'ui:placeholder', 'ui:description']) {
        const text = node[key];
        if (typeof text !== 'string') continue;
        texts++;
        if (CJK.test(text)) chinese.push(`${path} ${key}: ${text}`);
      }
      for (const [key, child] of Object.entries(node))
        if (!key.startsWith('ui:')) walk(child, `${path}/${key}`);
    };
    walk(en, '');
    expect(texts).toBeGreaterThan(5);
    expect(chinese).toEqual([]);
  });
});

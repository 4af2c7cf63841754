import { describe, expect, it } from 'vitest';
import { describeValue, groupChanges, meaningfulChanges, partOf, withinPart } from './diff-parts.ts';

const zh = (v: { 'zh-CN'?: string }) => v['zh-CN'] ?? '';

describe('diff parts', () => {
  it('groups changes by top-level part in the order they first appear', () => {
    const groups = groupChanges([
      { op: 'replace', path: '/rules/0/event/type', old: 'warn', new: 'reject' },
      { op: 'add', path: '/name/en', new: 'Birth' },
      { op: 'remove', path: '/rules/2', old: { id: 'r3' } },
      { op: 'replace', path: '', old: 1, new: 2 },
    ]);
    expect(groups.map((g) => [g.part, g.changes.length])).toEqual([
      ['rules', 2],
      ['name', 1],
      ['', 1],
    ]);
  });

  it('leaves out the version number, which differs between any published version and the draft', () => {
    const name = { op: 'replace' as const, path: '/name/zh-CN', old: '甲', new: '乙' };
    expect(meaningfulChanges([{ op: 'remove', path: '/version', old: 1 }, name])).toEqual([name]);
  });

  it('splits a pointer into its part and the rest, unescaping the part', () => {
    expect(partOf('/a~1b/c')).toBe('a/b');
    expect(withinPart('/rules/3/event')).toBe('/3/event');
    expect(withinPart('/rules')).toBe('');
  });

  it('describes values as one short line, localized text in the current language', () => {
    expect(describeValue(undefined, zh)).toBeUndefined();
    expect(describeValue('文本', zh)).toBe('文本');
    expect(describeValue({ 'zh-CN': '生育登记', en: 'Birth' }, zh)).toBe('生育登记');
    expect(describeValue({ amount: 5, unit: 'workday' }, zh)).toBe('{"amount":5,"unit":"workday"}');
    const long = describeValue('字'.repeat(500), zh) ?? '';
    expect(long).toHaveLength(160);
    expect(long.endsWith('…')).toBe(true);
  });
});

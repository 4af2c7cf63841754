import { describe, expect, it } from 'vitest';
import { isEditorTab, tabOfPointer } from './editor-tabs.ts';

describe('tabOfPointer', () => {
  it('sends each part of the definition to the tab that edits it', () => {
    expect(tabOfPointer('/form/schema/properties/name')).toBe('form');
    expect(tabOfPointer('/materials/2/code')).toBe('materials');
    expect(tabOfPointer('/fees/0/amount')).toBe('materials');
    expect(tabOfPointer('/timeLimits/promised')).toBe('timeLimits');
    expect(tabOfPointer('/rules/3/conditions/all/0/path')).toBe('rules');
    expect(tabOfPointer('/tests/1/expect')).toBe('tests');
    expect(tabOfPointer('/name')).toBe('basic');
    expect(tabOfPointer('')).toBe('basic');
  });

  it('knows its tab names', () => {
    expect(isEditorTab('rules')).toBe(true);
    expect(isEditorTab('nope')).toBe(false);
    expect(isEditorTab(null)).toBe(false);
  });
});

import type { ServiceItem } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import { COALESCE_MS, createEditorStore, HISTORY_LIMIT, isDirty } from './editor-store.ts';
import { setIn } from './set-in.ts';

const item = { code: 'X1', name: { 'zh-CN': '事项' } } as unknown as ServiceItem;

function storeAt(clock: { now: number }) {
  return createEditorStore({ code: 'X1', definition: item, revision: 3 }, () => clock.now);
}

const rename = (zh: string) => (d: ServiceItem) => setIn(d, ['name', 'zh-CN'], zh);

describe('createEditorStore', () => {
  it('records each edit as an undo step and redoes it', () => {
    const clock = { now: 0 };
    const store = storeAt(clock);
    store.edit(rename('甲'));
    clock.now += 5000;
    store.edit(rename('乙'));
    expect(store.getState().definition.name['zh-CN']).toBe('乙');
    store.undo();
    expect(store.getState().definition.name['zh-CN']).toBe('甲');
    store.undo();
    expect(store.getState().definition).toBe(item);
    store.undo(); // nothing left: no change
    expect(store.getState().definition).toBe(item);
    store.redo();
    store.redo();
    expect(store.getState().definition.name['zh-CN']).toBe('乙');
    expect(store.getState().future).toHaveLength(0);
  });

  it('merges rapid edits with one coalesce key into one undo step, but not across keys or pauses', () => {
    const clock = { now: 0 };
    const store = storeAt(clock);
    for (const text of ['居', '居民', '居民身']) {
      store.edit(rename(text), { coalesce: 'name' });
      clock.now += 100;
    }
    expect(store.getState().past).toHaveLength(1);
    clock.now += COALESCE_MS;
    store.edit(rename('居民身份'), { coalesce: 'name' });
    expect(store.getState().past).toHaveLength(2);
    store.edit((d) => setIn(d, ['type'], 'other'), { coalesce: 'type' });
    expect(store.getState().past).toHaveLength(3);
    store.undo();
    store.undo();
    expect(store.getState().definition.name['zh-CN']).toBe('居民身');
  });

  it('ignores a recipe that returns its input, and a new edit clears redo', () => {
    const store = storeAt({ now: 0 });
    let calls = 0;
    store.subscribe(() => calls++);
    store.edit((d) => d);
    expect(calls).toBe(0);
    expect(store.getState().changeSeq).toBe(0);
    store.edit(rename('甲'));
    store.undo();
    expect(store.getState().future).toHaveLength(1);
    store.edit(rename('丙'));
    expect(store.getState().future).toHaveLength(0);
    expect(calls).toBe(3);
  });

  it('keeps at most HISTORY_LIMIT undo steps', () => {
    const clock = { now: 0 };
    const store = storeAt(clock);
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) {
      clock.now += COALESCE_MS * 2;
      store.edit(rename(`名称${i}`));
    }
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it('tracks what the server confirmed: dirty until the latest change is saved', () => {
    const store = storeAt({ now: 0 });
    expect(isDirty(store.getState())).toBe(false);
    store.edit(rename('甲'));
    const sent = store.getState().changeSeq;
    store.edit(rename('乙'), { coalesce: 'x' });
    store.markSaved(sent, 4, '2026-11-29T08:00:00Z');
    expect(store.getState().revision).toBe(4);
    expect(isDirty(store.getState())).toBe(true);
    store.markSaved(store.getState().changeSeq, 5, '2026-11-29T08:00:01Z');
    expect(isDirty(store.getState())).toBe(false);
    // A late answer for an older save never moves savedSeq backwards.
    store.markSaved(sent, 5, '2026-11-29T08:00:02Z');
    expect(isDirty(store.getState())).toBe(false);
  });

  it('load replaces the working copy, clears history and counts as saved', () => {
    const store = storeAt({ now: 0 });
    store.edit(rename('甲'));
    const theirs = { ...item, name: { 'zh-CN': '他人的版本' } } as ServiceItem;
    store.load({ code: 'X1', definition: theirs, revision: 9, updatedAt: '2026-11-29T09:00:00Z' });
    const state = store.getState();
    expect(state.definition).toBe(theirs);
    expect(state.revision).toBe(9);
    expect(state.past).toHaveLength(0);
    expect(state.savedAt).toBe('2026-11-29T09:00:00Z');
    expect(isDirty(state)).toBe(false);
  });

  it('focus is set and cleared, notifying only on change', () => {
    const store = storeAt({ now: 0 });
    let calls = 0;
    store.subscribe(() => calls++);
    store.setFocus('/rules/0');
    store.setFocus('/rules/0');
    expect(store.getState().focus).toBe('/rules/0');
    store.setFocus(null);
    expect(calls).toBe(2);
  });
});

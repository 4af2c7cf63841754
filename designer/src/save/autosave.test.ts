import { ApiError } from '@onewindow/runtime/app';
import { exampleItem } from '@onewindow/runtime/app/testing';
import type { ServiceItem } from '@onewindow/schemas';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEditorStore, type EditorStore, isDirty } from '../editor/editor-store.ts';
import { type Autosave, createAutosave } from './autosave.ts';
import { conflictError, holdSaves } from './testing/fake-save.ts';

const rename = (name: string) => (d: ServiceItem) => ({ ...d, name: { ...d.name, 'zh-CN': name } });
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('autosave', () => {
  let store: EditorStore;
  let server: ReturnType<typeof holdSaves>;
  let autosave: Autosave;

  beforeEach(() => {
    vi.useFakeTimers();
    const { tests: _tests, ...definition } = exampleItem('birth-registration');
    store = createEditorStore({ code: definition.code, definition, revision: 3 });
    server = holdSaves();
    autosave = createAutosave({ store, save: server.save, delayMs: 800 });
    autosave.attach();
  });
  afterEach(() => {
    autosave.detach();
    vi.useRealTimers();
  });

  it('saves the working copy once edits have paused for the delay, with the revision as If-Match', async () => {
    store.edit(rename('甲'));
    await vi.advanceTimersByTimeAsync(799);
    expect(server.calls).toHaveLength(0);
    store.edit(rename('乙'));
    await vi.advanceTimersByTimeAsync(799);
    expect(server.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0].revision).toBe(3);
    expect(server.calls[0].definition.name['zh-CN']).toBe('乙');
    expect(autosave.getState().saving).toBe(true);

    server.calls[0].succeed(4, '2026-03-02T02:15:30.000Z');
    await settle();
    expect(store.getState()).toMatchObject({ revision: 4, savedAt: '2026-03-02T02:15:30.000Z' });
    expect(isDirty(store.getState())).toBe(false);
    expect(autosave.getState().saving).toBe(false);
  });

  it('never sends two saves at once: edits made during a save go in the next one, based on its answer', async () => {
    const markSaved = vi.spyOn(store, 'markSaved');
    store.edit(rename('第一次'));
    await vi.advanceTimersByTimeAsync(800);
    expect(server.calls).toHaveLength(1);
    const firstSeq = store.getState().changeSeq;

    store.edit(rename('第二次'));
    store.edit(rename('第三次'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.calls).toHaveLength(1);

    server.calls[0].succeed(4);
    await settle();
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1].revision).toBe(4);
    expect(server.calls[1].definition.name['zh-CN']).toBe('第三次');
    // The late answer of the first save did not touch the newer working copy.
    expect(store.getState().definition.name['zh-CN']).toBe('第三次');
    expect(isDirty(store.getState())).toBe(true);

    server.calls[1].succeed(5);
    await settle();
    expect(server.calls).toHaveLength(2);
    expect(markSaved.mock.calls.map(([seq, revision]) => [seq, revision])).toEqual([
      [firstSeq, 4],
      [firstSeq + 2, 5],
    ]);
    expect(isDirty(store.getState())).toBe(false);
  });

  it('keeps the edits and the error when a save fails, tries again on retry', async () => {
    store.edit(rename('断网时的修改'));
    await vi.advanceTimersByTimeAsync(800);
    server.calls[0].fail(new ApiError(0, { title: 'Network error', code: 'NETWORK' }));
    await settle();
    expect(autosave.getState().error?.isNetworkError).toBe(true);
    expect(store.getState().definition.name['zh-CN']).toBe('断网时的修改');
    expect(isDirty(store.getState())).toBe(true);

    const retried = autosave.retry();
    expect(autosave.getState()).toMatchObject({ saving: true, error: null });
    expect(server.calls[1].revision).toBe(3);
    server.calls[1].succeed(4);
    await expect(retried).resolves.toBe(true);
    expect(isDirty(store.getState())).toBe(false);
  });

  it('after a 409 waits for a choice; overwriting saves mine over their revision', async () => {
    store.edit(rename('我的'));
    await vi.advanceTimersByTimeAsync(800);
    const { code, definition } = server.calls[0];
    server.calls[0].fail(
      conflictError({ code, definition, revision: 7, updatedAt: '2026-03-02T03:00:00Z', updatedBy: 'li' }, 3),
    );
    await settle();
    expect(autosave.getState().conflict?.theirs.revision).toBe(7);

    store.edit(rename('我的，继续'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.calls).toHaveLength(1);

    const done = autosave.overwrite();
    await settle();
    expect(server.calls[1].revision).toBe(7);
    expect(server.calls[1].definition.name['zh-CN']).toBe('我的，继续');
    server.calls[1].succeed(8);
    await expect(done).resolves.toBe(true);
    expect(store.getState().revision).toBe(8);
    expect(autosave.getState().conflict).toBeNull();
  });

  it('after a 409, loading theirs replaces the working copy and the revision', async () => {
    store.edit(rename('我的'));
    await vi.advanceTimersByTimeAsync(800);
    const definition = rename('他们的')(store.getState().definition);
    server.calls[0].fail(
      conflictError(
        {
          code: definition.code,
          definition,
          revision: 9,
          updatedAt: '2026-03-02T03:00:00Z',
          updatedBy: 'li',
        },
        3,
      ),
    );
    await settle();
    autosave.discardMine();
    expect(store.getState()).toMatchObject({ revision: 9, definition });
    expect(isDirty(store.getState())).toBe(false);
    expect(autosave.getState().conflict).toBeNull();
  });

  it('ignores the answer of a save sent before the working copy was replaced', async () => {
    store.edit(rename('旧'));
    await vi.advanceTimersByTimeAsync(800);
    const restored = rename('恢复的')(store.getState().definition);
    autosave.replace({
      code: restored.code,
      definition: restored,
      revision: 12,
      updatedAt: 'x',
      updatedBy: 'a',
    });
    server.calls[0].succeed(4);
    await settle();
    expect(store.getState()).toMatchObject({ revision: 12, definition: restored });
  });

  it('holds autosave while another write of the draft runs', async () => {
    let release: () => void = () => {};
    const task = autosave.exclusive(
      () => new Promise<string>((resolve) => (release = () => resolve('done'))),
    );
    store.edit(rename('发布时的修改'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(server.calls).toHaveLength(0);
    release();
    await expect(task).resolves.toBe('done');
    expect(server.calls).toHaveLength(1);
  });

  it('flush saves at once and resolves when the working copy is saved', async () => {
    store.edit(rename('离开前'));
    const flushed = autosave.flush();
    expect(server.calls).toHaveLength(1);
    server.calls[0].succeed(4);
    await expect(flushed).resolves.toBe(true);
    await expect(autosave.flush()).resolves.toBe(true);
    expect(server.calls).toHaveLength(1);
  });
});

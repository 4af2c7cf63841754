// @vitest-environment jsdom
import '@onewindow/runtime/app/test-setup';
import { exampleItem } from '@onewindow/runtime/app/testing';
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditorProvider } from '../editor/editor-context.tsx';
import { createEditorStore } from '../editor/editor-store.ts';
import { useSettledDefinition } from './use-settled-definition.ts';

const item = exampleItem('birth-registration');

/** Records the settled definition's name on every render. */
function Probe({ delayMs, seen }: { delayMs: number; seen: string[] }) {
  seen.push(useSettledDefinition(delayMs).name['zh-CN']);
  return null;
}

function renderProbe(delayMs: number) {
  const store = createEditorStore({ code: item.code, definition: item, revision: 1 });
  const seen: string[] = [];
  render(
    <EditorProvider store={store}>
      <Probe delayMs={delayMs} seen={seen} />
    </EditorProvider>,
  );
  const rename = (name: string) => store.edit((d) => ({ ...d, name: { ...d.name, 'zh-CN': name } }));
  return { store, seen, rename };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useSettledDefinition', () => {
  it('gives the first working copy at once', () => {
    const { seen } = renderProbe(300);
    expect(seen.at(-1)).toBe(item.name['zh-CN']);
  });

  it('while edits keep coming, neither renders nor moves; once they pause, gives the latest once', () => {
    const { seen, rename } = renderProbe(300);
    const rendersBefore = seen.length;
    for (const name of ['甲', '甲乙', '甲乙丙']) {
      act(() => {
        rename(name);
        vi.advanceTimersByTime(200);
      });
    }
    expect(seen.length).toBe(rendersBefore);
    act(() => vi.advanceTimersByTime(100));
    expect(seen.slice(rendersBefore)).toEqual(['甲乙丙']);
  });

  it('follows an undo back to the settled copy without a needless render', () => {
    const { store, seen, rename } = renderProbe(300);
    const rendersBefore = seen.length;
    act(() => {
      rename('改过');
      store.undo();
      vi.advanceTimersByTime(300);
    });
    expect(seen.length).toBe(rendersBefore);
    expect(store.getState().definition).toBe(item);
  });
});

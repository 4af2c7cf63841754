import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ApiClient, ApiProvider, I18nProvider, RouterProvider } from '@onewindow/runtime/app';
import { exampleItem } from '@onewindow/runtime/app/testing';
import type { HolidayCalendar, Locale, ServiceItem } from '@onewindow/schemas';
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { EditorProvider } from '../../editor/editor-context.tsx';
import { createEditorStore, type EditorStore } from '../../editor/editor-store.ts';
import type { SaveDraft } from '../autosave.ts';
import { SaveProvider } from '../save-context.tsx';

/** The example item the editor tests edit (birth registration: eight passing tests, lint clean). */
export function testItem(): ServiceItem {
  return exampleItem('birth-registration');
}

/** The shipped holiday calendars, as `GET /api/calendars` answers them. */
export function calendarsAnswer(): { calendars: HolidayCalendar[] } {
  const dir = join(process.cwd(), 'examples', 'calendars');
  return {
    calendars: ['2025', '2026'].map((y) => JSON.parse(readFileSync(join(dir, `${y}.json`), 'utf8'))),
  };
}

/**
 * Renders `ui` inside the editor of `definition` at `revision` as the editor page sets it up (API,
 * language, antd without motion, router, editor store, autosave); returns the store to edit and read.
 */
export function renderEditor(
  ui: ReactNode,
  {
    api,
    save,
    definition = testItem(),
    revision = 3,
    delayMs = 30,
    locale = 'zh-CN',
  }: {
    api: ApiClient;
    save?: SaveDraft;
    definition?: ServiceItem;
    revision?: number;
    delayMs?: number;
    locale?: Locale;
  },
): { store: EditorStore } {
  const store = createEditorStore({
    code: definition.code,
    definition,
    revision,
    updatedAt: '2026-03-02T01:00:00.000Z',
  });
  render(
    <ApiProvider client={api}>
      <I18nProvider initial={locale}>
        <ConfigProvider theme={{ token: { motion: false } }}>
          <AntApp>
            <RouterProvider base="/designer">
              <EditorProvider store={store}>
                <SaveProvider save={save} delayMs={delayMs}>
                  {ui}
                </SaveProvider>
              </EditorProvider>
            </RouterProvider>
          </AntApp>
        </ConfigProvider>
      </I18nProvider>
    </ApiProvider>,
  );
  return { store };
}

import { ErrorAlert, Link, useApi, useApiQuery, useI18n, useRouter } from '@onewindow/runtime/app';
import { Spin, Tabs, Typography } from 'antd';
import { memo, type ReactNode, useEffect, useMemo, useState } from 'react';
import type { DraftAnswer } from '../api/designer-api-types.ts';
import { BasicTab } from '../basic/basic-tab.tsx';
import { FormTab } from '../builder/form-tab.tsx';
import { useLatest } from '../builder/use-latest.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { JsonTab } from '../json/json-tab.tsx';
import { LintPanel } from '../lint/lint-panel.tsx';
import { MaterialsTab } from '../materials/materials-tab.tsx';
import { RulesTab } from '../rules/rules-tab.tsx';
import { EditorToolbar } from '../save/editor-toolbar.tsx';
import { SaveProvider, useAutosave } from '../save/save-context.tsx';
import { useEditorLeaveGuard } from '../save/use-editor-leave-guard.ts';
import { TestsTab } from '../tests/tests-tab.tsx';
import { TimeLimitsTab } from '../time-limits/time-limits-tab.tsx';
import { VersionsTab } from '../versions/versions-tab.tsx';
import { EditorProvider, useEditor } from './editor-context.tsx';
import { editorMessages } from './editor-messages.ts';
import { createEditorStore, type EditorStore } from './editor-store.ts';
import { EDITOR_TABS, type EditorTab, isEditorTab, tabOfPointer } from './editor-tabs.ts';

const TAB_CONTENT: Readonly<Record<EditorTab, () => ReactNode>> = {
  basic: () => <BasicTab />,
  form: () => <FormTab />,
  materials: () => <MaterialsTab />,
  timeLimits: () => <TimeLimitsTab />,
  rules: () => <RulesTab />,
  tests: () => <TestsTab />,
  json: () => <JsonTab />,
  versions: () => <VersionsTab />,
};

/** 编辑事项 — loads the draft of `code` and edits it in tabs; `?tab=` says which. */
export function EditorPage({ code }: { code: string }) {
  const api = useApi();
  const m = useMessages(editorMessages);
  const draft = useApiQuery(
    (signal) => api.get<DraftAnswer>(`/api/items/${encodeURIComponent(code)}/draft`, { signal }),
    [api, code],
  );
  const [store, setStore] = useState<EditorStore | null>(null);
  useEffect(() => {
    if (draft.data && !store) setStore(createEditorStore(draft.data));
  }, [draft.data, store]);

  if (draft.error && !store)
    return <ErrorAlert error={draft.error} prefix={`${m('editor.loadFailed', { code })}：`} />;
  if (!store) return <Spin className="ow-center" />;
  return (
    <EditorProvider store={store}>
      <SaveProvider>
        <EditorLayout />
      </SaveProvider>
    </EditorProvider>
  );
}

/**
 * The tabs, memoised: the layout renders again whenever the draft turns dirty or saved (autosave),
 * and antd's tabs give their panels a new context value on each render, which makes React search
 * the whole open tab (two hundred rows and fields in a large form) for readers of it.
 */
const EditorTabs = memo(function EditorTabs({
  tab,
  onChange,
}: {
  tab: EditorTab;
  onChange(next: string): void;
}) {
  const m = useMessages(editorMessages);
  // The same tab elements on every render: new elements would make React walk the open tab again.
  const items = useMemo(
    () => EDITOR_TABS.map((key) => ({ key, label: m(`tab.${key}`), children: TAB_CONTENT[key]() })),
    [m],
  );
  return (
    <Tabs className="ow-editor-tabs" activeKey={tab} onChange={onChange} destroyOnHidden items={items} />
  );
});

function EditorLayout() {
  const m = useMessages(editorMessages);
  const { text } = useI18n();
  const router = useRouter();
  const name = useEditor((s) => s.definition.name);
  const focus = useEditor((s) => s.focus);
  const params = useMemo(() => new URLSearchParams(router.location.search), [router.location.search]);
  const requested = params.get('tab');
  const tab: EditorTab = isEditorTab(requested) ? requested : 'basic';
  const autosave = useAutosave();
  const stay = useEditorLeaveGuard();
  const show = useLatest((next: string) => {
    const query = new URLSearchParams(router.location.search);
    query.set('tab', next);
    // Switching tabs saves what is pending, and is not "leaving" the editor.
    void autosave.flush().catch(() => undefined);
    stay(() => router.navigate(`${router.location.path}?${query}`, { replace: true }));
  });
  // Lint click-through: a focused pointer opens the tab that edits it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new focus switches tabs
  useEffect(() => {
    if (focus !== null && tabOfPointer(focus) !== tab) show(tabOfPointer(focus));
  }, [focus]);

  return (
    <div className="ow-editor">
      <div className="ow-editor-head">
        <Link to="/">{m('editor.back')}</Link>
        <Typography.Title level={1} className="ow-editor-title">
          {m('editor.title', { name: text(name) })}
        </Typography.Title>
        <EditorToolbar />
      </div>
      <div className="ow-editor-body">
        <EditorTabs tab={tab} onChange={show} />
        <aside className="ow-editor-lint">
          <LintPanel />
        </aside>
      </div>
    </div>
  );
}

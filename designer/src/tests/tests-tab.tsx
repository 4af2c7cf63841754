import { centreToday, outlineForm, ToneTag } from '@onewindow/runtime/app';
import type { ItemTest } from '@onewindow/schemas';
import { Alert, Button, Space, Spin } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useWorkCalendar } from '../calendar/use-work-calendar.ts';
import { useDefinition, useEditor, useEditorStore } from '../editor/editor-context.tsx';
import { pointerToPath } from '../editor/set-in.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { CoverageCard } from './coverage-card.tsx';
import { RenameDialog } from './rename-dialog.tsx';
import { blankDraft, draftOf, type TestDraft } from './test-draft.ts';
import { TestEditor } from './test-editor.tsx';
import { duplicateTest, putTest, removeTest, renameTest, testsOf } from './test-edits.ts';
import { TestList } from './test-list.tsx';
import { testName, uniqueName } from './test-name.ts';
import { testsMessages } from './tests-messages.ts';
import { useCompiledDraft } from './use-compiled-draft.ts';
import { useTestRuns } from './use-test-runs.ts';
import './tests.css';

interface Editing {
  /** The stored test being edited (null for a new one). */
  original: ItemTest | null;
  draft: TestDraft;
}

/**
 * 测试用例 — the item's tests: built by filling the item's own form, run in the browser with the
 * runtime engine against the working copy (at once, after each edit, and on request), with pass/fail,
 * what differs, the rules that fired and why, and the rules no test fires.
 */
export function TestsTab() {
  const m = useMessages(testsMessages);
  const store = useEditorStore();
  const definition = useDefinition();
  const focus = useEditor((s) => s.focus);
  const draft = useCompiledDraft(definition);
  const calendar = useWorkCalendar('weekdays');
  const tests = testsOf(definition);
  const runs = useTestRuns(draft.compiled, tests, calendar);
  const form = definition.form;
  const outline = useMemo(() => outlineForm(form?.schema, form?.uiSchema), [form]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [renaming, setRenaming] = useState<number | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [opened, setOpened] = useState<Readonly<Record<number, boolean>>>({});
  const listRef = useRef<HTMLDivElement>(null);

  // A lint finding under /tests/<i> selects that test: highlighted, its details open, scrolled to.
  useEffect(() => {
    if (focus === null || !focus.startsWith('/tests')) return;
    const [, index] = pointerToPath(focus);
    if (typeof index === 'number' && index < tests.length) {
      setSelected(index);
      setOpened((o) => ({ ...o, [index]: true }));
      listRef.current?.querySelector(`[data-row-key="${index}"]`)?.scrollIntoView?.({ block: 'center' });
    }
    // Handled: clearing it lets the same finding be clicked again.
    store.setFocus(null);
  }, [focus, tests.length, store]);

  const names = tests.map(testName);
  const othersThan = (original: ItemTest | null) => tests.filter((t) => t !== original).map(testName);
  // Failed tests show their details unless closed; others when opened.
  const expanded = tests
    .map((_, i) => i)
    .filter((i) => opened[i] ?? (runs.runOf(i) !== undefined && runs.runOf(i)?.status !== 'pass'));

  const add = () =>
    setEditing({
      original: null,
      draft: blankDraft(uniqueName(m('tests.newName', { n: tests.length + 1 }), names), centreToday()),
    });
  const edit = (index: number) =>
    setEditing({ original: tests[index], draft: draftOf(tests[index], centreToday()) });
  const save = (test: ItemTest) => {
    const original = editing?.original ?? null;
    store.edit((d) => putTest(d, original, test));
    setEditing(null);
    const index = testsOf(store.getState().definition).indexOf(test);
    setSelected(index >= 0 ? index : null);
  };
  const duplicate = (index: number) =>
    store.edit((d) =>
      duplicateTest(d, index, uniqueName(m('tests.copyName', { name: testName(tests[index]) }), names)),
    );
  const remove = (index: number) => {
    store.edit((d) => removeTest(d, index));
    setSelected(null);
    setOpened({});
  };

  const report = runs.report;
  const showSummary = draft.compiled !== null && report !== null && report.compiled === draft.compiled;
  return (
    <div className="ow-tests-tab">
      <h2 className="ow-test-title">{m('tests.title')}</h2>
      <p className="ow-why">{m('tests.intro')}</p>
      <div className="ow-line ow-test-toolbar">
        <Space wrap>
          <Button type="primary" onClick={add} disabled={draft.compiled === null}>
            {m('tests.add')}
          </Button>
          <Button onClick={runs.runNow} disabled={draft.compiled === null || !calendar.ready}>
            {m('tests.run')}
          </Button>
        </Space>
        <output aria-live="polite" className="ow-line">
          {showSummary && (
            <ToneTag tone={report.failed === 0 ? 'ok' : 'bad'} strong>
              {m('tests.summary', { passed: report.passed, failed: report.failed })}
            </ToneTag>
          )}
          {draft.compiled !== null && runs.stale && <Spin size="small" aria-label={m('tests.running')} />}
        </output>
      </div>
      {draft.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="ow-gap"
          title={m('tests.compileError')}
          description={m('tests.compileErrorHint', { detail: draft.error.message })}
          action={
            draft.error.pointer ? (
              <Button size="small" onClick={() => store.setFocus(draft.error?.pointer ?? null)}>
                {m('tests.showProblem')}
              </Button>
            ) : undefined
          }
        />
      )}
      {calendar.problem && (
        <Alert
          type="warning"
          showIcon
          className="ow-gap"
          title={m('tests.calendarProblem', { detail: calendar.problem })}
        />
      )}
      <div ref={listRef}>
        {tests.length === 0 ? (
          <p className="ow-card">{m('tests.empty')}</p>
        ) : (
          <TestList
            tests={tests}
            runOf={runs.runOf}
            compiled={draft.compiled}
            outline={outline}
            expanded={expanded}
            onExpand={(index, open) => setOpened((o) => ({ ...o, [index]: open }))}
            selected={selected}
            onEdit={edit}
            onDuplicate={duplicate}
            onRename={setRenaming}
            onDelete={remove}
          />
        )}
      </div>
      {showSummary && (
        <CoverageCard
          rules={report.compiled.definition.rules}
          uncovered={report.uncoveredRules}
          onOpenRule={(index) => store.setFocus(`/rules/${index}`)}
        />
      )}
      {editing && draft.compiled && (
        <TestEditor
          title={
            editing.original
              ? m('editor.editTitle', { name: testName(editing.original) })
              : m('editor.newTitle')
          }
          initial={editing.draft}
          compiled={draft.compiled}
          definition={definition}
          outline={outline}
          otherNames={othersThan(editing.original)}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
      {renaming !== null && tests[renaming] && (
        <RenameDialog
          name={testName(tests[renaming])}
          otherNames={othersThan(tests[renaming])}
          onRename={(name) => {
            store.edit((d) => renameTest(d, renaming, name));
            setRenaming(null);
          }}
          onCancel={() => setRenaming(null)}
        />
      )}
    </div>
  );
}

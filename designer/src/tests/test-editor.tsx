import {
  CheckPanel,
  type FormData,
  type FormOutline,
  ItemForm,
  useI18n,
  useLiveCheck,
} from '@onewindow/runtime/app';
import type { CompiledItem } from '@onewindow/runtime/engine';
import type { ItemTest, ItemTestExpectation, ServiceItem } from '@onewindow/schemas';
import { Button, DatePicker, Drawer, Input, Modal, Space } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { ExpectationFields } from './expectation-fields.tsx';
import { expectationChoices } from './expectation-options.ts';
import { MaterialCheckboxes } from './material-checkboxes.tsx';
import { expectationFrom, type TestDraft, toItemTest } from './test-draft.ts';
import { nameProblem } from './test-name.ts';
import { testsMessages } from './tests-messages.ts';

const FORM_PREFIX = 'test-case';
const fieldId = (pointer: string) => `${FORM_PREFIX}${pointer}`;

export interface TestEditorProps {
  title: string;
  initial: TestDraft;
  /** The working copy compiled: the live check runs it. */
  compiled: CompiledItem;
  /** The working copy: its form, materials, rules and fees. */
  definition: ServiceItem;
  outline: FormOutline;
  /** Names of the other tests (a name must be unique). */
  otherNames: readonly string[];
  onSave(test: ItemTest): void;
  onClose(): void;
}

/**
 * Creates or edits one test the way a clerk files a case: the item's own form (the counter's
 * `ItemForm`), the materials ticked as provided and the check date, with the live check beside it;
 * then the expected result, typed in or taken from the live check. Saving hands the test back.
 */
export function TestEditor(props: TestEditorProps) {
  const { title, initial, compiled, definition, outline, otherNames, onSave, onClose } = props;
  const m = useMessages(testsMessages);
  const { text } = useI18n();
  const id = useId();
  const [modal, modalHolder] = Modal.useModal();
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const [today, setToday] = useState(initial.today);
  const [materials, setMaterials] = useState<readonly string[]>(initial.materials);
  const [expect, setExpect] = useState<ItemTestExpectation>(initial.expect);
  const [dirty, setDirty] = useState(false);
  const [triedSave, setTriedSave] = useState(false);
  const formData = useRef<FormData>(initial.formData);
  const materialsRef = useRef(materials);
  materialsRef.current = materials;
  const nameInput = useRef<HTMLInputElement>(null);

  const live = useLiveCheck(compiled, today);
  const { schedule } = live;
  // A new check date (a new `schedule`) checks the case again.
  useEffect(() => schedule({ formData: formData.current, materials: [...materialsRef.current] }), [schedule]);

  const onFormChange = useCallback(
    (data: FormData) => {
      formData.current = data;
      setDirty(true);
      schedule({ formData: data, materials: [...materialsRef.current] });
    },
    [schedule],
  );
  const onDefaults = useCallback(
    (data: FormData) => {
      formData.current = data;
      schedule({ formData: data, materials: [...materialsRef.current] });
    },
    [schedule],
  );
  const changed =
    <T,>(apply: (value: T) => void) =>
    (value: T) => {
      apply(value);
      setDirty(true);
    };
  const onMaterials = changed((codes: string[]) => {
    setMaterials(codes);
    schedule({ formData: formData.current, materials: codes });
  });

  const choices = useMemo(() => expectationChoices(definition, outline, text), [definition, outline, text]);
  const problem = nameProblem(name, otherNames);

  const save = () => {
    if (problem) {
      setTriedSave(true);
      nameInput.current?.focus();
      return;
    }
    const draft = { name, description, today, formData: formData.current, materials, expect };
    onSave(toItemTest(draft, definition.materials));
  };
  const requestClose = () => {
    if (!dirty) return onClose();
    modal.confirm({
      title: m('editor.discardTitle'),
      content: m('editor.discardBody'),
      okText: m('editor.discard'),
      okButtonProps: { danger: true },
      cancelText: m('editor.keepEditing'),
      onOk: onClose,
    });
  };
  const takeCurrentResult = () => {
    if (!live.result) return;
    setExpect(expectationFrom(live.result, expect));
    setDirty(true);
  };

  return (
    <Drawer
      open
      title={title}
      size="min(1280px, 96vw)"
      onClose={requestClose}
      className="ow-test-editor"
      footer={
        <Space>
          <Button type="primary" onClick={save}>
            {m('editor.save')}
          </Button>
          <Button onClick={requestClose}>{m('editor.cancel')}</Button>
        </Space>
      }
    >
      {modalHolder}
      <div className="ow-test-editor-body">
        <div className="ow-test-editor-main">
          <div className="ow-test-meta">
            <div className="ow-test-field">
              <label htmlFor={`${id}-name`} className="ow-test-label">
                {m('tests.nameLabel')}
              </label>
              <Input
                id={`${id}-name`}
                ref={(input) => {
                  nameInput.current = input?.input ?? null;
                }}
                value={name}
                maxLength={200}
                status={triedSave && problem ? 'error' : undefined}
                aria-invalid={triedSave && problem !== null}
                aria-describedby={triedSave && problem ? `${id}-name-problem` : undefined}
                onChange={(e) => changed(setName)(e.target.value)}
              />
              {triedSave && problem && (
                <div id={`${id}-name-problem`} role="alert" className="ow-test-error">
                  {m(problem)}
                </div>
              )}
            </div>
            <div className="ow-test-field">
              <label htmlFor={`${id}-today`} className="ow-test-label">
                {m('editor.today')}
              </label>
              <DatePicker
                id={`${id}-today`}
                allowClear={false}
                value={dayjs(today)}
                onChange={(day) => day && changed(setToday)(day.format('YYYY-MM-DD'))}
              />
            </div>
            <div className="ow-test-field ow-test-wide">
              <label htmlFor={`${id}-description`} className="ow-test-label">
                {m('editor.description')}
              </label>
              <Input.TextArea
                id={`${id}-description`}
                autoSize={{ minRows: 1, maxRows: 4 }}
                value={description}
                onChange={(e) => changed(setDescription)(e.target.value)}
              />
            </div>
          </div>
          <section aria-labelledby={`${id}-form`} className="ow-test-section">
            <h3 id={`${id}-form`}>{m('editor.form')}</h3>
            <p className="ow-why">{m('editor.formHint')}</p>
            <ItemForm
              schema={definition.form.schema}
              uiSchema={definition.form.uiSchema}
              initialFormData={initial.formData}
              formErrors={live.result?.formErrors}
              idPrefix={FORM_PREFIX}
              onChange={onFormChange}
              onDefaults={onDefaults}
            />
          </section>
          <MaterialCheckboxes materials={definition.materials} provided={materials} onChange={onMaterials} />
          <section aria-labelledby={`${id}-expect`} className="ow-test-section">
            <h3 id={`${id}-expect`}>{m('editor.expect')}</h3>
            <p className="ow-line">
              <Button onClick={takeCurrentResult} disabled={!live.result}>
                {m('editor.useCurrent')}
              </Button>
              <span className="ow-why">{m('editor.useCurrentHint')}</span>
            </p>
            <ExpectationFields expect={expect} choices={choices} onChange={changed(setExpect)} />
          </section>
        </div>
        <div className="ow-test-editor-live">
          <CheckPanel
            result={live.result}
            outline={outline}
            fieldId={fieldId}
            title={m('editor.liveTitle')}
            note={m('editor.liveNote')}
          />
        </div>
      </div>
    </Drawer>
  );
}

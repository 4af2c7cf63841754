import { Input, Modal } from 'antd';
import { useId, useState } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { nameProblem } from './test-name.ts';
import { testsMessages } from './tests-messages.ts';

/** 重命名测试: a name that is not blank and not another test's. */
export function RenameDialog({
  name,
  otherNames,
  onRename,
  onCancel,
}: {
  name: string;
  /** Names of the other tests (a name must be unique). */
  otherNames: readonly string[];
  onRename(name: string): void;
  onCancel(): void;
}) {
  const m = useMessages(testsMessages);
  const id = useId();
  const [value, setValue] = useState(name);
  const [touched, setTouched] = useState(false);
  const problem = nameProblem(value, otherNames);
  const submit = () => {
    setTouched(true);
    if (!problem) onRename(value.trim());
  };
  return (
    <Modal open title={m('tests.renameTitle')} onOk={submit} onCancel={onCancel} destroyOnHidden>
      <label htmlFor={id} className="ow-test-label">
        {m('tests.nameLabel')}
      </label>
      <Input
        id={id}
        value={value}
        maxLength={200}
        status={touched && problem ? 'error' : undefined}
        aria-invalid={touched && problem !== null}
        aria-describedby={touched && problem ? `${id}-problem` : undefined}
        onChange={(e) => setValue(e.target.value)}
        onPressEnter={submit}
      />
      {touched && problem && (
        <div id={`${id}-problem`} role="alert" className="ow-test-error">
          {m(problem)}
        </div>
      )}
    </Modal>
  );
}

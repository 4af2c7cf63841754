import { Input } from 'antd';
import { useState } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { builderMessages } from './builder-messages.ts';
import type { RenameRefusal } from './model/rename-field.ts';

export interface KeyInputProps {
  id: string;
  value: string;
  /** Why a key cannot be used (checked as the user types). */
  refusal(key: string): RenameRefusal | undefined;
  /** Applies a new, accepted key (on Enter or when leaving the box). */
  onRename(key: string): void;
  describedBy: string;
}

/**
 * The field key: typed freely, checked as typed, applied on Enter or blur — a rename touches the
 * required lists, conditions and uiSchema, so it is one step, not one per letter.
 */
export function KeyInput({ id, value, refusal, onRename, describedBy }: KeyInputProps) {
  const m = useMessages(builderMessages);
  const [draft, setDraft] = useState<{ base: string; text: string }>({ base: value, text: value });
  // A different field, or an undo, shows the stored key again.
  const text = draft.base === value ? draft.text : value;
  const problem = text === value ? undefined : refusal(text);
  const commit = () => {
    if (text !== value && !problem) onRename(text);
    else setDraft({ base: value, text: value });
  };
  return (
    <>
      <Input
        id={id}
        value={text}
        status={problem ? 'error' : undefined}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-error ${describedBy}` : describedBy}
        onChange={(e) => setDraft({ base: value, text: e.target.value.trim() })}
        onBlur={commit}
        onPressEnter={commit}
        autoComplete="off"
        spellCheck={false}
      />
      {problem && (
        <div id={`${id}-error`} className="ow-builder-error" role="alert">
          {problem === 'invalid' ? m('props.keyInvalid') : m('props.keyTaken', { key: text })}
        </div>
      )}
    </>
  );
}

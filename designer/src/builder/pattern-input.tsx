import { Input } from 'antd';
import { useState } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { builderMessages } from './builder-messages.ts';
import { Labeled } from './labeled.tsx';
import { patternProblem } from './model/form-definition.ts';

/**
 * The field's `pattern`. A regex the platform cannot prove safe (it could run for exponential or
 * polynomial time on a crafted input, or does not compile) is refused with the reason, and the
 * stored pattern stays as it was; an empty box removes the pattern.
 */
export function PatternInput({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange(pattern: string | undefined): void;
}) {
  const m = useMessages(builderMessages);
  const [draft, setDraft] = useState<{ base: string; text: string }>({ base: value, text: value });
  const text = draft.base === value ? draft.text : value;
  const problem = text === '' ? undefined : patternProblem(text);
  const message =
    problem &&
    m(`pattern.${problem.reason}`, {
      detail: problem.reason === 'syntax' ? problem.detail : '',
      degree: problem.reason === 'polynomial' ? problem.degree : '',
    });
  return (
    <Labeled id={id} label={m('props.pattern')}>
      <Input
        id={id}
        value={text}
        status={problem ? 'error' : undefined}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          const next = e.target.value;
          const accepted = next === '' || patternProblem(next) === undefined;
          setDraft({ base: accepted ? next : value, text: next });
          if (accepted) onChange(next === '' ? undefined : next);
        }}
      />
      {message && (
        <div id={`${id}-error`} className="ow-builder-error" role="alert">
          {message}
        </div>
      )}
    </Labeled>
  );
}

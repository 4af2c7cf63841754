import type { TableColumnType } from 'antd';
import type { Messages, MessageTable } from '../i18n/define-messages.ts';
import { anchorId } from '../rules/use-owned-focus.ts';
import { CheckedInput } from './checked-input.tsx';
import { codeProblem } from './code-problems.ts';
import type { materialsMessages } from './materials-messages.ts';

type MaterialsMessageKey = typeof materialsMessages extends MessageTable<infer K> ? K : never;

const CODE_ERROR = {
  missing: 'error.codeMissing',
  pattern: 'error.codePattern',
  duplicate: 'error.codeDuplicate',
} as const;

/** What the first two columns of the materials and fees tables need to know of their list. */
export interface CodeColumnsOptions {
  /** The list's JSON pointer (`/materials`, `/fees`): anchors lint findings click through to. */
  list: string;
  m: Messages<MaterialsMessageKey>;
  /** How often each code occurs in the list (`countCodes`), for the duplicate check. */
  counts: Map<string, number>;
  rowName: (index: number) => string;
  codeAt: (index: number) => string | undefined;
  onCode: (index: number, code: string) => void;
}

/**
 * The row number (an anchor lint findings focus) and the code input with its missing / pattern /
 * duplicate check: the first two columns the materials and fees tables share.
 */
export function codeColumns<Row extends { index: number }>({
  list,
  m,
  counts,
  rowName,
  codeAt,
  onCode,
}: CodeColumnsOptions): TableColumnType<Row>[] {
  return [
    {
      title: m('col.index'),
      key: 'n',
      width: 56,
      fixed: 'start',
      render: (_, { index }) => (
        <span id={anchorId(`${list}/${index}`)} tabIndex={-1}>
          {index + 1}
        </span>
      ),
    },
    {
      title: m('col.code'),
      key: 'code',
      fixed: 'start',
      render: (_, { index }) => {
        const code = codeAt(index);
        const problem = codeProblem(code, counts);
        return (
          <CheckedInput
            id={anchorId(`${list}/${index}/code`)}
            label={m('field.code', { row: rowName(index) })}
            className="ow-mono ow-cell-code"
            value={code ?? ''}
            error={problem && m(CODE_ERROR[problem])}
            onChange={(next) => onCode(index, next)}
          />
        );
      },
    },
  ];
}

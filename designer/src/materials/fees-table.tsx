import type { Fee } from '@onewindow/schemas';
import { Button, Checkbox, Input, InputNumber, Table } from 'antd';
import { useEditor, useEditorStore } from '../editor/editor-context.tsx';
import { useMessages } from '../i18n/define-messages.ts';
import { anchorId } from '../rules/use-owned-focus.ts';
import { CheckedInput } from './checked-input.tsx';
import { codeColumns } from './code-columns.tsx';
import { countCodes } from './code-problems.ts';
import { feesOf, withFee, withFeeCode, withFeeName, withFees } from './fee-edits.ts';
import { rulesNaming } from './linked-rules.ts';
import { moveItem, removeItem } from './list-edits.ts';
import { materialsMessages } from './materials-messages.ts';
import { RowActions } from './row-actions.tsx';

const FEE_EVENT = ['fee'] as const;

/**
 * 收费项目 — every fee in an editable table: code, name zh/en, standard amount in yuan, basis,
 * waivable, always charged, and the fee rules that charge it (links into the rules tab).
 */
export function FeesTable({ highlight }: { highlight: number | null }) {
  const m = useMessages(materialsMessages);
  const store = useEditorStore();
  const fees = useEditor((s) => feesOf(s.definition));
  const rules = useEditor((s) => s.definition.rules);
  const counts = countCodes(fees);
  const rowName = (index: number) => m('fee.name', { n: index + 1 });
  const at = (index: number, path: string) => anchorId(`/fees/${index}/${path}`);
  const coalesce = (index: number, path: string) => ({ coalesce: `/fees/${index}/${path}` });
  const setField = <K extends keyof Fee>(index: number, key: K, value: Fee[K] | undefined, typing = false) =>
    store.edit(
      (d) =>
        withFee(d, index, (fee) => {
          const next = { ...fee, [key]: value };
          if (value === undefined) delete next[key];
          return next;
        }),
      typing ? coalesce(index, key) : undefined,
    );

  return (
    <Table
      className="ow-fees-table"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey="index"
      dataSource={fees.map((fee, index) => ({ fee, index }))}
      rowClassName={({ index }) => (index === highlight ? 'ow-highlight' : '')}
      locale={{ emptyText: m('fees.empty') }}
      columns={[
        ...codeColumns<{ fee: Fee; index: number }>({
          list: '/fees',
          m,
          counts,
          rowName,
          codeAt: (index) => fees[index]?.code,
          onCode: (index, code) => store.edit((d) => withFeeCode(d, index, code), coalesce(index, 'code')),
        }),
        {
          title: m('col.nameZh'),
          key: 'nameZh',
          render: (_, { fee, index }) => (
            <CheckedInput
              id={at(index, 'name/zh-CN')}
              label={m('field.nameZh', { row: rowName(index) })}
              className="ow-cell-name"
              value={fee.name?.['zh-CN'] ?? ''}
              error={fee.name?.['zh-CN']?.trim() ? null : m('error.nameMissing')}
              onChange={(v) =>
                store.edit((d) => withFeeName(d, index, 'zh-CN', v), coalesce(index, 'name/zh-CN'))
              }
            />
          ),
        },
        {
          title: m('col.nameEn'),
          key: 'nameEn',
          render: (_, { fee, index }) => (
            <Input
              id={at(index, 'name/en')}
              aria-label={m('field.nameEn', { row: rowName(index) })}
              className="ow-cell-name"
              value={fee.name?.en ?? ''}
              onChange={(e) =>
                store.edit((d) => withFeeName(d, index, 'en', e.target.value), coalesce(index, 'name/en'))
              }
            />
          ),
        },
        {
          title: m('col.amount'),
          key: 'amount',
          render: (_, { fee, index }) => (
            <InputNumber
              id={at(index, 'amount')}
              aria-label={m('field.amount', { row: rowName(index) })}
              className="ow-cell-number"
              min={0}
              max={100000000}
              value={fee.amount ?? null}
              onChange={(n) => setField(index, 'amount', n ?? 0, true)}
            />
          ),
        },
        {
          title: m('col.basis'),
          key: 'basis',
          render: (_, { fee, index }) => (
            <Input
              id={at(index, 'basis')}
              aria-label={m('field.basis', { row: rowName(index) })}
              className="ow-cell-name"
              value={fee.basis ?? ''}
              onChange={(e) => setField(index, 'basis', e.target.value || undefined, true)}
            />
          ),
        },
        {
          title: m('col.waivable'),
          key: 'waivable',
          render: (_, { fee, index }) => (
            <Checkbox
              id={at(index, 'waivable')}
              aria-label={m('field.waivable', { row: rowName(index) })}
              checked={fee.waivable === true}
              onChange={(e) => setField(index, 'waivable', e.target.checked || undefined)}
            />
          ),
        },
        {
          title: m('col.always'),
          key: 'always',
          render: (_, { fee, index }) => (
            <Checkbox
              id={at(index, 'always')}
              aria-label={m('field.always', { row: rowName(index) })}
              checked={fee.always === true}
              onChange={(e) => setField(index, 'always', e.target.checked || undefined)}
            />
          ),
        },
        {
          title: m('col.rules'),
          key: 'rules',
          render: (_, { fee }) => {
            const charging = rulesNaming(rules, FEE_EVENT, 'fee', fee.code);
            if (charging.length === 0)
              return fee.always ? null : <span className="ow-field-warning">{m('rules.noFeeRule')}</span>;
            return (
              <div className="ow-linked-rules">
                <span>{m('rules.chargedBy')}</span>
                {charging.map((r) => (
                  <Button
                    key={r.index}
                    type="link"
                    size="small"
                    aria-label={m('rules.open', { id: r.id })}
                    onClick={() => store.setFocus(`/rules/${r.index}`)}
                  >
                    {r.id}
                  </Button>
                ))}
              </div>
            );
          },
        },
        {
          title: m('col.actions'),
          key: 'actions',
          fixed: 'end',
          render: (_, { index }) => (
            <RowActions
              index={index}
              count={fees.length}
              labels={{
                up: m('action.upAria', { row: rowName(index) }),
                down: m('action.downAria', { row: rowName(index) }),
                remove: m('action.removeAria', { row: rowName(index) }),
              }}
              onMove={(from, to) => store.edit((d) => withFees(d, moveItem(feesOf(d), from, to)))}
              onRemove={(at) => store.edit((d) => withFees(d, removeItem(feesOf(d), at)))}
            />
          ),
        },
      ]}
    />
  );
}

import type { Material } from '@onewindow/schemas';
import { Button, InputNumber, Select, Table } from 'antd';
import { useEditor, useEditorStore } from '../editor/editor-context.tsx';
import { setIn } from '../editor/set-in.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { anchorId } from '../rules/use-owned-focus.ts';
import { CheckedInput } from './checked-input.tsx';
import { codeColumns } from './code-columns.tsx';
import { countCodes } from './code-problems.ts';
import { moveItem, removeItem } from './list-edits.ts';
import { MaterialDetails } from './material-details.tsx';
import { withMaterialCode, withMaterialText } from './material-edits.ts';
import { MaterialRules } from './material-rules.tsx';
import { materialsMessages } from './materials-messages.ts';
import { RowActions } from './row-actions.tsx';

const KINDS = ['original', 'copy', 'original-and-copy', 'electronic'] as const;
const NECESSITIES = ['required', 'optional', 'conditional', 'deferrable'] as const;
const SOURCES = ['applicant', 'government', 'other'] as const;

export interface MaterialsTableProps {
  /** Indexes of the rows whose further attributes are shown. */
  expanded: ReadonlySet<number>;
  onExpanded(expanded: ReadonlySet<number>): void;
  /** The row a focus pointer asked to show. */
  highlight: number | null;
}

function toggled(set: ReadonlySet<number>, index: number): Set<number> {
  const next = new Set(set);
  if (next.has(index)) next.delete(index);
  else next.add(index);
  return next;
}

/**
 * 申请材料 — every material in an editable table: code (unique, the schema's pattern), Chinese name
 * (required), form, copies, necessity, source and the rules that name it inline; the other
 * attributes in a row's "更多属性"; reorder and delete per row.
 */
export function MaterialsTable({ expanded, onExpanded, highlight }: MaterialsTableProps) {
  const m = useMessages(materialsMessages);
  const store = useEditorStore();
  const materials = useEditor((s) => s.definition.materials);
  const rules = useEditor((s) => s.definition.rules);
  const counts = countCodes(materials);
  const rowName = (index: number) => m('material.name', { n: index + 1 });
  const at = (index: number, path: string) => anchorId(`/materials/${index}/${path}`);
  const coalesce = (index: number, path: string) => ({ coalesce: `/materials/${index}/${path}` });
  const setField = (index: number, key: keyof Material, value: unknown, typing = false) =>
    store.edit((d) => setIn(d, ['materials', index, key], value), typing ? coalesce(index, key) : undefined);

  const move = (from: number, to: number) => {
    store.edit((d) => ({ ...d, materials: moveItem(d.materials, from, to) }));
    const next = new Set([...expanded].filter((i) => i !== from && i !== to));
    if (expanded.has(from)) next.add(to);
    if (expanded.has(to)) next.add(from);
    onExpanded(next);
  };
  const remove = (index: number) => {
    store.edit((d) => ({ ...d, materials: removeItem(d.materials, index) }));
    onExpanded(new Set([...expanded].filter((i) => i !== index).map((i) => (i > index ? i - 1 : i))));
  };
  const select = <T extends string>(
    index: number,
    key: keyof Material,
    values: readonly T[],
    prefix: string,
  ) => (
    <Select
      id={at(index, key)}
      aria-label={m(`field.${key}` as 'field.kind', { row: rowName(index) })}
      className="ow-cell-select"
      value={materials[index][key] as T}
      options={values.map((v) => ({ value: v, label: m(`${prefix}.${v}` as 'kind.copy') }))}
      onChange={(v: T) => setField(index, key, v)}
    />
  );

  return (
    <Table
      className="ow-materials-table"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey="index"
      dataSource={materials.map((material, index) => ({ material, index }))}
      rowClassName={({ index }) => (index === highlight ? 'ow-highlight' : '')}
      expandable={{
        showExpandColumn: false,
        expandedRowKeys: [...expanded],
        expandedRowRender: ({ material, index }) => (
          <MaterialDetails
            material={material}
            index={index}
            onField={(key, value, typing) => setField(index, key, value, typing)}
            onText={(key, locale, value) =>
              store.edit(
                (d) => withMaterialText(d, index, key, locale, value),
                coalesce(index, `${key}/${locale}`),
              )
            }
          />
        ),
      }}
      locale={{ emptyText: m('materials.empty') }}
      columns={[
        ...codeColumns<{ material: Material; index: number }>({
          list: '/materials',
          m,
          counts,
          rowName,
          codeAt: (index) => materials[index]?.code,
          onCode: (index, code) =>
            store.edit((d) => withMaterialCode(d, index, code), coalesce(index, 'code')),
        }),
        {
          title: m('col.nameZh'),
          key: 'name',
          render: (_, { material, index }) => (
            <CheckedInput
              id={at(index, 'name/zh-CN')}
              label={m('field.nameZh', { row: rowName(index) })}
              className="ow-cell-name"
              value={material.name?.['zh-CN'] ?? ''}
              error={material.name?.['zh-CN']?.trim() ? null : m('error.nameMissing')}
              onChange={(value) =>
                store.edit(
                  (d) => withMaterialText(d, index, 'name', 'zh-CN', value),
                  coalesce(index, 'name/zh-CN'),
                )
              }
            />
          ),
        },
        { title: m('col.kind'), key: 'kind', render: (_, { index }) => select(index, 'kind', KINDS, 'kind') },
        {
          title: m('col.copies'),
          key: 'copies',
          render: (_, { material, index }) => (
            <InputNumber
              id={at(index, 'copies')}
              aria-label={m('field.copies', { row: rowName(index) })}
              className="ow-cell-number"
              min={1}
              max={99}
              precision={0}
              placeholder="1"
              value={material.copies ?? null}
              onChange={(n) => setField(index, 'copies', n ?? undefined, true)}
            />
          ),
        },
        {
          title: m('col.necessity'),
          key: 'necessity',
          render: (_, { material, index }) => (
            <div className="ow-cell">
              {select(index, 'necessity', NECESSITIES, 'necessity')}
              <MaterialRules material={material} rules={rules} row={rowName(index)} />
            </div>
          ),
        },
        {
          title: m('col.source'),
          key: 'source',
          render: (_, { index }) => select(index, 'source', SOURCES, 'source'),
        },
        {
          title: m('col.actions'),
          key: 'actions',
          fixed: 'end',
          render: (_, { index }) => (
            <RowActions
              index={index}
              count={materials.length}
              labels={{
                up: m('action.upAria', { row: rowName(index) }),
                down: m('action.downAria', { row: rowName(index) }),
                remove: m('action.removeAria', { row: rowName(index) }),
              }}
              onMove={move}
              onRemove={remove}
            >
              <Button
                size="small"
                aria-expanded={expanded.has(index)}
                aria-label={m('action.detailsAria', { row: rowName(index) })}
                onClick={() => onExpanded(toggled(expanded, index))}
              >
                {m('action.details')}
              </Button>
            </RowActions>
          ),
        },
      ]}
    />
  );
}

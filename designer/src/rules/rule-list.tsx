import { ToneTag, useI18n } from '@onewindow/runtime/app';
import type { Rule } from '@onewindow/schemas';
import { Button, Table } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { RowActions } from '../materials/row-actions.tsx';
import { countLeaves } from './condition-tree.ts';
import { EVENT_TONE } from './event-types.ts';
import { rulesMessages } from './rules-messages.ts';
import { anchorId } from './use-owned-focus.ts';

export interface RuleListProps {
  rules: readonly Rule[];
  selected: number | null;
  onSelect(index: number): void;
  onMove(from: number, to: number): void;
  onDuplicate(index: number): void;
  onRemove(index: number): void;
}

/**
 * The item's rules in order: id, outcome tag, message, priority; select, reorder, duplicate, delete
 * (at once: the toolbar's undo brings a deleted rule back).
 */
export function RuleList({ rules, selected, onSelect, onMove, onDuplicate, onRemove }: RuleListProps) {
  const m = useMessages(rulesMessages);
  const { text } = useI18n();
  const rows = rules.map((rule, index) => ({ rule, index }));
  return (
    <Table
      className="ow-rule-list"
      size="small"
      pagination={false}
      rowKey="index"
      dataSource={rows}
      locale={{ emptyText: m('list.empty') }}
      rowClassName={({ index }) => (index === selected ? 'ow-row-selected' : '')}
      onRow={({ index }) => ({ onDoubleClick: () => onSelect(index) })}
      columns={[
        {
          title: m('col.index'),
          key: 'n',
          width: 56,
          render: (_, { index }) => (
            <span id={anchorId(`/rules/${index}`)} tabIndex={-1}>
              {index + 1}
            </span>
          ),
        },
        {
          title: m('col.id'),
          key: 'id',
          render: (_, { rule }) => <code>{rule.id}</code>,
        },
        {
          title: m('col.event'),
          key: 'event',
          render: (_, { rule }) => (
            <ToneTag tone={EVENT_TONE[rule.event.type] ?? 'neutral'}>{m(`type.${rule.event.type}`)}</ToneTag>
          ),
        },
        {
          title: m('col.message'),
          key: 'message',
          render: (_, { rule }) => (
            <span>
              {text(rule.event.params?.message) || <em>{m('list.noMessage')}</em>}{' '}
              <span className="ow-help">{m('list.conditions', { n: countLeaves(rule.conditions) })}</span>
            </span>
          ),
        },
        {
          title: m('col.priority'),
          key: 'priority',
          width: 72,
          render: (_, { rule }) => rule.priority ?? 1,
        },
        {
          title: m('col.actions'),
          key: 'actions',
          render: (_, { rule, index }) => (
            <RowActions
              index={index}
              count={rules.length}
              labels={{
                up: m('action.upAria', { id: rule.id }),
                down: m('action.downAria', { id: rule.id }),
                duplicate: m('action.duplicateAria', { id: rule.id }),
                remove: m('action.removeAria', { id: rule.id }),
              }}
              onMove={onMove}
              onDuplicate={onDuplicate}
              onRemove={onRemove}
            >
              <Button
                size="small"
                type={index === selected ? 'primary' : 'default'}
                aria-pressed={index === selected}
                aria-label={m('action.editAria', { id: rule.id })}
                onClick={() => onSelect(index)}
              >
                {m('action.edit')}
              </Button>
            </RowActions>
          ),
        },
      ]}
    />
  );
}

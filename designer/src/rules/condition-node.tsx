import type { ConditionLeaf, NestedCondition } from '@onewindow/schemas';
import { Button, Select } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { useBuilder } from './builder-context.ts';
import { ConditionLeafEditor } from './condition-leaf.tsx';
import {
  appendChild,
  type ConditionNode,
  childrenOf,
  type GroupKind,
  negate,
  newSubgroup,
  nodeKind,
  switchGroup,
  withChildren,
} from './condition-tree.ts';
import { leafFor } from './operator-choices.ts';
import { rulesMessages } from './rules-messages.ts';
import { anchorId } from './use-owned-focus.ts';

export interface ConditionNodeProps {
  node: ConditionNode;
  pointer: string;
  /** Its number in the tree ("2", "2.1"); `''` for the rule's top-level group. */
  number: string;
  onChange(next: ConditionNode, coalesce?: string): void;
  /** Removes the node from its parent; absent at the top. */
  onRemove?: () => void;
}

const childNumber = (number: string, index: number) => (number ? `${number}.${index + 1}` : `${index + 1}`);

/**
 * One node of the visual condition builder, recursively: a group (全部满足 all / 任一满足 any) with
 * its conditions and sub-groups and the buttons to add, negate and remove; a negation (以下条件不成立)
 * around one node; or a single condition.
 */
export function ConditionNodeEditor({ node, pointer, number, onChange, onRemove }: ConditionNodeProps) {
  const m = useMessages(rulesMessages);
  const { choices, highlight } = useBuilder();
  const kind = nodeKind(node);
  const group = number ? m('group.name', { n: number }) : m('group.rootName');

  if (kind === 'leaf') {
    return (
      <ConditionLeafEditor
        leaf={node as ConditionLeaf}
        pointer={pointer}
        number={number}
        onChange={onChange}
        onRemove={onRemove ?? (() => onChange({ all: [] }))}
      />
    );
  }

  const highlighted = highlight === pointer || highlight === `${pointer}/${kind}`;
  const className = `ow-cond-group${highlighted ? ' ow-highlight' : ''}`;

  if (kind === 'not') {
    const inner = (node as { not: NestedCondition }).not;
    return (
      <fieldset id={anchorId(pointer)} tabIndex={-1} className={`${className} ow-cond-not`}>
        <legend>
          {m('not.title')}
          <Button
            size="small"
            type="link"
            onClick={() => onChange(inner)}
            aria-label={m('not.unwrapAria', { group })}
          >
            {m('not.unwrap')}
          </Button>
        </legend>
        <ConditionNodeEditor
          node={inner}
          pointer={`${pointer}/not`}
          number={number}
          onChange={(next, coalesce) => onChange({ ...node, not: next as NestedCondition }, coalesce)}
          onRemove={onRemove ?? (() => onChange({ all: [] }))}
        />
      </fieldset>
    );
  }

  const children = childrenOf(node);
  const firstLeaf = () => leafFor(choices[0]);
  const setChild = (index: number, next: ConditionNode, coalesce?: string) => {
    const list = children.slice();
    list[index] = next as NestedCondition;
    onChange(withChildren(node, list), coalesce);
  };
  const removeChild = (index: number) =>
    onChange(
      withChildren(
        node,
        children.filter((_, i) => i !== index),
      ),
    );

  return (
    <fieldset id={anchorId(pointer)} tabIndex={-1} className={className}>
      <legend className="ow-cond-head">
        <Select
          id={anchorId(`${pointer}/${kind}`)}
          aria-label={m('group.kind', { group })}
          className="ow-cond-kind"
          value={kind}
          options={[
            { value: 'all', label: m('group.all') },
            { value: 'any', label: m('group.any') },
          ]}
          onChange={(next: GroupKind) => onChange(switchGroup(node, next))}
        />
      </legend>
      {children.length === 0 && <p className="ow-cond-empty">{m('group.empty')}</p>}
      {children.map((child, index) => (
        <ConditionNodeEditor
          // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no identity but their place
          key={index}
          node={child}
          pointer={`${pointer}/${kind}/${index}`}
          number={childNumber(number, index)}
          onChange={(next, coalesce) => setChild(index, next, coalesce)}
          onRemove={() => removeChild(index)}
        />
      ))}
      <div className="ow-cond-actions">
        <Button
          size="small"
          onClick={() => onChange(appendChild(node, firstLeaf()))}
          aria-label={m('group.addLeafAria', { group })}
        >
          {m('group.addLeaf')}
        </Button>
        <Button
          size="small"
          onClick={() => onChange(appendChild(node, newSubgroup(node, firstLeaf())))}
          aria-label={m('group.addGroupAria', { group })}
        >
          {m('group.addGroup')}
        </Button>
        <Button
          size="small"
          onClick={() => onChange(negate(node as NestedCondition))}
          aria-label={m('group.negateAria', { group })}
        >
          {m('group.negate')}
        </Button>
        {onRemove && (
          <Button size="small" danger onClick={onRemove} aria-label={m('group.removeAria', { group })}>
            {m('group.remove')}
          </Button>
        )}
      </div>
    </fieldset>
  );
}

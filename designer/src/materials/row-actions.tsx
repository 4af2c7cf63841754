import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';

export interface RowActionsProps {
  index: number;
  count: number;
  /** Accessible names (and tooltips) of the buttons, e.g. "材料 3：上移". */
  labels: { up: string; down: string; remove: string; duplicate?: string };
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
  onDuplicate?: (index: number) => void;
  /** Buttons of the row's own before the standard ones (edit, details). */
  children?: ReactNode;
}

/**
 * The reorder / duplicate / delete buttons of a table row: icons with an accessible name and a
 * tooltip, so the tables stay narrow beside the lint panel. Deleting is immediate: undo restores.
 */
export function RowActions({
  index,
  count,
  labels,
  onMove,
  onRemove,
  onDuplicate,
  children,
}: RowActionsProps) {
  return (
    <Space size={4}>
      {children}
      <Button
        size="small"
        icon={<ArrowUpOutlined />}
        disabled={index === 0}
        aria-label={labels.up}
        title={labels.up}
        onClick={() => onMove(index, index - 1)}
      />
      <Button
        size="small"
        icon={<ArrowDownOutlined />}
        disabled={index === count - 1}
        aria-label={labels.down}
        title={labels.down}
        onClick={() => onMove(index, index + 1)}
      />
      {onDuplicate && labels.duplicate && (
        <Button
          size="small"
          icon={<CopyOutlined />}
          aria-label={labels.duplicate}
          title={labels.duplicate}
          onClick={() => onDuplicate(index)}
        />
      )}
      <Button
        size="small"
        danger
        icon={<DeleteOutlined />}
        aria-label={labels.remove}
        title={labels.remove}
        onClick={() => onRemove(index)}
      />
    </Space>
  );
}

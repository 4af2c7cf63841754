import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { basicMessages } from './basic-messages.ts';
import { fieldId } from './field-id.ts';

/**
 * One element of a list section (`/legalBasis/2`): a heading that numbers it, remove (and, when the
 * order means something, move up/down) buttons whose accessible names say which element they act on.
 */
export function ListRow({
  pointer,
  title,
  onRemove,
  onMove,
  index,
  count,
  children,
}: {
  pointer: string;
  title: string;
  onRemove(): void;
  /** Given for ordered lists (process steps). */
  onMove?: (by: -1 | 1) => void;
  index: number;
  count: number;
  children: ReactNode;
}) {
  const m = useMessages(basicMessages);
  const id = fieldId(pointer);
  return (
    <div className="ow-list-row" id={id} tabIndex={-1}>
      <div className="ow-list-row-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <Space size={4}>
          {onMove && (
            <>
              <Button
                size="small"
                icon={<ArrowUpOutlined aria-hidden />}
                aria-label={`${m('moveUp')} ${title}`}
                title={`${m('moveUp')} ${title}`}
                disabled={index === 0}
                onClick={() => onMove(-1)}
              />
              <Button
                size="small"
                icon={<ArrowDownOutlined aria-hidden />}
                aria-label={`${m('moveDown')} ${title}`}
                title={`${m('moveDown')} ${title}`}
                disabled={index === count - 1}
                onClick={() => onMove(1)}
              />
            </>
          )}
          <Button
            size="small"
            danger
            icon={<DeleteOutlined aria-hidden />}
            aria-label={`${m('remove')} ${title}`}
            title={`${m('remove')} ${title}`}
            onClick={onRemove}
          />
        </Space>
      </div>
      {children}
    </div>
  );
}

/** The "add" button under a list section. */
export function AddButton({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <Button onClick={onClick} type="dashed">
      + {label}
    </Button>
  );
}

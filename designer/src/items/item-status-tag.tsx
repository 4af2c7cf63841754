import { type Tone, ToneTag } from '@onewindow/runtime/app';
import type { ItemStatus } from '../api/designer-api-types.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { itemsMessages } from './items-messages.ts';

const TONE: Readonly<Record<ItemStatus, Tone>> = { draft: 'info', active: 'ok', retired: 'neutral' };

/** 草稿 / 已发布 / 已停用 as a tag whose colour repeats what its text says. */
export function ItemStatusTag({ status }: { status: ItemStatus }) {
  const m = useMessages(itemsMessages);
  return <ToneTag tone={TONE[status]}>{m(`status.${status}`)}</ToneTag>;
}

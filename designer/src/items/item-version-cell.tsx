import type { ItemSummary } from '../api/designer-api-types.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { itemsMessages } from './items-messages.ts';

/** The active and latest published versions, and whether the draft has changes not yet published. */
export function ItemVersionCell({ item }: { item: ItemSummary }) {
  const m = useMessages(itemsMessages);
  if (item.latestVersion === null) return <span className="ow-muted">{m('items.version.none')}</span>;
  const pending = item.publishedRevision !== item.revision;
  return (
    <>
      {item.activeVersion !== null && <div>{m('items.version.active', { n: item.activeVersion })}</div>}
      {item.latestVersion !== item.activeVersion && (
        <div>{m('items.version.latest', { n: item.latestVersion })}</div>
      )}
      {pending && <div className="ow-small ow-muted">{m('items.version.unpublished')}</div>}
    </>
  );
}

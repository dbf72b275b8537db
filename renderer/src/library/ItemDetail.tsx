import { useId } from 'react';
import { itemTitle } from '../../../shared/kinds';
import { useApiQuery } from '../useApiQuery';
import { formatDateTime } from './dates';
import { EarlierCopies } from './EarlierCopies';
import { ItemActions } from './ItemActions';
import { ItemBody } from './ItemBody';
import { KindBadge } from './KindBadge';
import { SourcesAndTags } from './SourcesAndTags';
import { UsedBy } from './UsedBy';

/**
 * The open item in full, with what it draws on and what uses it. `actions`: its
 * Edit and Delete buttons and its earlier copies, on the item screen (not where a
 * document shows an item beside it).
 */
export function ItemDetail({ id, onOpen, actions = true }: { id: string | null; onOpen: (id: string) => void; actions?: boolean }) {
  const headingId = useId();
  const { value: item, loading } = useApiQuery('items.get', id ? { id } : null);

  if (!id || !item) {
    return (
      <section className="detail detail-empty" aria-label="Item" aria-busy={loading}>
        <p className="quiet">{loading ? 'Opening…' : 'Choose an item in the library to read it here.'}</p>
      </section>
    );
  }
  return (
    <article className="detail" aria-labelledby={headingId} aria-busy={loading}>
      <header className="detail-header">
        <KindBadge kind={item.kind} />
        <h2 id={headingId}>{itemTitle(item)}</h2>
        <p className="quiet">Updated {formatDateTime(item.updatedAt)}</p>
        {actions && <ItemActions item={item} />}
      </header>
      <ItemBody item={item} onOpen={onOpen} />
      <SourcesAndTags sourceIds={item.data.sourceIds} tags={item.data.tags} onOpen={onOpen} />
      <UsedBy id={item.id} onOpen={onOpen} />
      {actions && item.kind !== 'document' && <EarlierCopies key={item.id} item={item} onOpen={onOpen} />}
    </article>
  );
}

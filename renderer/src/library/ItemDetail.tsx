import { useId } from 'react';
import { itemTitle } from '../../../shared/kinds';
import { useApiQuery } from '../useApiQuery';
import { formatDateTime } from './dates';
import { ItemBody } from './ItemBody';
import { KindBadge } from './KindBadge';
import { SourcesAndTags } from './SourcesAndTags';
import { UsedBy } from './UsedBy';

/** The open item in full, with what it draws on and what uses it. */
export function ItemDetail({ id, onOpen }: { id: string | null; onOpen: (id: string) => void }) {
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
      </header>
      <ItemBody item={item} onOpen={onOpen} />
      <SourcesAndTags sourceIds={item.data.sourceIds} tags={item.data.tags} onOpen={onOpen} />
      <UsedBy id={item.id} onOpen={onOpen} />
    </article>
  );
}

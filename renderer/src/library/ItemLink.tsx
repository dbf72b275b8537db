import { itemTitle } from '../../../shared/kinds';
import { useApiQuery } from '../useApiQuery';

/** A linked item by its title (fetched), opening it when chosen. */
export function ItemLink({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const { value: item } = useApiQuery('items.get', { id });
  return (
    <button type="button" className="link-button" onClick={() => onOpen(id)}>
      {item ? itemTitle(item) : '…'}
    </button>
  );
}

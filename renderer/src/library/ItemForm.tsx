import type { Kind } from '../../../shared/kinds';

/** Create or edit an item of any kind. (Filled in by the library-editing work.) */
export function ItemForm({ kind, id }: { kind?: Kind; id?: string }) {
  return (
    <div className="screen" aria-label="Edit item">
      <p className="quiet">
        {kind ?? ''} {id ?? ''}
      </p>
    </div>
  );
}

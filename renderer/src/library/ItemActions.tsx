import { useState } from 'react';
import { itemTitle } from '../../../shared/kinds';
import type { Item } from '../../../shared/domain';
import { useApi } from '../ApiContext';
import { useLibraryChanged } from '../library-changes';
import { useNavigation } from '../navigation';
import { ConfirmDialog } from './ConfirmDialog';
import { kindLabel } from './kind-names';
import './form/form.css';
import { messageOf } from '../../../shared/errors';

/** Edit, delete (after asking), and for a document, open it in the editor. */
export function ItemActions({ item }: { item: Item }) {
  const api = useApi();
  const { go } = useNavigation();
  const libraryChanged = useLibraryChanged();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const label = kindLabel(item.kind);

  const remove = async () => {
    setConfirming(false);
    setProblem(null);
    try {
      await api['items.delete']({ kind: item.kind, id: item.id });
      go({ view: 'home' });
      libraryChanged();
    } catch (error) {
      // Refused when something still uses it: the core's message says what.
      setProblem(`Not deleted: ${messageOf(error)}`);
    }
  };

  return (
    <>
      <div className="item-actions">
        {item.kind === 'document' && (
          <button type="button" className="primary" onClick={() => go({ view: 'document', id: item.id })}>
            Open in editor
          </button>
        )}
        <button type="button" onClick={() => go({ view: 'edit-item', id: item.id })}>
          Edit
        </button>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Delete
        </button>
      </div>
      {problem && (
        <p className="form-problems" role="alert">
          {problem}
        </p>
      )}
      <ConfirmDialog
        title={`Delete this ${label}?`}
        open={confirming}
        message={`“${itemTitle(item)}” will be deleted from the library. This cannot be undone.`}
        confirm="Delete"
        cancel="Keep it"
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

import { useId, useState } from 'react';
import type { ItemVersion } from '../../../shared/bundle';
import type { Item } from '../../../shared/domain';
import { messageOf } from '../../../shared/errors';
import { itemTitle } from '../../../shared/kinds';
import { useApi } from '../ApiContext';
import { useLibraryChanged } from '../library-changes';
import { useApiQuery } from '../useApiQuery';
import { ConfirmDialog } from './ConfirmDialog';
import { formatDateTime } from './dates';
import { ItemBody } from './ItemBody';
import { kindLabel } from './kind-names';
import './form/form.css';
import './library.css';

/**
 * The copies of an item kept when a bundle import met a changed one, or when
 * another copy was brought back (a document keeps its own in its version
 * history): view one, bring one back. Shown only when there are some.
 */
export function EarlierCopies({ item, onOpen }: { item: Item; onOpen: (id: string) => void }) {
  const api = useApi();
  const libraryChanged = useLibraryChanged();
  const headingId = useId();
  const { value: copies } = useApiQuery('items.versions', { id: item.id });
  const [confirming, setConfirming] = useState<ItemVersion | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState('');

  const bringBack = async (copy: ItemVersion) => {
    setConfirming(null);
    setProblem(null);
    setDone('');
    try {
      await api['items.restoreVersion']({ id: item.id, versionId: copy.id });
      setDone(`Brought back the copy of ${formatDateTime(copy.updatedAt)}. The one it replaced is kept among the earlier copies.`);
      libraryChanged();
    } catch (error) {
      setProblem(`Not brought back: ${messageOf(error)}`);
    }
  };

  if (!copies?.length) return null;
  return (
    <section className="earlier-copies" aria-labelledby={headingId}>
      <h3 id={headingId}>Earlier copies</h3>
      <p role="status">{done}</p>
      {problem && (
        <p className="form-problems" role="alert">
          {problem}
        </p>
      )}
      <ul aria-labelledby={headingId}>
        {copies.map((copy) => (
          <EarlierCopy key={copy.id} copy={copy} item={item} onOpen={onOpen} onBringBack={() => setConfirming(copy)} />
        ))}
      </ul>
      <ConfirmDialog
        title="Bring back this earlier copy?"
        open={confirming !== null}
        message={
          confirming
            ? `This ${kindLabel(item.kind)} will read as it did on ${formatDateTime(confirming.updatedAt)} (“${confirming.title}”). “${itemTitle(item)}” as it is now is kept among the earlier copies.`
            : ''
        }
        confirm="Bring back"
        cancel="Keep it as it is"
        onConfirm={() => {
          if (confirming) void bringBack(confirming);
        }}
        onCancel={() => setConfirming(null)}
      />
    </section>
  );
}

function EarlierCopy({ copy, item, onOpen, onBringBack }: { copy: ItemVersion; item: Item; onOpen: (id: string) => void; onBringBack(): void }) {
  const labelId = useId();
  const viewId = useId();
  const [viewing, setViewing] = useState(false);
  const { value: kept, loading } = useApiQuery('items.version', viewing ? { versionId: copy.id } : null);
  // The core kept the copy from the item itself, so its data is valid for the kind. Not parsed here:
  // a schema built in the first bundle runs before zod-config.ts and breaks the page's CSP.
  const shown = kept && ({ ...item, kind: copy.kind, data: kept.data, updatedAt: copy.updatedAt } as Item);

  return (
    <li className="earlier-copy">
      <p id={labelId}>
        <strong>{copy.title}</strong> <span className="quiet">· {copy.label}</span>
        <br />
        <span className="quiet">
          Kept <time dateTime={copy.savedAt}>{formatDateTime(copy.savedAt)}</time>; last changed <time dateTime={copy.updatedAt}>{formatDateTime(copy.updatedAt)}</time>
        </span>
      </p>
      <div className="item-actions">
        <button type="button" aria-expanded={viewing} aria-controls={viewId} aria-describedby={labelId} onClick={() => setViewing(!viewing)}>
          View
        </button>
        <button type="button" aria-describedby={labelId} onClick={onBringBack}>
          Bring back
        </button>
      </div>
      <div id={viewId} className="earlier-copy-view" role="region" aria-label={`The copy of ${formatDateTime(copy.updatedAt)}`} hidden={!viewing}>
        {loading && <p className="quiet">Opening…</p>}
        {shown && <ItemBody item={shown} onOpen={onOpen} />}
      </div>
    </li>
  );
}

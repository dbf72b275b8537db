import { useEffect, useRef, useState } from 'react';
import { useApi } from '../ApiContext';
import { LiveValue } from '../live-value';
import { Autosaver, type SaveStatus } from './autosave';
import { draftKey, removeDraft, writeDraft, type DocumentPayload } from './drafts';

interface SaverOptions {
  documentId: string;
  baseUpdatedAt: string;
  /** Serializes the editor and the fields: called only in a save tick. */
  collect(): DocumentPayload;
  /** The core has this payload (after every successful save). */
  onSaved?(payload: DocumentPayload): void;
  /** A recovered draft must be saved without waiting for a change. */
  saveAtOnce: boolean;
}

/** The last saves of document screens that have closed, by document id, while they are still going out. */
const closing = new Map<string, Promise<unknown>>();

/** Resolves once a closed screen's last save of this document has gone out (or failed), so reopening reads it. */
export function lastSaveOf(documentId: string): Promise<unknown> {
  return closing.get(documentId) ?? Promise.resolve();
}

/**
 * The document's autosave, wired to the API, localStorage and the page's life:
 * a local draft when a save cannot go out and when the page hides or closes, a
 * prompt when closing with a save pending, and a last save when the screen goes away.
 */
export function useDocumentSaver({ documentId, baseUpdatedAt, collect, onSaved, saveAtOnce }: SaverOptions) {
  const api = useApi();
  const [status] = useState(() => new LiveValue<SaveStatus>({ kind: 'saved' }));
  const latest = useRef({ collect, onSaved });
  latest.current = { collect, onSaved };
  const [saver] = useState(
    () =>
      new Autosaver<DocumentPayload>({
        baseUpdatedAt,
        collect: () => latest.current.collect(),
        persist: (payload, base) => writeDraft(localStorage, draftKey(documentId), { ...payload, baseUpdatedAt: base, savedAt: new Date().toISOString() }),
        send: async (payload, base) => {
          // Serializing and sending a long document are two tasks, not one: a key
          // pressed in between is handled first instead of waiting for both.
          await new Promise((resolve) => setTimeout(resolve, 0));
          const item = await api['items.update']({ kind: 'document', id: documentId, data: { ...payload }, ...(base ? { baseUpdatedAt: base } : {}) });
          return item.updatedAt;
        },
        onSaved: (payload, _updatedAt, upToDate) => {
          if (upToDate) removeDraft(localStorage, draftKey(documentId));
          latest.current.onSaved?.(payload);
        },
        onStatus: (next) => status.set(next),
      }),
  );

  useEffect(() => {
    if (saveAtOnce) saver.changed();
  }, [saver, saveAtOnce]);

  useEffect(() => {
    const keep = () => saver.persistNow();
    const onHidden = () => {
      if (document.visibilityState === 'hidden') keep();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      keep();
      if (saver.hasUnsaved()) event.preventDefault();
    };
    window.addEventListener('pagehide', keep);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', keep);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
      // Leaving the screen: what is waiting is saved now (and stays in the local draft if it cannot be);
      // then this saver stops, so it never retries later with an old base over a newer screen's work.
      const last: Promise<unknown> = saver
        .flush()
        .catch(() => false)
        .finally(() => {
          saver.dispose();
          if (closing.get(documentId) === last) closing.delete(documentId);
        });
      closing.set(documentId, last);
    };
  }, [saver, documentId]);

  return { saver, status };
}

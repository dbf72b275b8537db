import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ItemOf } from '../../../shared/domain';
import { useApi } from '../ApiContext';
import { useReportError } from '../ErrorReports';
import { useApiQuery } from '../useApiQuery';
import { messageOf } from '../../../shared/errors';

export type NoteItem = ItemOf<'note'>;

/** The lesson a note was promoted to, or null when it has not been. */
export interface Promotion {
  lessonId: string;
  title: string;
}

/** Enough parallel requests to fill a few hundred notes quickly without queueing the bridge. */
const PARALLEL = 6;

async function inBatches<T>(ids: readonly string[], fetch: (id: string) => Promise<T>): Promise<Map<string, T>> {
  const found = new Map<string, T>();
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next] as string;
      next += 1;
      found.set(id, await fetch(id));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, ids.length) }, worker));
  return found;
}

/**
 * Newest first, by when each note was taken (or written down, when no time was
 * noted); notes taken within the same second in the order they were saved.
 */
function newestFirst(a: NoteItem, b: NoteItem): number {
  const when = (note: NoteItem) => Date.parse(note.data.time ?? note.createdAt);
  return when(b) - when(a) || b.createdAt.localeCompare(a.createdAt);
}

/**
 * The notes of one workshop, in full, and the lesson each was promoted to.
 * The workshop's "used by" links list its notes (ids and change times) in one
 * call; only notes not yet seen, or changed since, are fetched again, so a new
 * note in a workshop of hundreds costs a handful of requests, not hundreds.
 */
export function useWorkshopNotes(workshopId: string | null) {
  const api = useApi();
  const report = useReportError();
  const links = useApiQuery('items.usedBy', workshopId ? { id: workshopId } : null);
  const notes = useRef(new Map<string, NoteItem>());
  const promotions = useRef(new Map<string, Promotion | null>());
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((value) => value + 1), []);

  const summaries = useMemo(() => (links.value ?? []).filter((link) => link.role === 'workshop' && link.kind === 'note'), [links.value]);

  useEffect(() => {
    const stale = summaries.filter((summary) => notes.current.get(summary.id)?.updatedAt !== summary.updatedAt).map((summary) => summary.id);
    const unknown = summaries.filter((summary) => !promotions.current.has(summary.id)).map((summary) => summary.id);
    if (stale.length === 0 && unknown.length === 0) return;
    let current = true;
    Promise.all([
      // A note deleted meanwhile is simply left out.
      inBatches(stale, (id) => (api['items.get']({ id, kind: 'note' }) as Promise<NoteItem>).catch(() => null)),
      inBatches(unknown, (id) => api['items.usedBy']({ id })),
    ]).then(
      ([fetched, users]) => {
        for (const [id, note] of fetched) if (note) notes.current.set(id, note);
        for (const [id, list] of users) {
          const lesson = list.find((user) => user.role === 'promoted-from');
          promotions.current.set(id, lesson ? { lessonId: lesson.id, title: lesson.title } : null);
        }
        if (current) refresh();
        report('workshop-notes', null);
      },
      (error: unknown) => report('workshop-notes', `The workshop’s notes could not be read: ${messageOf(error)}`),
    );
    return () => {
      current = false;
    };
  }, [api, summaries, refresh, report]);

  const list = useMemo(() => {
    const ids = new Set(summaries.map((summary) => summary.id));
    // Notes saved here show at once, before the workshop's links are read again.
    for (const note of notes.current.values()) if (note.data.workshopId === workshopId) ids.add(note.id);
    return [...ids]
      .map((id) => notes.current.get(id))
      .filter((note): note is NoteItem => note !== undefined && note.data.workshopId === workshopId)
      .sort(newestFirst);
  }, [summaries, version, workshopId]);

  /** Records what this screen just did, so the list shows it without waiting. */
  const remember = useCallback(
    (note: NoteItem, promotion?: Promotion | null) => {
      notes.current.set(note.id, note);
      if (promotion !== undefined) promotions.current.set(note.id, promotion);
      refresh();
    },
    [refresh],
  );
  const forget = useCallback(
    (id: string) => {
      notes.current.delete(id);
      refresh();
    },
    [refresh],
  );
  const promotionOf = useCallback((id: string) => promotions.current.get(id) ?? null, []);

  return { notes: list, loading: links.loading, remember, forget, promotionOf };
}

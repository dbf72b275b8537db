import type { RichText } from '../../../shared/richtext';

/**
 * The local copy of a document's unsaved text: written when a save cannot go out
 * (offline, a conflict, a refusal) and when the page hides or closes, removed once
 * the core has it, so a closed window, a reload or a lost connection loses nothing
 * typed. (A crash of the page itself can lose what was typed since the last save:
 * at most the 5 s of non-stop typing autosave allows, autosave.ts.)
 */

export interface DocumentFields {
  title: string;
  author: string;
  subject: string;
  tags: string[];
}

export interface DocumentPayload extends DocumentFields {
  state: RichText;
}

export interface Draft extends DocumentPayload {
  /** The stored copy's `updatedAt` these changes were made on. */
  baseUpdatedAt: string | null;
  /** When the draft was written (ISO time). */
  savedAt: string;
}

/** The part of localStorage drafts use, so tests can hand in a map. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const draftKey = (documentId: string) => `rapporteur.draft.${documentId}`;
/** Where "Load the other version" keeps the writer's own version after a conflict. */
export const discardedKey = (documentId: string) => `rapporteur.draft.${documentId}.discarded`;

export function writeDraft(storage: DraftStorage, key: string, draft: Draft): boolean {
  try {
    storage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    // Storage full or disabled: the save to the core still goes ahead.
    return false;
  }
}

export function readDraft(storage: DraftStorage, key: string): Draft | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<Draft>;
    if (typeof draft.state?.root !== 'object' || typeof draft.title !== 'string' || typeof draft.savedAt !== 'string') return null;
    return {
      state: draft.state,
      title: draft.title,
      author: typeof draft.author === 'string' ? draft.author : '',
      subject: typeof draft.subject === 'string' ? draft.subject : '',
      tags: Array.isArray(draft.tags) ? draft.tags.filter((tag): tag is string => typeof tag === 'string') : [],
      baseUpdatedAt: typeof draft.baseUpdatedAt === 'string' ? draft.baseUpdatedAt : null,
      savedAt: draft.savedAt,
    };
  } catch {
    return null;
  }
}

export function removeDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: a stale draft that matches the stored text is dropped on the next open.
  }
}

/** JSON with keys in one order, so two copies of the same content compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export function sameContent(a: DocumentPayload, b: DocumentPayload): boolean {
  return canonical([a.state, a.title, a.author, a.subject, a.tags]) === canonical([b.state, b.title, b.author, b.subject, b.tags]);
}

export type Recovery =
  /** No draft, or one the core already has: open the stored copy. */
  | { kind: 'none'; stale: boolean }
  /** The draft was made on the stored copy: load it and save it. */
  | { kind: 'resume'; draft: Draft }
  /** The stored copy changed since: keep it as a version first, then load the draft. */
  | { kind: 'keep-stored-first'; draft: Draft };

/** What opening a document does with a draft left behind. */
export function planRecovery(draft: Draft | null, stored: DocumentPayload & { updatedAt: string }): Recovery {
  if (!draft) return { kind: 'none', stale: false };
  if (sameContent(draft, stored)) return { kind: 'none', stale: true };
  return draft.baseUpdatedAt === stored.updatedAt ? { kind: 'resume', draft } : { kind: 'keep-stored-first', draft };
}

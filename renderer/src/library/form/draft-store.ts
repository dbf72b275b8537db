import type { Kind } from '../../../../shared/kinds';
import type { Draft } from './fields';

/**
 * A form's unsaved edits, kept in the browser's local storage as they are typed,
 * so leaving the form, reloading, closing the window or a crash of the page loses
 * nothing: the form brings them back when it opens again.
 */
export interface StoredDraft {
  draft: Draft;
  /** The version of the item the edits were made to. */
  baseUpdatedAt?: string;
}

export function draftKey(kind: Kind, id: string | undefined): string {
  return id ? `rapporteur.draft.${id}` : `rapporteur.draft.new-${kind}`;
}

export function loadDraft(key: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<StoredDraft>;
    return value && typeof value.draft === 'object' && value.draft !== null ? (value as StoredDraft) : null;
  } catch {
    return null;
  }
}

export function storeDraft(key: string, value: StoredDraft): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the form still holds the edits; only the copy for a reload is missing.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

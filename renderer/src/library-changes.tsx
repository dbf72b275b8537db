import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * A counter that goes up whenever the user changes the library (an item saved,
 * created or deleted), so every query re-reads: a lesson edited in its form
 * shows the new words at once in each document that uses it. A document's own
 * autosave does not count: nothing else shows a document's text.
 */
interface LibraryChanges {
  revision: number;
  changed(): void;
}

const LibraryChangesContext = createContext<LibraryChanges>({ revision: 0, changed: () => {} });

export function LibraryChangesProvider({ children }: { children: ReactNode }) {
  const [revision, setRevision] = useState(0);
  const changed = useCallback(() => setRevision((value) => value + 1), []);
  const value = useMemo(() => ({ revision, changed }), [revision, changed]);
  return <LibraryChangesContext value={value}>{children}</LibraryChangesContext>;
}

/** The current revision, to re-run queries when the library changes. */
export function useLibraryRevision(): number {
  return useContext(LibraryChangesContext).revision;
}

/** Call after a change to the library that other screens should see. */
export function useLibraryChanged(): () => void {
  return useContext(LibraryChangesContext).changed;
}

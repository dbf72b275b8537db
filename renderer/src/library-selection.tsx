import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * The library item chosen in the library panel while a document is open: the
 * side panel shows it (the inspector) without leaving the document.
 */
interface LibrarySelection {
  selectedId: string | null;
  select(id: string | null): void;
}

const SelectionContext = createContext<LibrarySelection>({ selectedId: null, select: () => {} });

export function LibrarySelectionProvider({ children }: { children: ReactNode }) {
  const [selectedId, select] = useState<string | null>(null);
  const value = useMemo(() => ({ selectedId, select }), [selectedId]);
  return <SelectionContext value={value}>{children}</SelectionContext>;
}

export function useLibrarySelection(): LibrarySelection {
  return useContext(SelectionContext);
}

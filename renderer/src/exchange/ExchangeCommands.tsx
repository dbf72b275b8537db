import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useCommands, type Command } from '../commands/commands';
import { carriesLibraryItem } from '../drag';
import { useNavigation } from '../navigation';
import './exchange.css';

// Loaded when first opened: the library's first screen does not wait for them.
const ImportDialog = lazy(() => import('./ImportDialog').then((module) => ({ default: module.ImportDialog })));
const ExportBundleDialog = lazy(() => import('./BundleDialogs').then((module) => ({ default: module.ExportBundleDialog })));
const ImportBundleDialog = lazy(() => import('./BundleDialogs').then((module) => ({ default: module.ImportBundleDialog })));
const BackupsDialog = lazy(() => import('./BackupsDialog').then((module) => ({ default: module.BackupsDialog })));

type Open = { dialog: 'import' | 'bundle-import'; file: File | null } | { dialog: 'bundle-export' | 'backups' } | null;

/** A bundle Rapporteur wrote (`rapporteur-bundle-….json.gz`); any other file is for the importer. */
const isBundle = (file: File) => /\.gz$/i.test(file.name);

/**
 * Files in and out of the library: import a file (also by dropping it on the
 * window), share items as a bundle and import one, and the backups.
 */
export function ExchangeCommands() {
  const { route } = useNavigation();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);

  const commands = useMemo<Command[]>(
    () => [
      { id: 'library.import', title: 'Import a file…', group: 'Library', shortcut: 'Mod+O', run: () => setOpen({ dialog: 'import', file: null }) },
      { id: 'library.bundle-export', title: 'Share library items (bundle)…', group: 'Library', run: () => setOpen({ dialog: 'bundle-export' }) },
      { id: 'library.bundle-import', title: 'Import a bundle…', group: 'Library', run: () => setOpen({ dialog: 'bundle-import', file: null }) },
      { id: 'library.backups', title: 'Backups…', group: 'Library', run: () => setOpen({ dialog: 'backups' }) },
    ],
    [],
  );
  useCommands(commands);

  // A file dropped anywhere on the window is imported; left to the browser it would replace the app.
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files')) && !carriesLibraryItem(event.dataTransfer);
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) setOpen({ dialog: isBundle(file) ? 'bundle-import' : 'import', file });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!open) return null;
  const file = 'file' in open ? open.file : null;
  return (
    <Suspense fallback={null}>
      {open.dialog === 'import' ? <ImportDialog open onClose={close} initialFile={file} /> : null}
      {open.dialog === 'bundle-export' ? <ExportBundleDialog open onClose={close} documentId={route.view === 'document' ? route.id : null} /> : null}
      {open.dialog === 'bundle-import' ? <ImportBundleDialog open onClose={close} initialFile={file} /> : null}
      {open.dialog === 'backups' ? <BackupsDialog open onClose={close} /> : null}
    </Suspense>
  );
}

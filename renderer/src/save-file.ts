import type { SaveFileResult } from '../../shared/desktop-shell';
import { base64ToBytes } from './base64';

/** An exported file as `documents.export` returns it. */
export interface ExportedFile {
  fileName: string;
  mediaType: string;
  base64: string;
}

/** Browser mode: the browser's own download, under the export's file name. */
function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click has handed the blob to the download; a later revoke only frees the memory.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/**
 * Saves an export: in the desktop app through the system's save dialog (it
 * may be cancelled; it rejects with a readable message when the disk refuses),
 * in browser mode as a download, which the browser saves where it saves them.
 */
export async function saveExport(file: ExportedFile, options: { revealFolder: boolean }): Promise<SaveFileResult> {
  const shell = window.rapporteurShell;
  if (shell) return shell.saveFile({ fileName: file.fileName, base64: file.base64, revealFolder: options.revealFolder });
  download(file);
  return { savedAs: file.fileName };
}

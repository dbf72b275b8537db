import type { SaveFileResult } from '../../shared/desktop-shell';

/** An exported file as `documents.export` returns it. */
export interface ExportedFile {
  fileName: string;
  mediaType: string;
  base64: string;
}

/** The bytes `base64` encodes (atob: no data: URL, which the CSP's connect-src would refuse to fetch). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
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

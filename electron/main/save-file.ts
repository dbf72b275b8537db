import { basename, dirname, extname, join } from 'node:path';
import { app, BrowserWindow, dialog, shell, type IpcMain, type IpcMainInvokeEvent, type SaveDialogOptions } from 'electron';
import type { EXPORT_FORMATS } from '../../shared/briefing';
import { writeFileAtomically } from '../core/files';
import type { SaveFileRequest, SaveFileResult } from '../../shared/desktop-shell';
import type { ApiErrorType, Envelope } from '../../shared/errors';
import { SAVE_FILE_CHANNEL } from '../preload/channel';
import { messageOf } from '../../shared/errors';

/** Far above any exported brief; it keeps a runaway page from filling the disk through us. */
export const MAX_SAVE_FILE_BYTES = 64 * 1024 * 1024;

/** What the page may save: its exports, and library bundles (`rapporteur-bundle-….json.gz`). */
const FILTER_NAMES: Record<(typeof EXPORT_FORMATS)[number] | 'gz', string> = {
  docx: 'Word document',
  md: 'Markdown',
  html: 'Web page',
  pdf: 'PDF document',
  gz: 'Rapporteur bundle',
};
type Saveable = keyof typeof FILTER_NAMES;
const SAVEABLE = Object.keys(FILTER_NAMES) as Saveable[];

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const failure = (type: ApiErrorType, message: string): Envelope<never> => ({ ok: false, error: { type, message } });

/** The file's extension without the dot, or a message saying why the name will not do. */
export function checkFileName(fileName: unknown): { extension: Saveable } | { problem: string } {
  if (typeof fileName !== 'string' || fileName.trim() === '') return { problem: 'The file has no name.' };
  // A name, never a path: where the file goes is the user's choice in the save dialog.
  // eslint-disable-next-line no-control-regex
  if (fileName.length > 255 || /[/\\:\u0000-\u001f]/.test(fileName) || basename(fileName) !== fileName || fileName.startsWith('.')) {
    return { problem: `“${fileName.slice(0, 80)}” is not a plain file name.` };
  }
  const extension = extname(fileName).slice(1).toLowerCase();
  const format = SAVEABLE.find((candidate) => candidate === extension);
  if (!format) return { problem: `Rapporteur saves only ${SAVEABLE.map((name) => `.${name}`).join(', ')} files, not “${fileName}”.` };
  return { extension: format };
}

/** The size `base64` decodes to, from its length alone; undefined when it cannot be base64. */
export function decodedSize(base64: unknown): number | undefined {
  if (typeof base64 !== 'string' || base64.length % 4 !== 0) return undefined;
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** What went wrong, in words someone can act on; "Nothing was saved" because the write is all or nothing. */
export function describeWriteError(error: unknown, target: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const folder = dirname(target);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `There is not enough space on the disk for ${basename(target)}. Free some space or choose another place. Nothing was saved.`;
    case 'EACCES':
    case 'EPERM':
      return `Rapporteur is not allowed to write in ${folder}. Choose another folder. Nothing was saved.`;
    case 'EROFS':
      return `${folder} cannot be written to (it is read-only). Choose another folder. Nothing was saved.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder ${folder} no longer exists. Choose another folder. Nothing was saved.`;
    case 'EISDIR':
      return `${target} is a folder. Choose a file name. Nothing was saved.`;
    case 'EBUSY':
      return `${basename(target)} is open in another program. Close it there, or save under another name. Nothing was saved.`;
    default: {
      // The core's own refusals (a pipe or a link at the path) end as a sentence of their own.
      const reason = messageOf(error).replace(/\s*Nothing was written\.$/, '').replace(/\.$/, '');
      return `${basename(target)} could not be saved: ${reason}. Nothing was saved.`;
    }
  }
}

/**
 * Saves an exported file where the user chooses in the system's save dialog.
 * Only our own page may ask, and only for a plain name with an export
 * format's extension and a size an export can have.
 */
export function createSaveFileHandler(isAppUrl: (url: string) => boolean) {
  return async (event: IpcMainInvokeEvent, request: unknown): Promise<Envelope<SaveFileResult>> => {
    const url = event.senderFrame?.url;
    if (!url || !isAppUrl(url)) return failure('unauthorized', 'Only Rapporteur’s own window may save files.');
    const { fileName, base64, revealFolder } = (typeof request === 'object' && request !== null ? request : {}) as Partial<SaveFileRequest>;
    const name = checkFileName(fileName);
    if ('problem' in name) return failure('invalid-input', name.problem);
    // The size first: an oversized file is refused without reading it through.
    const size = decodedSize(base64);
    if (size !== undefined && size > MAX_SAVE_FILE_BYTES) {
      return failure('invalid-input', `${fileName} is over ${MAX_SAVE_FILE_BYTES / 1024 / 1024} MB, more than Rapporteur saves. Nothing was saved.`);
    }
    if (size === undefined || !BASE64.test(base64 as string)) return failure('invalid-input', `The contents of ${fileName} arrived damaged. Export it again.`);

    const options: SaveDialogOptions = {
      title: 'Save the export',
      defaultPath: join(app.getPath('documents'), fileName as string),
      filters: [{ name: FILTER_NAMES[name.extension], extensions: [name.extension] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const owner = BrowserWindow.fromWebContents(event.sender);
    const choice = await (owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options));
    if (choice.canceled || !choice.filePath) return { ok: true, value: { cancelled: true } };

    // Some dialogs (GTK) do not add the filter's extension to a name typed without one.
    const target = extname(choice.filePath) ? choice.filePath : `${choice.filePath}.${name.extension}`;
    try {
      await writeFileAtomically(target, Buffer.from(base64 as string, 'base64'));
    } catch (error) {
      return failure('internal', describeWriteError(error, target));
    }
    if (revealFolder === true) shell.showItemInFolder(target);
    return { ok: true, value: { savedAs: target } };
  };
}

export function registerSaveFile(ipcMain: IpcMain, isAppUrl: (url: string) => boolean): void {
  ipcMain.handle(SAVE_FILE_CHANNEL, createSaveFileHandler(isAppUrl));
}

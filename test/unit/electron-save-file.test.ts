import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkFileName, createSaveFileHandler, describeWriteError, MAX_SAVE_FILE_BYTES, registerSaveFile } from '../../electron/main/save-file';
import { isAppUrl } from '../../electron/main/renderer-location';

const electron = vi.hoisted(() => ({
  documents: '',
  showSaveDialog: vi.fn(),
  showItemInFolder: vi.fn(),
  ownerWindow: { id: 'main window' } as object | null,
}));

vi.mock('electron', () => ({
  app: { getPath: (name: string) => (name === 'documents' ? electron.documents : '/nowhere') },
  dialog: { showSaveDialog: electron.showSaveDialog },
  shell: { showItemInFolder: electron.showItemInFolder },
  BrowserWindow: { fromWebContents: () => electron.ownerWindow },
}));

const rendererFile = '/opt/rapporteur/out/renderer/index.html';
const isOurs = (url: string) => isAppUrl(url, { kind: 'file', file: rendererFile });
const fromOurPage = { sender: {}, senderFrame: { url: `${pathToFileURL(rendererFile).href}#/document/d1` } } as unknown as IpcMainInvokeEvent;
const save = createSaveFileHandler(isOurs);

const DOCX = Buffer.from('PK\u0003\u0004 a Word document');
const request = (overrides: Record<string, unknown> = {}) => ({ fileName: 'From Policy to Action.docx', base64: DOCX.toString('base64'), revealFolder: false, ...overrides });

let folder: string;

beforeEach(async () => {
  vi.clearAllMocks();
  folder = await mkdtemp(join(tmpdir(), 'rapporteur-save-'));
  electron.documents = join(folder, 'Documents');
  electron.ownerWindow = { id: 'main window' };
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The user picks `path` in the save dialog. */
const choose = (path: string) => electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });

describe('saving an export from the desktop app', () => {
  it('asks where, starting in Documents with the export’s name, and writes the file there whole', async () => {
    const target = join(folder, 'Brief.docx');
    choose(target);
    await expect(save(fromOurPage, request())).resolves.toEqual({ ok: true, value: { savedAs: target } });

    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      electron.ownerWindow,
      expect.objectContaining({
        defaultPath: join(electron.documents, 'From Policy to Action.docx'),
        filters: [{ name: 'Word document', extensions: ['docx'] }],
      }),
    );
    expect(await readFile(target)).toEqual(DOCX);
    // No temporary file is left beside it.
    expect(await readdir(folder)).toEqual(['Brief.docx']);
    expect(electron.showItemInFolder).not.toHaveBeenCalled();
  });

  it('replaces a file the user chose to overwrite', async () => {
    const target = join(folder, 'Brief.md');
    await writeFile(target, 'the old brief');
    choose(target);
    await save(fromOurPage, request({ fileName: 'Brief.md', base64: Buffer.from('# The new brief').toString('base64') }));
    expect(await readFile(target, 'utf8')).toBe('# The new brief');
    expect(await readdir(folder)).toEqual(['Brief.md']);
  });

  it('adds the extension when the user typed a name without one', async () => {
    choose(join(folder, 'Brief'));
    await expect(save(fromOurPage, request({ fileName: 'Brief.pdf' }))).resolves.toEqual({ ok: true, value: { savedAs: join(folder, 'Brief.pdf') } });
    expect(await readdir(folder)).toEqual(['Brief.pdf']);
  });

  it('shows the saved file in its folder when asked to', async () => {
    const target = join(folder, 'Brief.html');
    choose(target);
    await save(fromOurPage, request({ fileName: 'Brief.html', revealFolder: true }));
    expect(electron.showItemInFolder).toHaveBeenCalledWith(target);
  });

  it('writes nothing when the user cancels the dialog', async () => {
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(save(fromOurPage, request({ revealFolder: true }))).resolves.toEqual({ ok: true, value: { cancelled: true } });
    expect(await readdir(folder)).toEqual([]);
    expect(electron.showItemInFolder).not.toHaveBeenCalled();
  });

  it('says in words why it could not write, and leaves nothing behind', async () => {
    choose(join(folder, 'gone', 'Brief.docx'));
    const reply = await save(fromOurPage, request({ revealFolder: true }));
    expect(reply).toEqual({ ok: false, error: { type: 'internal', message: `The folder ${join(folder, 'gone')} no longer exists. Choose another folder. Nothing was saved.` } });
    expect(electron.showItemInFolder).not.toHaveBeenCalled();

    await mkdir(join(folder, 'Brief.docx'));
    choose(join(folder, 'Brief.docx'));
    const onFolder = await save(fromOurPage, request());
    expect(onFolder.ok).toBe(false);
    expect(await readdir(folder)).toEqual(['Brief.docx']);
  });

  it.each([
    ['a full disk', 'ENOSPC', 'There is not enough space on the disk for Brief.docx'],
    ['a folder it may not write in', 'EACCES', 'Rapporteur is not allowed to write in /media/usb'],
    ['a read-only disk', 'EROFS', '/media/usb cannot be written to'],
  ])('explains %s', (_what, code, message) => {
    const error = Object.assign(new Error(`${code}: raw system message`), { code });
    expect(describeWriteError(error, '/media/usb/Brief.docx')).toContain(message);
  });
});

describe('a path the core refuses to write to', () => {
  it('is explained in one sentence, saying once that nothing was saved', () => {
    const error = new Error('/media/usb/Brief.docx is a named pipe (FIFO), not a file; Rapporteur writes only a new file or replaces a regular one. Give the name of a file. Nothing was written.');
    expect(describeWriteError(error, '/media/usb/Brief.docx')).toBe(
      'Brief.docx could not be saved: /media/usb/Brief.docx is a named pipe (FIFO), not a file; Rapporteur writes only a new file or replaces a regular one. Give the name of a file. Nothing was saved.',
    );
  });
});

describe('what the save handler refuses', () => {
  const refused = async (event: IpcMainInvokeEvent, body: unknown) => {
    const reply = await save(event, body);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
    expect(reply.ok).toBe(false);
    return reply.ok ? undefined : reply.error;
  };

  it.each([
    ['a web page', 'https://example.org/'],
    ['another local file', pathToFileURL('/tmp/evil.html').href],
  ])('refuses %s', async (_what, url) => {
    const error = await refused({ sender: {}, senderFrame: { url } } as unknown as IpcMainInvokeEvent, request());
    expect(error?.type).toBe('unauthorized');
  });

  it('refuses a frame that has gone', async () => {
    expect((await refused({ sender: {}, senderFrame: null } as unknown as IpcMainInvokeEvent, request()))?.type).toBe('unauthorized');
  });

  it.each(['../Brief.docx', 'reports/Brief.docx', '/etc/cron.d/Brief.docx', '..\\Brief.docx', 'C:Brief.docx', '.docx', '', 'Brief\n.docx', 42])(
    'refuses the path-like or empty name %j',
    async (fileName) => {
      expect((await refused(fromOurPage, request({ fileName })))?.type).toBe('invalid-input');
    },
  );

  it.each(['Brief.exe', 'Brief.docx.sh', 'Brief', 'Brief.desktop'])('refuses %s: not an export format', async (fileName) => {
    const error = await refused(fromOurPage, request({ fileName }));
    expect(error?.message).toContain('.docx, .md, .html, .pdf, .gz');
  });

  it('accepts each export format and library bundles, whatever the case of its extension', () => {
    for (const fileName of ['Brief.docx', 'Brief.md', 'Brief.html', 'Brief.pdf', 'Workshop report — Islamabad.DOCX', 'rapporteur-bundle-2026-11-24.json.gz']) {
      expect(checkFileName(fileName)).not.toHaveProperty('problem');
    }
  });

  it('refuses data that is not base64, and anything over 64 MB without decoding it', async () => {
    expect((await refused(fromOurPage, request({ base64: 'not base64!' })))?.message).toContain('arrived damaged');
    expect((await refused(fromOurPage, request({ base64: undefined })))?.type).toBe('invalid-input');
    const overLimit = 'A'.repeat(Math.ceil((MAX_SAVE_FILE_BYTES + 1) / 3) * 4);
    expect((await refused(fromOurPage, request({ base64: overLimit })))?.message).toContain('over 64 MB');
  });

  it('refuses a request that is not an object', async () => {
    expect((await refused(fromOurPage, 'Brief.docx'))?.type).toBe('invalid-input');
    expect((await refused(fromOurPage, null))?.type).toBe('invalid-input');
  });

  it('is registered on its own channel', () => {
    const ipcMain = { handle: vi.fn() };
    registerSaveFile(ipcMain as unknown as IpcMain, isOurs);
    expect(ipcMain.handle).toHaveBeenCalledWith('rapporteur:save-file', expect.any(Function));
  });
});

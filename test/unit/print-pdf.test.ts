import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { printHtmlToPdf } from '../../electron/main/print-pdf';

type RequestFilter = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

type PermissionHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;

interface FakeSession {
  filter: RequestFilter | undefined;
  permissions: PermissionHandler | undefined;
  webRequest: { onBeforeRequest(filter: RequestFilter): void };
  setPermissionRequestHandler(handler: PermissionHandler): void;
}

const electron = vi.hoisted(() => {
  const printSession: FakeSession = {
    filter: undefined,
    permissions: undefined,
    webRequest: {
      onBeforeRequest(filter) {
        printSession.filter = filter;
      },
    },
    setPermissionRequestHandler(handler) {
      printSession.permissions = handler;
    },
  };
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    static printFailure: Error | undefined;
    loaded: { file: string; html: string } | undefined;
    destroyed = false;
    readonly webContents = {
      printToPDF: vi.fn((options: Record<string, unknown>) => {
        void options;
        const failure = FakeBrowserWindow.printFailure;
        return failure ? Promise.reject(failure) : Promise.resolve(Buffer.from('%PDF-1.7 printed'));
      }),
    };
    constructor(readonly options: { show: boolean; webPreferences: Record<string, unknown> }) {
      FakeBrowserWindow.created.push(this);
    }
    loadFile(file: string) {
      this.loaded = { file, html: readFileSync(file, 'utf8') };
      return Promise.resolve();
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { FakeBrowserWindow, printSession, fromPartition: vi.fn(() => printSession) };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeBrowserWindow,
  session: { fromPartition: electron.fromPartition },
}));

const PAGE = '<!doctype html><html><head><title>Brief</title></head><body><h1>Brief</h1></body></html>';

beforeEach(() => {
  electron.FakeBrowserWindow.created.length = 0;
  electron.FakeBrowserWindow.printFailure = undefined;
});

describe('printing an exported page to PDF in the desktop app', () => {
  it('prints the page from a temporary file in a hidden window with scripts off, then cleans up', async () => {
    const pdf = await printHtmlToPdf(PAGE);
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 printed');

    const [window] = electron.FakeBrowserWindow.created;
    expect(window!.options.show).toBe(false);
    expect(window!.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, session: electron.printSession });
    expect(electron.fromPartition).toHaveBeenCalledWith('rapporteur-print');
    expect(window!.loaded!.html).toBe(PAGE);
    // The page's own @page rules decide paper size, margins and landscape pages.
    expect(window!.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ preferCSSPageSize: true, printBackground: true }));
    expect(window!.destroyed).toBe(true);
    expect(existsSync(dirname(window!.loaded!.file))).toBe(false);
  });

  it('lets the page load nothing but its own file, and grants no permission', async () => {
    await printHtmlToPdf(PAGE);
    const [window] = electron.FakeBrowserWindow.created;
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      electron.printSession.filter!({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide(`file://${window!.loaded!.file}`)).toBe(false);
    expect(decide('https://tracker.example/pixel.png')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    let granted: boolean | undefined;
    electron.printSession.permissions!({}, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
  });

  it('closes the window and removes the file when printing fails, and passes the failure on', async () => {
    electron.FakeBrowserWindow.printFailure = new Error('printer on fire');
    await expect(printHtmlToPdf(PAGE)).rejects.toThrow('printer on fire');
    const [window] = electron.FakeBrowserWindow.created;
    expect(window!.destroyed).toBe(true);
    expect(existsSync(dirname(window!.loaded!.file))).toBe(false);
  });
});

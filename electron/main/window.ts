import { BrowserWindow, dialog, shell, type MessageBoxSyncOptions, type WebContents } from 'electron';
import { attachContextMenu } from './context-menu';
import { externalLinkTarget } from './external-links';
import type { RendererLocation } from './renderer-location';

export interface MainWindowOptions {
  preload: string;
  location: RendererLocation;
  isAppUrl: (url: string) => boolean;
}

export function createMainWindow({ preload, location, isAppUrl }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Rapporteur',
    show: false,
    backgroundColor: '#f7f6f2',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: true,
    },
  });
  guardNavigation(window.webContents, isAppUrl);
  attachContextMenu(window.webContents);
  askBeforeLosingChanges(window.webContents);
  window.once('ready-to-show', () => window.show());
  const loading = location.kind === 'dev' ? window.loadURL(location.url) : window.loadFile(location.file);
  loading.catch((error: unknown) => console.error('rapporteur: the window could not load its page:', error));
  return window;
}

/**
 * The window only ever shows our page: new windows are refused (web links go to
 * the browser), navigation elsewhere is stopped, and <webview> is never attached.
 */
export function guardNavigation(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(({ url }) => {
    const target = externalLinkTarget(url);
    if (target) void shell.openExternal(target);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

const UNSAVED_CHANGES: MessageBoxSyncOptions = {
  type: 'warning',
  title: 'Changes not saved yet',
  message: 'Some changes are not saved yet.',
  detail: 'Stay to finish them (a document saves itself; a form needs Save). If you close now, they may be lost.',
  buttons: ['Stay', 'Close Anyway'],
  defaultId: 0,
  cancelId: 0,
};

/**
 * Closing runs the page's beforeunload (the window is never destroyed from
 * here). When the page holds the close because a save is pending, Electron
 * would silently keep the window open: ask instead.
 */
export function askBeforeLosingChanges(contents: WebContents): void {
  contents.on('will-prevent-unload', (event) => {
    const owner = BrowserWindow.fromWebContents(contents);
    const choice = owner ? dialog.showMessageBoxSync(owner, UNSAVED_CHANGES) : dialog.showMessageBoxSync(UNSAVED_CHANGES);
    // Preventing the prevention: the page unloads after all.
    if (choice === 1) event.preventDefault();
  });
}

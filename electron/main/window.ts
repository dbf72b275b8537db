import { BrowserWindow, shell, type WebContents } from 'electron';
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

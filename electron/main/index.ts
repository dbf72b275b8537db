import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { createCore, type Core } from '../core/container';
import { createCoreWorkers } from '../core/worker';
import { BackupScheduler } from '../core/library/backups';
import { APP_NAME, defaultLibraryPath, userDataFolder } from '../core/paths';
import { contentSecurityPolicy } from '../../shared/csp';
import type { MenuCommand } from '../../shared/desktop-shell';
import { COMMAND_CHANNEL } from '../preload/channel';
import { registerApi } from './ipc';
import { menuTemplate } from './menu';
import { printHtmlToPdf } from './print-pdf';
import { isAppUrl, rendererLocation } from './renderer-location';
import { registerSaveFile } from './save-file';
import { hardenSession } from './session';
import { createMainWindow } from './window';
import { messageOf } from '../../shared/errors';

/** The Electron shell: lifecycle, one window, the API channel, menus and file saving. Everything the app does is in the core. */

const location = rendererLocation(import.meta.dirname, process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const dev = location.kind === 'dev';
const isOurPage = (url: string) => isAppUrl(url, location);

/** better-sqlite3 built for Electron's ABI by scripts/electron-native.mjs; node_modules keeps Node's build for the CLI. */
function electronSqliteBinding(): string | undefined {
  const file = join(app.getAppPath(), '.electron-native', 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}


app.setName(APP_NAME);
// The same folder the CLI uses (electron/core/paths), whatever package.json calls the app.
app.setPath('userData', userDataFolder());
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let core: Core | undefined;
  let backups: BackupScheduler | undefined;
  let window: BrowserWindow | undefined;
  // Exports and the reading of files to import run on worker threads, so the window never waits on them.
  const workers = createCoreWorkers(join(import.meta.dirname, 'core-worker.js'));

  const openWindow = (): void => {
    window = createMainWindow({ preload: join(import.meta.dirname, '../preload/index.cjs'), location, isAppUrl: isOurPage });
    window.on('closed', () => {
      window = undefined;
    });
  };

  // Menu commands run in the page, which knows what each means on the screen it shows.
  const sendCommand = (id: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? window;
    if (target && !target.isDestroyed() && isOurPage(target.webContents.getURL())) target.webContents.send(COMMAND_CHANNEL, id);
  };

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  void app.whenReady().then(() => {
    const libraryPath = defaultLibraryPath();
    try {
      core = createCore({ libraryPath, nativeBinding: electronSqliteBinding(), exporter: workers.exporter, reader: workers.reader, printPdf: printHtmlToPdf });
    } catch (error) {
      dialog.showErrorBox('Rapporteur could not open its library', `${messageOf(error)}\n\nLibrary: ${libraryPath}`);
      app.quit();
      return;
    }
    // A snapshot on start and every 15 minutes while the library changes (electron/core/library/backups.ts).
    backups = new BackupScheduler(core.backups, core.library);
    void backups.start();
    hardenSession(session.defaultSession, contentSecurityPolicy({ dev, delivery: 'header' }));
    registerApi(ipcMain, core.call, isOurPage);
    registerSaveFile(ipcMain, isOurPage);
    app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion() });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ dev, platform: process.platform, sendCommand })));
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    backups?.stop();
    core?.close();
    core = undefined;
    void workers.close();
  });
}

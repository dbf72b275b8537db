import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';

/** Print pages load in a session of their own: in memory, with no network and none of the app's permissions. */
const PRINT_PARTITION = 'rapporteur-print';
const PRINT_FOLDER_PREFIX = 'rapporteur-print-';

/**
 * Prints an exported HTML page to PDF with Chromium, as the user's browser
 * would: a hidden window with scripts off loads the page from a temporary
 * file (the page's own print CSS sets paper, margins and landscape pages),
 * and nothing but that file may load.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), PRINT_FOLDER_PREFIX));
  const file = join(folder, 'document.html');
  const printSession = session.fromPartition(PRINT_PARTITION);
  const allowed = pathToFileURL(join(tmpdir(), PRINT_FOLDER_PREFIX)).href;
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith(allowed) }));
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    },
  });
  try {
    await writeFile(file, html, 'utf8');
    await window.loadFile(file);
    return await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false });
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}

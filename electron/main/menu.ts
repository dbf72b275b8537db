import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_LABELS, type MenuCommand } from '../../shared/desktop-shell';

export interface MenuOptions {
  dev: boolean;
  platform: NodeJS.Platform;
  /** Runs a command in the focused window's page (the page owns every command; see commands.tsx). */
  sendCommand: (id: MenuCommand) => void;
}

/**
 * The same keys as the page's shortcuts. When the page runs a shortcut it
 * swallows the key, so the menu fires only when the page left the key alone;
 * either way the command runs in the page, once.
 */
const ACCELERATORS: Partial<Record<MenuCommand, string>> = {
  'document.new': 'CmdOrCtrl+Alt+N',
  'document.export': 'CmdOrCtrl+E',
  'document.print': 'CmdOrCtrl+P',
  'document.history': 'CmdOrCtrl+Shift+H',
  'app.palette': 'CmdOrCtrl+K',
  'app.help': 'F1',
  'library.import': 'CmdOrCtrl+O',
  // library.search is "/" in the page: as an accelerator it would take the key from every text field.
};

/** The standard roles, the page's commands by id, and reload and developer tools only while developing. */
export function menuTemplate({ dev, platform, sendCommand }: MenuOptions): MenuItemConstructorOptions[] {
  const command = (id: MenuCommand): MenuItemConstructorOptions => ({
    id,
    label: MENU_COMMAND_LABELS[id],
    ...(ACCELERATORS[id] ? { accelerator: ACCELERATORS[id] } : {}),
    click: () => sendCommand(id),
  });
  const mac = platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    command('library.search'),
    { type: 'separator' },
    ...(dev
      ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
      : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    {
      label: '&File',
      submenu: [
        command('document.new'),
        command('capture.open'),
        { type: 'separator' },
        command('document.export'),
        command('document.print'),
        command('document.history'),
        { type: 'separator' },
        command('library.import'),
        command('library.bundle-export'),
        command('library.bundle-import'),
        command('library.backups'),
        { type: 'separator' },
        // On macOS quitting lives in the app menu; File closes the window instead.
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('app.palette'),
      ],
    },
    { label: '&View', submenu: view },
    {
      label: '&Help',
      role: 'help',
      submenu: [command('app.help'), ...(mac ? [] : [{ type: 'separator' } as const, { role: 'about', label: 'About Rapporteur' } as const])],
    },
  ];
}

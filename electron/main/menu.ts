import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  dev: boolean;
  platform: NodeJS.Platform;
}

/** A minimal menu: the standard roles, with reload and developer tools only while developing. */
export function menuTemplate({ dev, platform }: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
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
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { label: '&File', submenu: [{ role: 'quit' }] },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: view },
    { label: '&Help', role: 'help', submenu: [{ role: 'about', label: 'About Rapporteur' }] },
  ];
}

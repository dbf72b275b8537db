import { pathToFileURL } from 'node:url';
import type { IpcMain, IpcMainInvokeEvent, MenuItemConstructorOptions, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Transport } from '../../shared/client';
import { METHOD_NAMES } from '../../shared/methods';
import { contentSecurityPolicy } from '../../shared/csp';
import { createApiHandler, registerApi } from '../../electron/main/ipc';
import { menuTemplate, type MenuOptions } from '../../electron/main/menu';
import { MENU_COMMANDS, type DesktopShell } from '../../shared/desktop-shell';
import { isAppUrl, rendererLocation, type RendererLocation } from '../../electron/main/renderer-location';
import { hardenSession } from '../../electron/main/session';
import { createMainWindow } from '../../electron/main/window';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  class FakeWebContents {
    windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
    readonly listeners = new Map<string, Listener>();
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
  }
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    static fromWebContents(contents: FakeWebContents) {
      return FakeBrowserWindow.created.find((window) => window.webContents === contents) ?? null;
    }
    readonly webContents = new FakeWebContents();
    readonly loadFile = vi.fn(() => Promise.resolve());
    readonly loadURL = vi.fn(() => Promise.resolve());
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      FakeBrowserWindow.created.push(this);
    }
    once() {
      return this;
    }
    show() {}
  }
  /** ipcRenderer's listeners by channel, so a test can play main sending a message. */
  const rendererListeners = new Map<string, Set<Listener>>();
  return {
    FakeBrowserWindow,
    rendererListeners,
    exposeInMainWorld: vi.fn(),
    invoke: vi.fn(),
    on: vi.fn((channel: string, listener: Listener) => {
      rendererListeners.set(channel, (rendererListeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => rendererListeners.get(channel)?.delete(listener)),
    openExternal: vi.fn(() => Promise.resolve()),
    showMessageBoxSync: vi.fn(() => 0),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener },
  BrowserWindow: electron.FakeBrowserWindow,
  shell: { openExternal: electron.openExternal },
  dialog: { showMessageBoxSync: electron.showMessageBoxSync },
}));

const rendererFile = '/opt/rapporteur/out/renderer/index.html';
const builtPage: RendererLocation = { kind: 'file', file: rendererFile };
const ourUrl = `${pathToFileURL(rendererFile).href}#/library`;
const isOurs = (url: string) => isAppUrl(url, builtPage);

beforeEach(() => {
  vi.clearAllMocks();
  electron.FakeBrowserWindow.created = [];
  electron.rendererListeners.clear();
});

/** Runs the preload afresh and returns what it put in the page's world, by name. */
async function loadPreload(): Promise<Map<string, unknown>> {
  vi.resetModules();
  await import('../../electron/preload/index');
  return new Map(electron.exposeInMainWorld.mock.calls as unknown as [string, unknown][]);
}

/** Main sending a message to the page on `channel`. */
function sendToPage(channel: string, ...args: unknown[]): void {
  for (const listener of electron.rendererListeners.get(channel) ?? []) listener({}, ...args);
}

describe('preload', () => {
  it('exposes exactly the API methods as window.rapporteur and forwards each call on the API channel', async () => {
    electron.invoke.mockResolvedValue({ ok: true, value: { results: [] } });
    const exposed = await loadPreload();

    expect([...exposed.keys()].sort()).toEqual(['rapporteur', 'rapporteurShell']);
    const bridge = exposed.get('rapporteur') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) expect(typeof bridge[method]).toBe('function');

    await expect(bridge.search!({ query: 'delivery' })).resolves.toEqual({ ok: true, value: { results: [] } });
    expect(electron.invoke).toHaveBeenCalledWith('rapporteur:api', 'search', { query: 'delivery' });
  });

  it('exposes only onCommand and saveFile as window.rapporteurShell', async () => {
    const shell = (await loadPreload()).get('rapporteurShell') as DesktopShell;
    expect(Object.keys(shell).sort()).toEqual(['onCommand', 'saveFile']);
  });

  it('passes menu commands on the list to the page and drops anything else', async () => {
    const shell = (await loadPreload()).get('rapporteurShell') as DesktopShell;
    const received: string[] = [];
    const unsubscribe = shell.onCommand((id) => received.push(id));
    for (const id of MENU_COMMANDS) sendToPage('rapporteur:command', id);
    for (const id of ['document.delete-everything', 'constructor', '__proto__', 42, null, { id: 'app.help' }]) sendToPage('rapporteur:command', id);
    expect(received).toEqual(MENU_COMMANDS);

    unsubscribe();
    sendToPage('rapporteur:command', 'app.help');
    expect(received).toEqual(MENU_COMMANDS);
    expect(electron.removeListener).toHaveBeenCalledWith('rapporteur:command', expect.any(Function));
  });

  it('sends a save request with only its three fields, and turns a refusal into an error with its message', async () => {
    const shell = (await loadPreload()).get('rapporteurShell') as DesktopShell;
    electron.invoke.mockResolvedValueOnce({ ok: true, value: { savedAs: '/home/amina/Documents/Brief.docx' } });
    const request = { fileName: 'Brief.docx', base64: 'UEsDBA==', revealFolder: true, path: '/etc/passwd' };
    await expect(shell.saveFile(request)).resolves.toEqual({ savedAs: '/home/amina/Documents/Brief.docx' });
    expect(electron.invoke).toHaveBeenCalledWith('rapporteur:save-file', { fileName: 'Brief.docx', base64: 'UEsDBA==', revealFolder: true });

    electron.invoke.mockResolvedValueOnce({ ok: false, error: { type: 'internal', message: 'There is not enough space on the disk for Brief.docx.' } });
    await expect(shell.saveFile(request)).rejects.toThrow('There is not enough space on the disk for Brief.docx.');
  });
});

describe('the API handler in main', () => {
  const envelope = { ok: true as const, value: { items: [], total: 0 } };
  const event = (url: string | undefined) =>
    ({ senderFrame: url === undefined ? null : { url } }) as unknown as IpcMainInvokeEvent;

  it('forwards a call from our own page to the core and returns its envelope', async () => {
    const call = vi.fn<Transport>().mockResolvedValue(envelope);
    const handler = createApiHandler(call, isOurs);
    await expect(handler(event(ourUrl), 'items.list', { kind: 'lesson' })).resolves.toEqual(envelope);
    expect(call).toHaveBeenCalledWith('items.list', { kind: 'lesson' });
  });

  it.each([
    ['a web page', 'https://example.org/'],
    ['another local file', pathToFileURL('/tmp/evil.html').href],
    ['a file next to ours', pathToFileURL('/opt/rapporteur/out/renderer/other.html').href],
    ['a frame that has gone', undefined],
  ])('refuses a call from %s without calling the core', async (_what, url) => {
    const call = vi.fn<Transport>();
    const reply = await createApiHandler(call, isOurs)(event(url), 'items.list', { kind: 'lesson' });
    expect(reply).toMatchObject({ ok: false, error: { type: 'unauthorized' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('registers one handler, on the API channel', () => {
    const ipcMain = { handle: vi.fn() };
    registerApi(ipcMain as unknown as IpcMain, vi.fn<Transport>(), isOurs);
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(ipcMain.handle).toHaveBeenCalledWith('rapporteur:api', expect.any(Function));
  });
});

describe('our page', () => {
  it('is the built index.html, or the dev server only when the app is not packaged', () => {
    expect(rendererLocation('/opt/rapporteur/out/main', undefined, false)).toEqual(builtPage);
    expect(rendererLocation('/opt/rapporteur/out/main', 'http://localhost:5173', true)).toEqual(builtPage);
    const dev = rendererLocation('/opt/rapporteur/out/main', 'http://localhost:5173', false);
    expect(dev).toEqual({ kind: 'dev', url: 'http://localhost:5173' });
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('not a url', dev)).toBe(false);
  });
});

describe('the window', () => {
  const open = () => {
    createMainWindow({ preload: '/opt/rapporteur/out/preload/index.cjs', location: builtPage, isAppUrl: isOurs });
    const window = electron.FakeBrowserWindow.created[0]!;
    return { window, contents: window.webContents };
  };

  it('is isolated and sandboxed, without Node in the page, and loads our page', () => {
    const { window } = open();
    expect(window.options.webPreferences).toMatchObject({
      preload: '/opt/rapporteur/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.loadFile).toHaveBeenCalledWith(rendererFile);
  });

  it('opens no new windows; web links go to the browser', () => {
    const { contents } = open();
    expect(contents.windowOpenHandler!({ url: 'https://www.gov.uk/report' })).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledWith('https://www.gov.uk/report');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<p>hi</p>', 'smb://server/share', 'not a url'])(
    'never hands %s to the operating system',
    (url) => {
      const { contents } = open();
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
      expect(electron.openExternal).not.toHaveBeenCalled();
    },
  );

  it('stays on our page: navigation elsewhere is stopped', () => {
    const { contents } = open();
    const navigate = contents.listeners.get('will-navigate')!;
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      const preventDefault = vi.fn();
      navigate({ url, preventDefault });
      expect(preventDefault, url).toHaveBeenCalled();
    }
    const preventDefault = vi.fn();
    navigate({ url: ourUrl, preventDefault });
    expect(preventDefault).not.toHaveBeenCalled();
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('lets the page hold a close while it saves, and asks before closing anyway', () => {
    const { contents } = open();
    const preventUnload = contents.listeners.get('will-prevent-unload')!;

    electron.showMessageBoxSync.mockReturnValueOnce(0);
    const stay = vi.fn();
    preventUnload({ preventDefault: stay });
    expect(stay).not.toHaveBeenCalled();
    expect(electron.showMessageBoxSync).toHaveBeenCalledWith(
      electron.FakeBrowserWindow.created[0],
      expect.objectContaining({ buttons: ['Stay', 'Close Anyway'], cancelId: 0 }),
    );

    electron.showMessageBoxSync.mockReturnValueOnce(1);
    const leave = vi.fn();
    preventUnload({ preventDefault: leave });
    expect(leave).toHaveBeenCalled();
  });

  it('gives the page a right-click menu', () => {
    const { contents } = open();
    expect(contents.listeners.get('context-menu')).toBeTypeOf('function');
  });

  it('never attaches a <webview>', () => {
    const { contents } = open();
    const preventDefault = vi.fn();
    contents.listeners.get('will-attach-webview')!({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('the session', () => {
  it('refuses every permission and sends the CSP header', () => {
    let requestHandler: Listener = () => {};
    let checkHandler: (...args: unknown[]) => boolean = () => true;
    let headersListener: Listener = () => {};
    const session = {
      setPermissionRequestHandler: (handler: Listener) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => (checkHandler = handler),
      webRequest: { onHeadersReceived: (listener: Listener) => (headersListener = listener) },
    };
    const policy = contentSecurityPolicy({ dev: false, delivery: 'header' });
    hardenSession(session as unknown as Session, policy);

    const granted = vi.fn();
    requestHandler({} as WebContents, 'media', granted, {});
    expect(granted).toHaveBeenCalledWith(false);
    expect(checkHandler(null, 'clipboard-read', 'file://', {})).toBe(false);

    const respond = vi.fn();
    headersListener({ responseHeaders: { 'Content-Type': ['text/html'] } }, respond);
    expect(respond).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [policy] },
    });
  });

  it('has a strict policy: scripts and styles from the app only, no frames, no plugins', () => {
    const header = contentSecurityPolicy({ dev: false, delivery: 'header' });
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(header.split('; ')).toContain(directive);
    }
    expect(header).not.toContain('unsafe');
    // Browsers ignore frame-ancestors in a <meta> and complain about it.
    expect(contentSecurityPolicy({ dev: false, delivery: 'meta' })).not.toContain('frame-ancestors');
  });
});

describe('the menu', () => {
  const template = (options: Partial<MenuOptions> = {}) => menuTemplate({ dev: false, platform: 'linux', sendCommand: () => {}, ...options });
  const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
  const submenu = (menu: MenuItemConstructorOptions[], label: string) =>
    (menu.find((item) => item.label === label)!.submenu as MenuItemConstructorOptions[]).map((item) => item.id ?? item.role ?? item.type);

  it('has File, Edit, View and Help with the page’s commands in their places', () => {
    const menu = template();
    expect(submenu(menu, '&File')).toEqual([
      'document.new',
      'capture.open',
      'separator',
      'document.export',
      'document.print',
      'document.history',
      'separator',
      'library.import',
      'library.bundle-export',
      'library.bundle-import',
      'library.backups',
      'separator',
      'quit',
    ]);
    expect(submenu(menu, '&Edit')).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll', 'separator', 'app.palette']);
    expect(submenu(menu, '&View')).toEqual(['library.search', 'separator', 'resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
    expect(submenu(menu, '&Help')).toEqual(['app.help', 'separator', 'about']);
    const labels = Object.fromEntries(items(menu).filter((item) => item.id).map((item) => [item.id, item.label]));
    expect(labels).toMatchObject({ 'document.new': 'New Document…', 'document.export': 'Export…', 'document.print': 'Print to PDF…', 'app.palette': 'Command Palette…' });
  });

  it('sends each command’s id to the page when its item is chosen', () => {
    const sendCommand = vi.fn();
    const commands = items(template({ sendCommand })).filter((item) => item.id);
    expect(commands.map((item) => item.id).sort()).toEqual([...MENU_COMMANDS].sort());
    for (const item of commands) {
      sendCommand.mockClear();
      (item.click as () => void)();
      expect(sendCommand).toHaveBeenCalledExactlyOnceWith(item.id);
    }
  });

  it('uses the page’s shortcuts as accelerators, and never a key that types text', () => {
    const accelerators = Object.fromEntries(items(template()).filter((item) => item.id).map((item) => [item.id, item.accelerator]));
    expect(accelerators).toEqual({
      'document.new': 'CmdOrCtrl+Alt+N',
      'capture.open': undefined,
      'document.export': 'CmdOrCtrl+E',
      'document.print': 'CmdOrCtrl+P',
      'document.history': 'CmdOrCtrl+Shift+H',
      'app.palette': 'CmdOrCtrl+K',
      'library.search': undefined,
      'app.help': 'F1',
      'library.import': 'CmdOrCtrl+O',
      'library.bundle-export': undefined,
      'library.bundle-import': undefined,
      'library.backups': undefined,
    });
  });

  it('follows macOS: the app menu first, and File closes the window instead of quitting', () => {
    const menu = template({ platform: 'darwin' });
    expect(menu[0]).toEqual({ role: 'appMenu' });
    expect(submenu(menu, '&File').at(-1)).toBe('close');
  });

  const roles = (template: ReturnType<typeof menuTemplate>): string[] =>
    template.flatMap((item) => [
      ...(item.role ? [item.role] : []),
      ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
    ]);

  it('offers developer tools and reload only while developing', () => {
    expect(roles(template())).not.toContain('toggleDevTools');
    expect(roles(template())).not.toContain('reload');
    expect(roles(template({ dev: true }))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
    expect(roles(template())).toEqual(expect.arrayContaining(['quit', 'copy', 'paste', 'about']));
  });
});

import { pathToFileURL } from 'node:url';
import type { IpcMain, IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Transport } from '../../shared/client';
import { METHOD_NAMES } from '../../shared/methods';
import { contentSecurityPolicy } from '../../shared/csp';
import { createApiHandler, registerApi } from '../../electron/main/ipc';
import { menuTemplate } from '../../electron/main/menu';
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
  return {
    FakeBrowserWindow,
    exposeInMainWorld: vi.fn(),
    invoke: vi.fn(),
    openExternal: vi.fn(() => Promise.resolve()),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
  BrowserWindow: electron.FakeBrowserWindow,
  shell: { openExternal: electron.openExternal },
}));

const rendererFile = '/opt/rapporteur/out/renderer/index.html';
const builtPage: RendererLocation = { kind: 'file', file: rendererFile };
const ourUrl = `${pathToFileURL(rendererFile).href}#/library`;
const isOurs = (url: string) => isAppUrl(url, builtPage);

beforeEach(() => {
  vi.clearAllMocks();
  electron.FakeBrowserWindow.created = [];
});

describe('preload', () => {
  it('exposes exactly the API methods as window.rapporteur and forwards each call on the API channel', async () => {
    electron.invoke.mockResolvedValue({ ok: true, value: { results: [] } });
    await import('../../electron/preload/index');

    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, bridge] = electron.exposeInMainWorld.mock.calls[0] as [string, Record<string, (input: unknown) => Promise<unknown>>];
    expect(key).toBe('rapporteur');
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of METHOD_NAMES) expect(typeof bridge[method]).toBe('function');

    await expect(bridge.search!({ query: 'delivery' })).resolves.toEqual({ ok: true, value: { results: [] } });
    expect(electron.invoke).toHaveBeenCalledWith('rapporteur:api', 'search', { query: 'delivery' });
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
  const roles = (template: ReturnType<typeof menuTemplate>): string[] =>
    template.flatMap((item) => [
      ...(item.role ? [item.role] : []),
      ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
    ]);

  it('offers developer tools and reload only while developing', () => {
    expect(roles(menuTemplate({ dev: false, platform: 'linux' }))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate({ dev: false, platform: 'linux' }))).not.toContain('reload');
    expect(roles(menuTemplate({ dev: true, platform: 'linux' }))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
    expect(roles(menuTemplate({ dev: false, platform: 'linux' }))).toEqual(expect.arrayContaining(['quit', 'copy', 'paste', 'about']));
  });
});

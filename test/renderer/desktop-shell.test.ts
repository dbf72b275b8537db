// @vitest-environment happy-dom
import { act, createElement, useMemo, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCommands } from '../../renderer/src/commands/commands';
import { CommandsProvider } from '../../renderer/src/commands/commands';
import { DesktopMenuBridge } from '../../renderer/src/desktop';
import { AlertRegion, ErrorReportsProvider } from '../../renderer/src/ErrorReports';
import { base64ToBytes } from '../../renderer/src/base64';
import { saveExport } from '../../renderer/src/save-file';
import type { DesktopShell } from '../../shared/desktop-shell';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

/** Plays the preload: the test sends menu commands through `send`. */
function fakeShell() {
  const listeners = new Set<(id: string) => void>();
  const shell: DesktopShell = {
    onCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    saveFile: vi.fn(() => Promise.resolve({ savedAs: '/home/amina/Documents/Brief.docx' })),
  };
  return { shell, listeners, send: (id: string) => listeners.forEach((listener) => listener(id)) };
}

let root: Root;
let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  delete window.rapporteurShell;
  vi.restoreAllMocks();
});

function ExportCommand({ onExport }: { onExport: () => void }): ReactNode {
  useCommands(useMemo(() => [{ id: 'document.export', title: 'Export…', group: 'Document', run: onExport }], [onExport]));
  return null;
}

function render(children: ReactNode) {
  act(() => root.render(createElement(ErrorReportsProvider, null, createElement(CommandsProvider, null, createElement(AlertRegion), children))));
}

describe('menu commands in the desktop app', () => {
  it('runs the command a menu item sends, as the palette would', () => {
    const { shell, send } = fakeShell();
    window.rapporteurShell = shell;
    const onExport = vi.fn();
    render([createElement(ExportCommand, { key: 'export', onExport }), createElement(DesktopMenuBridge, { key: 'bridge' })]);

    act(() => send('document.export'));
    expect(onExport).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[role=alert]')!.textContent).toBe('');
  });

  it('says so when the screen does not offer the command, and stops listening when gone', () => {
    const { shell, send, listeners } = fakeShell();
    window.rapporteurShell = shell;
    render(createElement(DesktopMenuBridge));

    act(() => send('document.print'));
    expect(container.querySelector('[role=alert]')!.textContent).toBe('“Print to PDF…” works on an open document: open one first.');

    act(() => root.render(null));
    expect(listeners.size).toBe(0);
  });

  it('does nothing in browser mode', () => {
    expect(() => render(createElement(DesktopMenuBridge))).not.toThrow();
  });
});

describe('saving an export', () => {
  const file = { fileName: 'Brief.md', mediaType: 'text/markdown', base64: btoa('# Brief\n\nLessons from Punjab') };

  it('decodes base64 to the bytes it encodes', () => {
    expect([...base64ToBytes('AAEC/w==')]).toEqual([0, 1, 2, 255]);
    expect(new TextDecoder().decode(base64ToBytes(file.base64))).toBe('# Brief\n\nLessons from Punjab');
  });

  it('uses the save dialog in the desktop app', async () => {
    const { shell } = fakeShell();
    window.rapporteurShell = shell;
    await expect(saveExport(file, { revealFolder: true })).resolves.toEqual({ savedAs: '/home/amina/Documents/Brief.docx' });
    expect(shell.saveFile).toHaveBeenCalledWith({ fileName: 'Brief.md', base64: file.base64, revealFolder: true });
  });

  it('downloads the file under its name in browser mode, then frees it', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:rapporteur/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href')!, download: this.download });
    });

    await expect(saveExport(file, { revealFolder: true })).resolves.toEqual({ savedAs: 'Brief.md' });
    expect(clicked).toEqual([{ href: 'blob:rapporteur/1', download: 'Brief.md' }]);
    expect(blobs[0]!.type).toBe('text/markdown');
    expect(await blobs[0]!.text()).toBe('# Brief\n\nLessons from Punjab');
    expect(document.querySelector('a[download]')).toBeNull();
    await vi.waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:rapporteur/1'));
  });
});

import { useEffect } from 'react';
import { isMenuCommand, MENU_COMMAND_LABELS, type DesktopShell, type MenuCommand } from '../../shared/desktop-shell';
import { useRunCommand } from './commands/commands';
import { useReportError } from './ErrorReports';

declare global {
  interface Window {
    /** The desktop shell's menus and save dialog (electron/preload); absent in browser mode. */
    rapporteurShell?: DesktopShell;
  }
}

/** True in the Electron window (its preload is present), false in browser mode. */
export function isDesktop(): boolean {
  return typeof window !== 'undefined' && window.rapporteur !== undefined;
}

const REPORT_SOURCE = 'desktop-menu';

/** The menu commands only the document screen offers. */
const ON_A_DOCUMENT: ReadonlySet<MenuCommand> = new Set(['document.export', 'document.print', 'document.history']);

function unavailable(id: MenuCommand): string {
  const label = MENU_COMMAND_LABELS[id];
  return ON_A_DOCUMENT.has(id) ? `“${label}” works on an open document: open one first.` : `“${label}” is not available on this screen.`;
}

/**
 * Runs the commands the desktop app's menus send, as if chosen in the command
 * palette. A command the screen does not offer now (Export with no document
 * open) says so instead of doing nothing. Renders nothing; no-op in browser mode.
 */
export function DesktopMenuBridge(): null {
  const run = useRunCommand();
  const report = useReportError();
  useEffect(() => {
    const shell = window.rapporteurShell;
    if (!shell) return;
    return shell.onCommand((id) => {
      if (run(id)) report(REPORT_SOURCE, null);
      else if (isMenuCommand(id)) report(REPORT_SOURCE, unavailable(id));
    });
  }, [run, report]);
  return null;
}

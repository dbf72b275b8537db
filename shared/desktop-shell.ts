/**
 * What the desktop shell offers the page besides the API: the commands its
 * menus send, and saving a file through the system's save dialog. No zod here:
 * the sandboxed preload imports this to allow-list the commands.
 */

/** Each menu item that runs a renderer command, with its label in the menu; the page runs them by id. */
export const MENU_COMMAND_LABELS = {
  'document.new': 'New Document…',
  'capture.open': 'Capture a Workshop',
  'document.export': 'Export…',
  'document.print': 'Print to PDF…',
  'document.history': 'Version History',
  'library.import': 'Import a File…',
  'library.bundle-export': 'Share Library Items…',
  'library.bundle-import': 'Import a Bundle…',
  'library.backups': 'Backups…',
  'app.palette': 'Command Palette…',
  'library.search': 'Search the Library',
  'app.help': 'Keyboard Shortcuts',
} as const;

export type MenuCommand = keyof typeof MENU_COMMAND_LABELS;

export const MENU_COMMANDS = Object.keys(MENU_COMMAND_LABELS) as MenuCommand[];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && Object.hasOwn(MENU_COMMAND_LABELS, value);
}

/** An exported file to save where the user chooses. */
export interface SaveFileRequest {
  /** A plain file name ending in .docx, .md, .html or .pdf: the dialog's suggestion. */
  fileName: string;
  base64: string;
  /** Show the saved file in the system's file manager afterwards. */
  revealFolder: boolean;
}

export type SaveFileResult = { savedAs: string } | { cancelled: true };

/** `window.rapporteurShell` in the desktop app. */
export interface DesktopShell {
  /** Calls `listener` with each menu command's id; returns the unsubscribe function. */
  onCommand(listener: (id: string) => void): () => void;
  /** Rejects with a message a person can act on ("There is not enough space…"). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
}

/** The one IPC channel the renderer may use for the API: every call travels on it as (method, input). */
export const API_CHANNEL = 'rapporteur:api';

/** Where the preload puts the API in the renderer's world: `window.rapporteur`. */
export const BRIDGE_KEY = 'rapporteur';

/** Main sends a menu command's id to the page on this channel. */
export const COMMAND_CHANNEL = 'rapporteur:command';

/** The page asks main to save an exported file on this channel. */
export const SAVE_FILE_CHANNEL = 'rapporteur:save-file';

/** Where the preload puts the shell's own functions: `window.rapporteurShell`. */
export const SHELL_KEY = 'rapporteurShell';

import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Rapporteur';
export const LIBRARY_FILE = 'library.sqlite';

/**
 * The folder where the desktop app keeps its data: the same place as Electron's
 * `app.getPath('userData')` for an app named Rapporteur, so the CLI and the app share a library.
 */
export function userDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_NAME);
}

/** The library file: `RAPPORTEUR_LIBRARY` when set, otherwise the one in the user-data folder. */
export function defaultLibraryPath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return env.RAPPORTEUR_LIBRARY || join(userDataFolder(env, platform), LIBRARY_FILE);
}

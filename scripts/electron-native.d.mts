/** Types for scripts/electron-native.mjs, so TypeScript tests can import it. */
export interface NativeBuild {
  electron: string;
  betterSqlite3: string;
  platform: string;
  arch: string;
}

export const NATIVE_DIR: string;
export const BINARY_NAME: string;
export function wantedBuild(root: string, platform?: string, arch?: string): NativeBuild;
export function recordedBuild(root: string): unknown;
export function rebuildReason(recorded: unknown, wanted: NativeBuild, binaryExists: boolean): string | null;
export function ensureElectronSqlite(root?: string, options?: { force?: boolean }): boolean;
export function moduleAbi(binary: string): string | undefined;

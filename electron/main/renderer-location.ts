import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the window's page comes from: the built files, or the Vite dev server during `electron-vite dev`. */
export type RendererLocation = { kind: 'file'; file: string } | { kind: 'dev'; url: string };

/**
 * `mainDir` is out/main; the build puts the renderer in out/renderer.
 * The dev server's address is trusted only when the app is not packaged.
 */
export function rendererLocation(mainDir: string, devServerUrl: string | undefined, packaged: boolean): RendererLocation {
  if (devServerUrl && !packaged) return { kind: 'dev', url: devServerUrl };
  return { kind: 'file', file: join(mainDir, '..', 'renderer', 'index.html') };
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True when `url` is our own page (any fragment or query), so it may call the API and stay in the window. */
export function isAppUrl(url: string, location: RendererLocation): boolean {
  const candidate = parse(url);
  if (!candidate) return false;
  if (location.kind === 'dev') return candidate.origin === parse(location.url)?.origin;
  if (candidate.protocol !== 'file:') return false;
  candidate.hash = '';
  candidate.search = '';
  return candidate.href === pathToFileURL(location.file).href;
}

/**
 * The renderer's Content-Security-Policy, written once: the build puts it in
 * index.html as a <meta>, and the main process sends it as a header.
 * Shared by the desktop window, the build and the browser-mode server.
 */
export interface CspOptions {
  /** The Vite dev server injects CSS as <style> elements, so dev needs inline styles. */
  dev: boolean;
  /** Browsers ignore `frame-ancestors` in a <meta>, and warn about it. */
  delivery: 'header' | 'meta';
}

export function contentSecurityPolicy({ dev, delivery }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}

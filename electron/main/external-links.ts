/** Only web links leave the app for the browser; `file:`, `javascript:` and the rest never do. */
const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:']);

/** The link normalised for the browser, or undefined when it must not be opened. */
export function externalLinkTarget(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return EXTERNAL_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
}

/** The schemes a reader may follow from a document, in exports and in the editor. */
export const LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/**
 * A link target a reader may follow: web and mail addresses only. The export
 * model holds no other links, so no format can write a `javascript:` or `file:` one.
 */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(trimmed)?.[0].toLowerCase();
  return scheme && (LINK_SCHEMES as readonly string[]).includes(scheme) ? trimmed : null;
}

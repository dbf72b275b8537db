import { LINK_SCHEMES, safeUrl } from '../../../shared/links';

/**
 * The address when a reader may follow it from a document (web and mail
 * addresses, as the exporters keep), else null. An address typed without a
 * scheme ("example.org/report") is read as a web address.
 */
export function safeLinkUrl(typed: string): string | null {
  const trimmed = typed.trim();
  if (!trimmed) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(candidate);
    if (!(LINK_SCHEMES as readonly string[]).includes(url.protocol)) return null;
    if (url.protocol !== 'mailto:' && !url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return candidate;
  } catch {
    return null;
  }
}

/** Whether a link already in the text may stay a link (LinkPlugin's check). */
export function isSafeLinkUrl(url: string): boolean {
  return safeLinkUrl(url) === url.trim() && safeUrl(url) !== null;
}

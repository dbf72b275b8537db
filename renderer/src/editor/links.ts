import type { LinkNode } from '@lexical/link';
import { LINK_SCHEMES, safeUrl } from '../../../shared/links';

/**
 * The address when a reader may follow it from a document (web and mail
 * addresses, as the exporters keep), else null. An address typed without a
 * scheme is read as a web address ("example.org/report") or, with an @, a mail one.
 */
export function safeLinkUrl(typed: string): string | null {
  const trimmed = typed.trim();
  if (!trimmed) return null;
  // "name@example.org" is a mail address, not a web address with a user name.
  const mail = /^[^\s@/:]+@[^\s@/]+\.[^\s@/]+$/.test(trimmed);
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : mail ? `mailto:${trimmed}` : `https://${trimmed}`;
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

/**
 * Whatever way a link arrives (a paste of Lexical's own clipboard type, which any
 * web page can also put there, or an old document), only web and mail links stay
 * links; any other keeps its words and loses the link.
 */
export function $keepOnlySafeLinks(link: LinkNode): void {
  if (isSafeLinkUrl(link.getURL())) return;
  for (const child of link.getChildren()) link.insertBefore(child);
  link.remove();
}

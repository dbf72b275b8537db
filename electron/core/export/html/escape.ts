const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text or an attribute value as HTML: the five special characters as
 * entities, and control characters (which HTML does not allow) dropped.
 */
export function escapeHtml(text: string): string {
  return text.replace(/(?![\t\n\r])\p{Cc}/gu, '').replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/**
 * A CSS string. Anything but letters, digits and spaces is written as a
 * hex escape, so no text can end the string, or the style element.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N} ]/gu, (char) => `\\${char.codePointAt(0)!.toString(16)} `)}"`;
}

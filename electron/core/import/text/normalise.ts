/**
 * The text of a PDF or web extraction as lines: line endings unified, the odd
 * spaces extraction leaves (no-break, en/em and thin spaces) made plain, trailing
 * space dropped. Tabs stay: they separate the cells of a flattened table.
 */
export function toLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .split('\n')
    .map((line) => line.trimEnd());
}

export const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';

/** Markdown-ish escapes and inline HTML that web extractions carry into plain text. */
export function cleanMarkup(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    // [^<>]: a "<" that never closes costs one pass, not one per "<".
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/\\([\\$*_[\]()#.-])/g, '$1')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/ {2,}/g, ' ');
}

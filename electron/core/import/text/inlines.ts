import type { Inline } from '../model';
import { FOOTNOTE_MARK } from './footnotes';
import { cleanMarkup } from './normalise';

/**
 * A paragraph's text as inlines: footnote marks become footnote references,
 * balanced `**bold**` and `*italic*` (web extractions keep them) become
 * formatted runs, stray markup is dropped.
 */
export function toInlines(text: string): Inline[] {
  const inlines: Inline[] = [];
  const parts = text.split(FOOTNOTE_MARK);
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      inlines.push({ kind: 'footnote', id: part });
      return;
    }
    for (const run of emphasis(cleanMarkup(part))) inlines.push(run);
  });
  return inlines.filter((inline) => inline.kind !== 'text' || inline.text !== '');
}

function emphasis(text: string): Inline[] {
  const runs: Inline[] = [];
  const pattern = /\*\*([^*]+)\*\*|(?<![\p{L}\d*])\*([^*\s][^*]*)\*(?![\p{L}\d*])/gu;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > last) runs.push({ kind: 'text', text: text.slice(last, match.index) });
    runs.push(match[1] !== undefined ? { kind: 'text', text: match[1], bold: true } : { kind: 'text', text: match[2]!, italic: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}

/** The plain text of inlines, footnote references left out. */
export function plainText(text: string): string {
  return toInlines(text)
    .map((inline) => (inline.kind === 'text' || inline.kind === 'link' ? inline.text : ''))
    .join('')
    .trim();
}

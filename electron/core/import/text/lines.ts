import { isBlank } from './normalise';

/** What a single line of extracted text looks like: the clues the block reader goes by. */

export const BULLET = /^(\s*)[•▪◦‣●■□➢►\-*–](?:\s+|\t)(?=\S)(.*)$/;
export const NUMBERED = /^(\s*)(\d{1,2}|[a-h]|[ivx]{1,4})[.)](?:\s+|\t)(?=\S)(.*)$/;
export const MARKDOWN_HEADING = /^\s*(#{1,6})\s+(.+?)\s*#*$/;
/** "Abstract.....<tab>1": a table of contents entry. */
export const CONTENTS_ENTRY = /\.{4,}\s*\d+$/;

/** Section names documents use, recognised as headings wherever they stand. */
const KNOWN_HEADINGS =
  /^(introduction|background|summary|executive summary|abstract|conclusions?|recommendations|next steps|annex(es)?|appendix|references|bibliography|declaration|contents|table of contents|acknowledge?ments|foreword|preface|methodology|findings|key findings|contribution to the global debate)$/i;

/** Words a wrapped line ends with but a heading does not. */
const DANGLING = /\b(a|an|the|of|in|on|to|for|and|or|by|with|from|at|as|is|are|that|which|its|their)$/i;

/** Tab-separated cells; a bullet followed by a tab is a list item, not a row. */
export const isTableLine = (line: string): boolean => /\S.*\t|\t.*\S/.test(line) && !CONTENTS_ENTRY.test(line) && !BULLET.test(line) && !NUMBERED.test(line);

export function isKnownHeading(line: string): boolean {
  return KNOWN_HEADINGS.test(line.trim().replace(/[*:]/g, '').trim());
}

/** Ends like the last line of a sentence. */
export const endsSentence = (line: string): boolean => /[.!?:;…”"’')\]]$|\uE001$/.test(line.trim());

/**
 * A short, title-like line standing on its own: a capital first, no closing
 * punctuation, not a wrapped line's fragment, and what follows starts afresh.
 */
export function looksLikeHeading(lines: string[], index: number): boolean {
  const line = lines[index]!.trim().replace(/^\*\*(.*)\*\*$/, '$1');
  if (isKnownHeading(line)) return true;
  if (line.length > 70 || line.split(/\s+/).length > 12) return false;
  if (!/^[\p{Lu}\d]/u.test(line) || /[.,;:!?”"’)]$/.test(line) || DANGLING.test(line)) return false;
  if (BULLET.test(lines[index]!) || NUMBERED.test(lines[index]!) || isTableLine(lines[index]!)) return false;
  const previous = lines[index - 1];
  const startsAfresh = isBlank(previous) || endsSentence(previous!) || /^\s/.test(lines[index]!);
  const next = lines.slice(index + 1).find((candidate) => !isBlank(candidate));
  return startsAfresh && (next === undefined || /^\s*[\p{Lu}\d“"•]/u.test(next));
}

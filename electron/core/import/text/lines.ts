import { isBlank } from './normalise';

/** What a single line of extracted text looks like: the clues the block reader goes by. */

export const BULLET = /^(\s*)[•▪◦‣●■□➢►\-*–](?:\s+|\t)(?=\S)(.*)$/;
export const NUMBERED = /^(\s*)(\d{1,2}|[a-h]|[ivx]{1,4})[.)](?:\s+|\t)(?=\S)(.*)$/;

/**
 * "## Heading ##": its level (the number of #) and text, closing #s dropped. By
 * hand, as `/^\s*(#{1,6})\s+(.+?)\s*#*$/` would read it, because that pattern
 * tries its end at every character: the square of a long line.
 */
export function markdownHeading(line: string): { level: number; text: string } | null {
  const opening = /^\s*(#{1,6})\s+/.exec(line);
  if (!opening || opening[0].length === line.length) return null;
  const rest = line.slice(opening[0].length);
  let end = rest.length;
  while (end > 1 && rest[end - 1] === '#') end -= 1;
  while (end > 1 && /\s/.test(rest[end - 1]!)) end -= 1;
  return { level: opening[1]!.length, text: rest.slice(0, end) };
}

/** "Abstract.....<tab>1": a table of contents entry. */
export const CONTENTS_ENTRY = /\.{4}\s*\d+$/;

/** Section names documents use, recognised as headings wherever they stand. */
const KNOWN_HEADINGS =
  /^(introduction|background|summary|executive summary|abstract|conclusions?|recommendations|next steps|annex(es)?|appendix|references|bibliography|declaration|contents|table of contents|acknowledge?ments|foreword|preface|methodology|findings|key findings|contribution to the global debate)$/i;

/** Words a wrapped line ends with but a heading does not. */
const DANGLING = /\b(a|an|the|of|in|on|to|for|and|or|by|with|from|at|as|is|are|that|which|its|their)$/i;

/** Tab-separated cells; a bullet followed by a tab is a list item, not a row. */
/**
 * More columns than any table a person reads: such a line is text, so no table is
 * padded to millions of cells (a million rows, one of them a million tabs wide).
 */
export const MAX_TABLE_COLUMNS = 64;

function tabsWithin(line: string, most: number): boolean {
  let tabs = 0;
  for (let at = line.indexOf('\t'); at !== -1; at = line.indexOf('\t', at + 1)) if (++tabs > most) return false;
  return tabs > 0;
}

export const isTableLine = (line: string): boolean =>
  tabsWithin(line, MAX_TABLE_COLUMNS - 1) && /\S/.test(line) && !CONTENTS_ENTRY.test(line) && !BULLET.test(line) && !NUMBERED.test(line);

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
  let following = index + 1;
  while (following < lines.length && isBlank(lines[following])) following += 1;
  const next = lines[following];
  return startsAfresh && (next === undefined || /^\s*[\p{Lu}\d“"•]/u.test(next));
}

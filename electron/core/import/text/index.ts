import type { Inline, Reader, Recognised } from '../model';
import { BlockReader } from './blocks';
import { extractFootnotes } from './footnotes';
import { plainText, toInlines } from './inlines';
import { isKnownHeading, markdownHeading } from './lines';
import { mendSplitWords } from './mend';
import { isBlank, toLines } from './normalise';

/**
 * Plain text extracted from a PDF or a web page (`seeds/*.txt`): its title and
 * subtitle, then its blocks, with footnotes matched to their markers.
 */
export const readPlainText: Reader = (file) => recognisePlainText(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes));

export function recognisePlainText(text: string): Recognised {
  const { lines, notes } = extractFootnotes(mendSplitWords(toLines(text)));
  const { title, subtitle, next } = readTitle(lines);
  const blocks = new BlockReader(lines).readAll(next);
  const footnotes: Record<string, Inline[]> = {};
  for (const [id, note] of notes) footnotes[id] = toInlines(note);
  return { title, ...(subtitle ? { subtitle } : {}), blocks, footnotes, warnings: [] };
}

const titleText = (line: string): string => plainText((markdownHeading(line)?.text ?? line).trim());

/**
 * The first line is the title when it reads like one (short, no full stop);
 * short lines after it, up to a section heading, are its subtitle.
 */
function readTitle(lines: string[]): { title: string; subtitle: string; next: number } {
  let index = lines.findIndex((line) => !isBlank(line));
  if (index < 0) return { title: '', subtitle: '', next: lines.length };
  const title = titleText(lines[index]!);
  if (title.length > 150 || /[.:;,]$/.test(title) || isKnownHeading(title)) return { title: '', subtitle: '', next: index };
  index += 1;
  const subtitle: string[] = [];
  let cursor = index;
  while (cursor < lines.length && isBlank(lines[cursor])) cursor += 1;
  while (cursor < lines.length && !isBlank(lines[cursor]) && subtitle.length < 4) {
    const line = lines[cursor]!.trim();
    if (isKnownHeading(line) || line.length > 60 || /[.:;,!?]$/.test(line) || markdownHeading(line) !== null) break;
    subtitle.push(line);
    cursor += 1;
  }
  // Only a short run that runs into the first section's heading is a subtitle; otherwise it is the text.
  const stopsCleanly = cursor < lines.length && (isKnownHeading(lines[cursor]!) || markdownHeading(lines[cursor]!) !== null);
  if (subtitle.length > 0 && stopsCleanly) return { title, subtitle: subtitle.join(' '), next: cursor };
  return { title, subtitle: '', next: index };
}

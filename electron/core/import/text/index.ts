import type { Inline, Reader, Recognised } from '../model';
import { BlockReader } from './blocks';
import { extractFootnotes } from './footnotes';
import { plainText, toInlines } from './inlines';
import { lessonHeader } from './lessons';
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

/** A title: short, not ending like a sentence or a label, not a section heading. */
const readsAsTitle = (title: string): boolean =>
  title.length > 0 && title.length <= 150 && !/[.:;,]$/.test(title) && !isKnownHeading(title) && lessonHeader(title) === null;

/** A web page's breadcrumb: "Home > News > …". */
const BREADCRUMB = /^\s*\S[^>»›]*\s[>»›]\s+\S/;
/** A web page's label line under its title: "Source: …", "Created: Jan 21, 2013". */
const LABELLED = /^\s*[\p{L}][\p{L} ]{0,30}:\s+\S/u;
/** A line that is nothing but a link, as "[Disclaimer](#)" under a licence notice. */
const LINK_ONLY = /^\s*!?\[[^\]]*\]\([^)]*\)\s*$/;
/** Long enough to be a paragraph of the text, not a line of a page's chrome. */
const PARAGRAPH_LENGTH = 150;

/**
 * Where the title is found:
 * - The first line, when it reads like one (short, no full stop); short lines after
 *   it, up to a section heading, are its subtitle.
 * - A web page copied from its top starts with a breadcrumb and a menu: its title is
 *   the title-like line nearest before the article's first paragraph, above the
 *   page's labels ("Source: …", "Created: …"). The chrome before it is dropped.
 * - A notice in another language (a licence page) before the text: the title is
 *   read from the first line in the text's own script, and the notice is dropped.
 */
function readTitle(lines: string[]): { title: string; subtitle: string; next: number } {
  const first = lines.findIndex((line) => !isBlank(line));
  if (first < 0) return { title: '', subtitle: '', next: lines.length };
  if (BREADCRUMB.test(lines[first]!)) return titleBeforeArticle(lines, first);
  const script = mainScript(lines);
  const own = lines.findIndex((line, index) => index >= first && !isBlank(line) && inScript(line, script) && !LINK_ONLY.test(line));
  return titleFrom(lines, own < 0 ? first : own);
}

function titleFrom(lines: string[], index: number): { title: string; subtitle: string; next: number } {
  const title = titleText(lines[index]!);
  if (!readsAsTitle(title)) return { title: '', subtitle: '', next: index };
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

function titleBeforeArticle(lines: string[], first: number): { title: string; subtitle: string; next: number } {
  let article = lines.findIndex((line, index) => index > first && line.trim().length >= PARAGRAPH_LENGTH);
  if (article < 0) article = lines.length;
  let cursor = article - 1;
  while (cursor > first && (isBlank(lines[cursor]) || LABELLED.test(lines[cursor]!))) cursor -= 1;
  const title = cursor > first ? titleText(lines[cursor]!) : '';
  if (!readsAsTitle(title)) return { title: '', subtitle: '', next: first };
  return { title, subtitle: '', next: cursor + 1 };
}

/** The script most of the text's letters are in (Latin, Arabic, Hangul…), from its first 2,000 lines. */
function mainScript(lines: string[]): string {
  const counts = new Map<string, number>();
  for (const line of lines.slice(0, 2000)) {
    for (const letter of line.match(/\p{L}/gu) ?? []) {
      const script = scriptOf(letter);
      counts.set(script, (counts.get(script) ?? 0) + 1);
    }
  }
  let best = 'Latin';
  for (const [script, count] of counts) if (count > (counts.get(best) ?? 0)) best = script;
  return best;
}

const SCRIPTS = ['Latin', 'Arabic', 'Hangul', 'Han', 'Cyrillic', 'Devanagari', 'Greek', 'Hebrew', 'Thai', 'Hiragana', 'Katakana'] as const;
const SCRIPT_TESTS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);

function scriptOf(letter: string): string {
  return SCRIPT_TESTS.find(([, test]) => test.test(letter))?.[0] ?? 'other';
}

/** Most of a line's letters are in the script (a line without letters is in every script). */
function inScript(line: string, script: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  return letters.length === 0 || letters.filter((letter) => scriptOf(letter) === script).length * 2 > letters.length;
}

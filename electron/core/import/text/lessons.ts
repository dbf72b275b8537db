import { isBlank } from './normalise';

/**
 * Numbered lessons and pull quotes as extraction leaves them: "Lesson 1:",
 * "Lesson 2 –", "Lesson 3." with the title on the same line or the next ones,
 * then a quotation set apart in curly or straight quotes.
 */

const LESSON = /^\s*\**lesson\s+(\d{1,2})\s*/i;

/**
 * "Lesson 2: Title**": the number and the title, closing stars dropped. By hand,
 * as `/^\s*\**lesson\s+(\d{1,2})\s*(?:[:.–—-]\s*(.*?))?\**\s*$/i` would read it,
 * because that pattern tries its end at every character: the square of a long line.
 */
export function lessonHeader(line: string): { number: number; title: string } | null {
  const opening = LESSON.exec(line);
  if (!opening) return null;
  const rest = line.slice(opening[0].length);
  const number = Number(opening[1]);
  if (!/^[:.–—-]/.test(rest)) return /^\**\s*$/.test(rest) ? { number, title: '' } : null;
  let end = rest.length;
  while (end > 1 && /\s/.test(rest[end - 1]!)) end -= 1;
  while (end > 1 && rest[end - 1] === '*') end -= 1;
  return { number, title: rest.slice(1, end).trim() };
}

/** The title lines after a "Lesson N:" line: up to the next blank line. */
export function lessonTitle(lines: string[], start: number): { title: string; next: number } {
  let index = start;
  while (index < lines.length && isBlank(lines[index])) index += 1;
  const parts: string[] = [];
  while (index < lines.length && !isBlank(lines[index]) && !/^\s*[“"]/.test(lines[index]!) && parts.length < 4) {
    parts.push(lines[index]!.trim());
    index += 1;
  }
  return { title: parts.join(' '), next: index };
}

const OPENS = /^\s*\**[“"]/;
/** The closing mark at a line's end, with "— Name" or "(Source, 2007)." after it. */
const CLOSES = /[”"]\**\s*(?:[—–-]+\s*(\S.{0,120}?)|\((.{1,120})\)\.?)?\s*$/;
const ATTRIBUTION = /^\s*[—–-]+\s*(\S.{0,120})$/;

export interface QuoteRead {
  text: string;
  attribution: string;
  /** The line after the quote (and its attribution). */
  next: number;
}

/**
 * A quotation starting at `start`: it opens the line and closes at a line's end
 * within a few lines, with "— Name" after it or on the next line when given.
 */
export function readQuote(lines: string[], start: number): QuoteRead | null {
  if (!OPENS.test(lines[start] ?? '')) return null;
  const parts: string[] = [];
  for (let index = start; index < Math.min(lines.length, start + 8); index += 1) {
    const line = lines[index]!;
    if (isBlank(line)) return null;
    parts.push(line.trim());
    const joined = parts.join(' ').replace(OPENS, '');
    const closed = CLOSES.exec(joined);
    if (!closed) continue;
    const text = joined.slice(0, closed.index).trim();
    // A quotation with another inside it, or a few words, is running text, not a pull quote.
    if (/[“”"]/.test(text) || text.split(/\s+/).length < 3) return null;
    let attribution = (closed[1] ?? closed[2] ?? '').trim();
    let next = index + 1;
    const following = ATTRIBUTION.exec(lines[next] ?? '');
    if (!attribution && following) {
      attribution = following[1]!.trim();
      next += 1;
    }
    return { text, attribution, next };
  }
  return null;
}

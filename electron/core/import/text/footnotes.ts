import { isBlank } from './normalise';

/**
 * Footnotes in extracted text: the notes sit as numbered lines at the foot of a
 * page ("3<tab>This briefing note has been prepared…"), the markers as bare
 * numbers stuck to a word or punctuation ("on the ground action1 has"). A note
 * is taken only when it comes in sequence (1, 2, 3…) and a marker with its
 * number appears before it; the marker is then replaced by a footnote mark the
 * paragraph reader turns into a footnote reference.
 */

/** Stands for footnote `id` inside a line until the line becomes inlines. */
export const footnoteMark = (id: string): string => `\uE000${id}\uE001`;
export const FOOTNOTE_MARK = /\uE000([^\uE001]+)\uE001/g;

export interface Footnotes {
  /** The lines without the notes, markers replaced by footnote marks. */
  lines: string[];
  /** Note text by id. */
  notes: Map<string, string>;
}

/** "3 This briefing note…", "3<tab>This…" or "<sup>3</sup> …": the number and the note; never a table row. */
function noteLine(line: string): { n: number; text: string } | null {
  const match = /^\s*(?:(\d{1,3})[ \t]+|<sup>(\d{1,3})<\/sup>\s*)(\S[^\t]*)$/.exec(line);
  if (!match) return null;
  return { n: Number(match[1] ?? match[2]), text: match[3]!.trim() };
}

/** A bare number after a letter or closing punctuation, before a space, punctuation or the line's end; or <sup>n</sup>. */
function markerPattern(n: number): RegExp {
  return new RegExp(`(?<=[\\p{L}.,;:)’”'"])${n}(?=[\\s.,;:]|$)|<sup>${n}</sup>`, 'u');
}

/** Every marker whatever its number: the digits are whole, as in `markerPattern`, so "a21" is 21 and never 1. */
const ANY_MARKER = /(?<=[\p{L}.,;:)’”'"])(\d+)(?=[\s.,;:]|$)|<sup>(\d+)<\/sup>/gu;

/**
 * The lines (in order) with a marker for each number, gathered once: looking
 * back from every note-like line instead would cost the square of the lines
 * when notes have no markers.
 */
function markerLines(lines: string[]): Map<string, number[]> {
  const found = new Map<string, number[]>();
  lines.forEach((line, index) => {
    if (noteLine(line)) return;
    for (const match of line.matchAll(ANY_MARKER)) {
      const at = found.get(match[1] ?? match[2]!) ?? [];
      if (at.at(-1) !== index) at.push(index);
      found.set(match[1] ?? match[2]!, at);
    }
  });
  return found;
}

/** Where the note's marker is: the last line before the note that has one not yet taken. */
function findMarker(lines: string[], markers: Map<string, number[]>, before: number, n: number): number {
  const at = markers.get(String(n)) ?? [];
  const pattern = markerPattern(n);
  let low = 0;
  let high = at.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (at[middle]! < before) low = middle + 1;
    else high = middle;
  }
  // Lines whose markers were all taken drop out as they are met.
  for (let candidate = low - 1; candidate >= 0; candidate -= 1) {
    if (pattern.test(lines[at[candidate]!]!)) return at[candidate]!;
    at.splice(candidate, 1);
  }
  return -1;
}

/** A note runs on over the next lines until a blank line, an indented line (a new page) or the next note. */
function noteEnd(lines: string[], start: number, next: number): number {
  let end = start + 1;
  while (end < lines.length && !isBlank(lines[end]) && !/^\s/.test(lines[end]!) && noteLine(lines[end]!)?.n !== next) end += 1;
  return end;
}

export function extractFootnotes(input: string[]): Footnotes {
  const lines = [...input];
  const notes = new Map<string, string>();
  const removed = new Set<number>();
  const markers = markerLines(lines);
  let expected = 1;
  for (let index = 0; index < lines.length; index += 1) {
    const note = noteLine(lines[index]!);
    if (!note || note.n !== expected) continue;
    const marker = findMarker(lines, markers, index, note.n);
    if (marker < 0) continue;
    const end = noteEnd(lines, index, note.n + 1);
    const text = [note.text, ...lines.slice(index + 1, end).map((line) => line.trim())].join(' ');
    const id = String(note.n);
    notes.set(id, text);
    lines[marker] = lines[marker]!.replace(markerPattern(note.n), footnoteMark(id));
    for (let line = index; line < end; line += 1) removed.add(line);
    expected += 1;
    index = end - 1;
  }
  return { lines: lines.filter((_, index) => !removed.has(index)), notes };
}

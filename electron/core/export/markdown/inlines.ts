import type { Inline, TextRun } from '../../briefing/model';
import type { FootnoteNumbering } from '../text';
import { codeSpan, escapeChunk, escapeLineStart, linkTarget } from './escape';
import { displayWidth } from './width';

type Mark = 'strike' | 'bold' | 'italic' | 'underline' | 'superscript' | 'subscript';

/**
 * Pandoc's delimiters, outermost first. Code is always innermost, as a code
 * span holds no formatting; underline is next, as "[^" would open a footnote.
 */
const MARKS: [Mark, string, string][] = [
  ['strike', '~~', '~~'],
  ['bold', '**', '**'],
  ['italic', '*', '*'],
  ['superscript', '^', '^'],
  ['subscript', '~', '~'],
  ['underline', '[', ']{.underline}'],
];

/** Inline Markdown as hard lines (split at line breaks), each a list of words that may wrap between them. */
export type Lines = string[][];

/** Collects words, so that wrapping never breaks inside a code span or an escaped space. */
class WordWriter {
  readonly lines: Lines = [[]];
  private word = '';

  append(text: string): void {
    this.word += text;
  }

  lastChar(): string {
    return this.word.slice(-1);
  }

  space(): void {
    if (!this.word) return;
    this.lines[this.lines.length - 1]!.push(this.word);
    this.word = '';
  }

  lineBreak(): void {
    this.space();
    this.lines.push([]);
  }

  finish(): Lines {
    this.space();
    // A break at either end of a paragraph prints nothing (and a trailing backslash would print itself).
    while (this.lines.length > 1 && this.lines[0]!.length === 0) this.lines.shift();
    while (this.lines.length > 1 && this.lines[this.lines.length - 1]!.length === 0) this.lines.pop();
    return this.lines;
  }
}

/** Runs with line ends as breaks, and neighbours of the same formatting joined (so "**a****b**" never happens). */
function normalise(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of inlines) {
    if (run.type !== 'text') {
      out.push(run);
      continue;
    }
    run.text.split(/\r\n|\r|\n/).forEach((text, index) => {
      if (index > 0) out.push({ type: 'break' });
      const previous = out[out.length - 1];
      if (previous?.type === 'text' && sameFormat(previous, run)) out[out.length - 1] = { ...previous, text: previous.text + text };
      else if (text) out.push({ ...run, text });
    });
  }
  return out;
}

const FORMAT_KEYS = ['bold', 'italic', 'underline', 'strike', 'code', 'superscript', 'subscript'] as const;

function text(value: string): TextRun {
  return { type: 'text', text: value };
}

function sameFormat(a: TextRun, b: TextRun): boolean {
  return FORMAT_KEYS.every((key) => Boolean(a[key]) === Boolean(b[key]));
}

/** Writes runs of inline content; formatting stays open across runs that share it. */
class InlineWriter {
  private open: { mark: Mark; close: string }[] = [];
  private pendingSpace = false;
  /** Whether anything has been written: a space before that is dropped. */
  private started = false;

  constructor(
    private readonly out: WordWriter,
    private readonly notes: FootnoteNumbering,
    /** In a grid table's columns, where characters of uncertain width are written as references. */
    private readonly columns: boolean,
  ) {}

  write(inlines: Inline[]): void {
    for (const run of normalise(inlines)) {
      switch (run.type) {
        case 'text':
          this.text(run);
          break;
        case 'break':
          this.closeTo(0);
          this.pendingSpace = false;
          this.out.lineBreak();
          break;
        case 'footnote': {
          const number = this.notes.add(run);
          if (number === null) break;
          this.flushSpace();
          this.out.append(`[^${number}]`);
          break;
        }
        case 'link': {
          const label = run.children.some((child) => child.text.trim()) ? run.children : [text(run.url)];
          // Pandoc trims a link's words, so spaces at either end go outside it.
          this.closeTo(0);
          this.pendingSpace ||= /^\s/.test(label.map((child) => child.text).join(''));
          this.flushSpace();
          const inner = new InlineWriter(this.out, this.notes, this.columns);
          this.out.append('[');
          inner.write(label);
          this.out.append(`](${linkTarget(run.url)})`);
          this.pendingSpace = inner.pendingSpace;
          break;
        }
      }
    }
    this.closeTo(0);
  }

  private text(run: TextRun): void {
    const [, lead = '', core = '', trail = ''] = /^([ \t]*)(.*?)([ \t]*)$/s.exec(run.text) ?? [];
    if (!core) {
      this.pendingSpace ||= run.text.length > 0;
      return;
    }
    const marks = MARKS.filter(([mark]) => run[mark]);
    let keep = 0;
    while (keep < this.open.length && marks.some(([mark]) => mark === this.open[keep]!.mark)) keep++;
    this.closeTo(keep);
    this.pendingSpace ||= lead.length > 0;
    this.flushSpace();
    for (const [mark, open, close] of marks) {
      if (this.open.some((entry) => entry.mark === mark)) continue;
      // "~~~x~~~" (struck subscript) is ambiguous; an empty span keeps the tildes apart.
      const apart = open.startsWith('~') && (this.out.lastChar() === '~' || this.open.some((entry) => entry.close.startsWith('~')));
      // A link's text starting with a superscript, "[^", would read as a footnote; an empty span comes between.
      if (open === '^' && this.out.lastChar() === '[') this.out.append('[]{}');
      this.out.append(apart ? `[${open}` : open);
      this.open.push({ mark, close: apart ? `${close}]{}` : close });
    }
    if (run.code) {
      this.out.append(codeSpan(core));
    } else {
      core.split(/[ \t]+/).forEach((chunk, index) => {
        if (index > 0) this.separate();
        this.out.append(escapeChunk(chunk, this.columns));
      });
    }
    this.pendingSpace = trail.length > 0;
  }

  private closeTo(keep: number): void {
    while (this.open.length > keep) this.out.append(this.open.pop()!.close);
  }

  private flushSpace(): void {
    if (this.pendingSpace && this.started) this.separate();
    this.pendingSpace = false;
    this.started = true;
  }

  /** A space between words: a place to wrap, except in sub- and superscripts, where pandoc wants it escaped. */
  private separate(): void {
    if (this.open.some((entry) => entry.mark === 'superscript' || entry.mark === 'subscript')) this.out.append('\\ ');
    else this.out.space();
  }
}

/** Inline content as words on hard lines; `columns` in a grid table. */
export function inlineWords(inlines: Inline[], notes: FootnoteNumbering, columns = false): Lines {
  const out = new WordWriter();
  new InlineWriter(out, notes, columns).write(inlines);
  return out.finish();
}

/**
 * Lines of a paragraph: each hard line wrapped to `width` display columns
 * (a single word may be wider), its start escaped, and a backslash at the
 * end of each line that a break ends.
 */
export function wrapLines(lines: Lines, width: number): string[] {
  const out: string[] = [];
  lines.forEach((words, index) => {
    const escaped = (width === Infinity ? [words.join(' ')] : wrapWords(words, width)).map(escapeLineStart);
    if (index < lines.length - 1) escaped[escaped.length - 1] += '\\';
    out.push(...escaped);
  });
  return out;
}

/** Words on lines of at most `width` columns, measuring each word once: linear in the words' length. */
function wrapWords(words: string[], width: number): string[] {
  const wrapped: string[] = [];
  let line: string[] = [];
  let lineWidth = 0;
  for (const word of words) {
    const wordWidth = displayWidth(word);
    if (line.length > 0 && lineWidth + 1 + wordWidth > width) {
      wrapped.push(line.join(' '));
      line = [word];
      lineWidth = wordWidth;
    } else {
      lineWidth += line.length > 0 ? 1 + wordWidth : wordWidth;
      line.push(word);
    }
  }
  wrapped.push(line.join(' '));
  return wrapped;
}

/** Inline content on one line, for a heading or a table cell (breaks become spaces). */
export function inlineLine(inlines: Inline[], notes: FootnoteNumbering): string {
  return inlineWords(inlines, notes).flat().join(' ');
}

/** Plain text as one line of escaped Markdown, safe at the start of a line (metadata, footnotes). */
export function plainLine(text: string, notes: FootnoteNumbering): string {
  return escapeLineStart(inlineLine([{ type: 'text', text }], notes));
}

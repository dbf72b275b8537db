import type { Block } from '../model';
import { COMMITMENTS_HEADING, toCommitment } from './commitments';
import { toInlines, plainText } from './inlines';
import { lessonHeader, lessonTitle, readQuote } from './lessons';
import { BULLET, CONTENTS_ENTRY, endsSentence, isTableLine, looksLikeHeading, markdownHeading, NUMBERED } from './lines';
import { isBlank } from './normalise';
import { readTable } from './tables';
import { MAX_TABLE_CELLS } from '../limits';

/**
 * Reads extracted lines into blocks: wrapped lines rejoined into paragraphs,
 * lessons with their quotes and bodies, lists, tables, headings and pull
 * quotes. PDF text wraps at the page's width, so a paragraph ends at a line
 * that finishes a sentence well short of that width; web text gives each
 * paragraph one long line.
 */

/** Longer than any line a page wraps at: a paragraph written on one line. */
const ONE_LINE_PARAGRAPH = 160;

interface ListItemLine {
  indent: number;
  ordered: boolean;
  number: number | null;
  text: string;
}

function listItem(line: string): ListItemLine | null {
  const numbered = NUMBERED.exec(line);
  if (numbered) {
    const number = /^\d+$/.test(numbered[2]!) ? Number(numbered[2]) : null;
    return { indent: numbered[1]!.replace(/\t/g, '    ').length, ordered: true, number, text: numbered[3]! };
  }
  const bullet = BULLET.exec(line);
  return bullet ? { indent: bullet[1]!.replace(/\t/g, '    ').length, ordered: false, number: null, text: bullet[2]! } : null;
}

/** Wrapped lines back into one: a line ending in a hyphenated word keeps the hyphen and no space. */
function joinLines(parts: string[]): string {
  // Each part is tested, never the text joined so far: a paragraph of many lines stays linear.
  let joined = '';
  let hyphenated = false;
  for (const part of parts) {
    if (joined === '') joined = part;
    else joined = hyphenated ? `${joined}${part}` : `${joined} ${part}`;
    if (part !== '') hyphenated = /\p{L}-$/u.test(part);
  }
  return joined;
}

export class BlockReader {
  private index = 0;
  private tableCellsLeft = MAX_TABLE_CELLS;
  /** The width each line's page wraps at: the longest line of its run of non-blank lines. */
  private readonly widths: number[];
  private lastHeading = '';
  /** How many lists are being read (nested lists read their own). */
  private listsOpen = 0;

  constructor(private readonly lines: string[]) {
    this.widths = new Array<number>(lines.length).fill(0);
    let start = 0;
    for (let index = 0; index <= lines.length; index += 1) {
      if (index === lines.length || isBlank(lines[index])) {
        let width = 0;
        for (let line = start; line < index; line += 1) width = Math.max(width, lines[line]!.trim().length);
        for (let line = start; line < index; line += 1) this.widths[line] = width;
        start = index + 1;
      }
    }
  }

  readAll(from = 0): Block[] {
    this.index = from;
    return this.readBlocks(() => false);
  }

  private readBlocks(stop: (index: number) => boolean): Block[] {
    const blocks: Block[] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (isBlank(line)) {
        this.index += 1;
        continue;
      }
      if (stop(this.index)) break;
      // Not push(...): a declaration's list can make more commitments than a call takes arguments.
      for (const block of this.readBlock(line, blocks)) blocks.push(block);
    }
    return blocks;
  }

  private readBlock(line: string, before: Block[]): Block[] {
    const heading = markdownHeading(line);
    if (heading) {
      this.index += 1;
      return [this.heading(heading.text, Math.min(heading.level, 3) as 1 | 2 | 3)];
    }
    const lesson = lessonHeader(line);
    if (lesson) return [this.readLesson(lesson)];
    if (isTableLine(line)) return this.readTable(before);
    if (listItem(line)) return this.readList();
    const quote = this.setApart(this.index) ? readQuote(this.lines, this.index) : null;
    if (quote) {
      this.index = quote.next;
      return [{ kind: 'quote', text: plainText(quote.text), attribution: plainText(quote.attribution) }];
    }
    if (looksLikeHeading(this.lines, this.index)) {
      this.index += 1;
      return [this.heading(line, 2)];
    }
    return [this.readParagraph()];
  }

  private heading(text: string, level: 1 | 2 | 3): Block {
    this.lastHeading = plainText(text.trim());
    return { kind: 'heading', level, content: toInlines(text.trim().replace(/^\*\*(.*)\*\*$/, '$1')) };
  }

  /** A line starting a quotation after a blank line or a finished sentence. */
  private setApart(index: number): boolean {
    const previous = this.lines[index - 1];
    return isBlank(previous) || endsSentence(previous!);
  }

  /** Whether a paragraph (or list item) ends at line `index`. */
  private endsAt(index: number): boolean {
    const line = this.lines[index]!.trim();
    const next = this.lines[index + 1];
    if (isBlank(next)) return true;
    if (line.length > ONE_LINE_PARAGRAPH || CONTENTS_ENTRY.test(line)) return true;
    if (this.startsBlock(index + 1)) return true;
    return endsSentence(line) && (line.length < 0.85 * this.widths[index]! || /^\s/.test(next!));
  }

  private startsBlock(index: number): boolean {
    const line = this.lines[index]!;
    return (
      markdownHeading(line) !== null ||
      lessonHeader(line) !== null ||
      isTableLine(line) ||
      this.startsListItem(index) ||
      (/^\s*[“"]/.test(line) && endsSentence(this.lines[index - 1] ?? '') && readQuote(this.lines, index) !== null) ||
      looksLikeHeading(this.lines, index)
    );
  }

  /**
   * A list item inside running text. "iv." or "a." may be a word the page
   * wrapped onto a new line: outside a list, a letter or numeral starts an item
   * only after a finished sentence or a colon, as a list's first item does.
   */
  private startsListItem(index: number): boolean {
    const item = listItem(this.lines[index]!);
    if (item === null) return false;
    if (!item.ordered || item.number !== null || this.listsOpen > 0) return true;
    return this.setApart(index);
  }

  /** Lines up to the paragraph's end, joined. */
  private readText(first: string): string {
    const parts = [first.trim()];
    while (!this.endsAt(this.index)) {
      this.index += 1;
      parts.push(this.lines[this.index]!.trim());
    }
    this.index += 1;
    return joinLines(parts);
  }

  private readParagraph(): Block {
    return { kind: 'paragraph', content: toInlines(this.readText(this.lines[this.index]!)) };
  }

  private readLesson(header: { number: number; title: string }): Block {
    let title = header.title;
    this.index += 1;
    if (!title) {
      const read = lessonTitle(this.lines, this.index);
      title = read.title;
      this.index = read.next;
    }
    while (this.index < this.lines.length && isBlank(this.lines[this.index])) this.index += 1;
    const quote = readQuote(this.lines, this.index);
    if (quote) this.index = quote.next;
    const body = this.readBlocks(
      (index) => lessonHeader(this.lines[index]!) !== null || markdownHeading(this.lines[index]!) !== null || looksLikeHeading(this.lines, index),
    );
    return {
      kind: 'lesson',
      number: header.number,
      title: plainText(title),
      quote: quote ? { text: plainText(quote.text), attribution: plainText(quote.attribution) } : null,
      body,
    };
  }

  /** A table; a "Table 3: …" line just before it (and a "(Rs in million)" line after that) is its caption. */
  private readTable(before: Block[]): Block[] {
    const read = readTable(this.lines, this.index, this.tableCellsLeft);
    this.index = read.next;
    // Too many cells to make a table of: its words stay, as one paragraph of text.
    if (read.tooLarge) return [{ kind: 'paragraph', content: [{ kind: 'text', text: read.rows.map((row) => row.join(' ')).join(' ') }] }];
    this.tableCellsLeft -= read.rows.length * (read.rows[0]?.length ?? 0);
    const textOf = (block: Block | undefined) =>
      block && (block.kind === 'paragraph' || block.kind === 'heading') ? plainText(block.content.map((inline) => (inline.kind === 'text' ? inline.text : '')).join('')) : '';
    let caption = '';
    const unit = /^\(.{1,40}\)$/.test(textOf(before.at(-1))) ? textOf(before.at(-1)) : '';
    const captionBlock = before.at(unit ? -2 : -1);
    const text = textOf(captionBlock);
    if (/^table\s+\d+/i.test(text) && captionBlock?.kind === 'paragraph') {
      caption = unit ? `${text} ${unit}` : text;
      before.splice(before.length - (unit ? 2 : 1));
    } else if (captionBlock?.kind === 'heading') {
      caption = text;
    }
    return [{ kind: 'table', caption, header: read.header, rows: read.rows }];
  }

  /** A list, nested by indentation; under a declaration's heading a numbered list is a set of commitments. */
  private readList(): Block[] {
    this.listsOpen += 1;
    try {
      return this.readListItems();
    } finally {
      this.listsOpen -= 1;
    }
  }

  private readListItems(): Block[] {
    const first = listItem(this.lines[this.index]!)!;
    const items: { number: number | null; blocks: Block[] }[] = [];
    while (this.index < this.lines.length) {
      let item = listItem(this.lines[this.index]!);
      if (!item && isBlank(this.lines[this.index])) {
        const next = listItem(this.lines[this.index + 1] ?? '');
        if (!next || next.indent !== first.indent || next.ordered !== first.ordered) break;
        this.index += 1;
        item = next;
      }
      if (!item || item.indent < first.indent || (item.indent === first.indent && item.ordered !== first.ordered)) break;
      if (item.indent > first.indent) {
        const nested = this.readList();
        const last = items.at(-1);
        if (last) for (const block of nested) last.blocks.push(block);
        else items.push({ number: null, blocks: nested });
        continue;
      }
      items.push({ number: item.number, blocks: [{ kind: 'paragraph', content: toInlines(this.readText(item.text)) }] });
    }
    if (first.ordered && COMMITMENTS_HEADING.test(this.lastHeading)) {
      return items.map((item) => toCommitment(item.number, item.blocks));
    }
    return [{ kind: 'list', ordered: first.ordered, items: items.map((item) => item.blocks) }];
  }
}

import type { Block, Inline } from './model';
import { lessonHeader } from './text/lessons';

/**
 * Helpers the structured readers (DOCX through mammoth, Markdown) share: each walks its
 * own tree, and both finish runs, quotes and footnote numbers the same way.
 */

/** Merges neighbouring runs of the same style, trims the ends and drops empty runs. */
export function tidyInlines(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const previous = out[out.length - 1];
    if (inline.kind === 'text' && previous?.kind === 'text' && !previous.bold === !inline.bold && !previous.italic === !inline.italic) {
      previous.text += inline.text;
    } else out.push(inline.kind === 'text' ? { ...inline } : inline);
  }
  const first = out[0];
  if (first?.kind === 'text') first.text = first.text.trimStart();
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text = last.text.trimEnd();
  return out.filter((inline) => inline.kind !== 'text' || inline.text !== '');
}

export function plainText(inlines: Inline[]): string {
  return inlines.map((inline) => (inline.kind === 'text' || inline.kind === 'link' ? inline.text : inline.kind === 'break' ? ' ' : '')).join('');
}

/** A block as one line of plain text, for table cells, quotes and captions. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return plainText(block.content).trim();
    case 'list':
      return block.items.map((item) => item.map(blockText).join(' ')).join('; ');
    case 'quote':
      return block.text;
    case 'table':
      return block.rows.map((row) => row.join(' ')).join('; ');
    case 'lesson':
      return block.title;
    case 'commitment':
      return block.text;
  }
}

/** A quotation from its paragraphs, its attribution taken from a last line that starts with a dash ("— Jane Doe"). */
export function quoteBlock(blocks: Block[]): Block[] {
  const lines = blocks.map(blockText).filter(Boolean);
  if (!lines.length) return [];
  let attribution = '';
  const last = /^[—–-]{1,2}\s*(.+)$/.exec(lines[lines.length - 1]!);
  if (last && lines.length > 1) {
    attribution = last[1]!.trim();
    lines.pop();
  }
  return [{ kind: 'quote', text: lines.join(' '), attribution }];
}

/** Footnote ids numbered 1, 2, 3… in the order the text first refers to them, whatever the file called them. */
export class NoteNumbering {
  private readonly ids = new Map<string, string>();

  reference(fileId: string): Inline {
    let id = this.ids.get(fileId);
    if (id === undefined) {
      id = String(this.ids.size + 1);
      this.ids.set(fileId, id);
    }
    return { kind: 'footnote', id };
  }

  /** Our id for a note the file defines, or undefined when the text never refers to it. */
  idOf(fileId: string): string | undefined {
    return this.ids.get(fileId);
  }
}

/** "1 image was left out", "3 images were left out", or nothing. */
export function imageWarnings(images: number): string[] {
  return images ? [`${images} ${images === 1 ? 'image was' : 'images were'} left out`] : [];
}

/** The title a file gives itself: its first heading, when it has no title of its own. */
export function firstHeadingText(blocks: Block[]): string {
  const first = blocks.find((block) => block.kind === 'heading');
  return first?.kind === 'heading' ? plainText(first.content) : '';
}

/** A note's text: its paragraphs joined by line breaks, anything else as plain text. */
export function noteInlines(blocks: Block[]): Inline[] {
  const content: Inline[] = [];
  for (const block of blocks) {
    if (content.length) content.push({ kind: 'break' });
    content.push(...(block.kind === 'paragraph' || block.kind === 'heading' ? block.content : [{ kind: 'text' as const, text: blockText(block) }]));
  }
  return tidyInlines(content);
}

/**
 * Caption paragraphs join the table beside them. `captionOf` says whether a block is a
 * caption (and its text); `placed` says which side the format puts captions on, tried first.
 */
export function joinCaptions(blocks: Block[], captionOf: (block: Block) => string | undefined, placed: 'before' | 'after'): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const caption = captionOf(block);
    const candidates = placed === 'before' ? [blocks[i + 1], out[out.length - 1]] : [out[out.length - 1], blocks[i + 1]];
    const table = caption ? candidates.find((candidate) => candidate?.kind === 'table' && !candidate.caption) : undefined;
    if (caption && table?.kind === 'table') table.caption = caption;
    else out.push(block);
  }
  return out;
}

/** Longest line read as a lesson's title in a paragraph of its own ("Lesson 2: …" in bold, not a heading). */
const LESSON_LINE_LENGTH = 150;

/**
 * Numbered lessons in a structured file (Word, Markdown): a heading "Lesson 2: Title", or
 * a short paragraph of its own that reads so, starts a lesson. The blocks after it, up
 * to the next heading as high or higher or the next lesson, are its body; a quotation
 * first among them is its pull quote.
 */
export function lessonsFromHeadings(blocks: Block[]): Block[] {
  const lessonOf = (block: Block | undefined) => {
    if (block?.kind !== 'heading' && block?.kind !== 'paragraph') return null;
    const text = plainText(block.content).trim();
    const header = text.length <= LESSON_LINE_LENGTH ? lessonHeader(text) : null;
    return header?.title ? header : null;
  };
  const out: Block[] = [];
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index]!;
    const header = lessonOf(block);
    index += 1;
    if (!header) {
      out.push(block);
      continue;
    }
    // A lesson in a paragraph of its own ends at any heading.
    const level = block.kind === 'heading' ? block.level : Infinity;
    const body: Block[] = [];
    while (index < blocks.length && !lessonOf(blocks[index]) && !(blocks[index]!.kind === 'heading' && (blocks[index] as { level: number }).level <= level)) {
      body.push(blocks[index]!);
      index += 1;
    }
    const first = body[0];
    const quote = first?.kind === 'quote' ? { text: first.text, attribution: first.attribution } : null;
    out.push({ kind: 'lesson', number: header.number, title: header.title, quote, body: quote ? body.slice(1) : body });
  }
  return out;
}

import { parseDocument } from 'htmlparser2';
import type { Block, Inline, Recognised } from '../model';
import { blockText, firstHeadingText, imageWarnings, joinCaptions, NoteNumbering, noteInlines, plainText, quoteBlock, tidyInlines as tidy } from '../structure';
import { safeUrl } from '../../../../shared/links';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { name: string; attribs: Record<string, string> }>;

/** The class mammoth's style map gives the Title paragraph (see ./index.ts). */
export const TITLE_CLASS = 'title';
/** The class it gives table captions, joined to the table they name. */
export const CAPTION_CLASS = 'caption';

/** mammoth's ids for the notes it lists at the end, and for their references. */
const NOTE_ID = /^(footnote|endnote)-\d+$/;
/** The "↑" at the end of each note, back to its reference. */
const NOTE_BACK_LINK = /^#(footnote|endnote)-ref-/;
/** Word's widest table; a cell spanning past it is cut there. */
const MAX_TABLE_COLUMNS = 63;

/**
 * What mammoth's HTML of a Word file holds, as the shared recognised-structure model.
 * mammoth writes a closed set of elements (h1–h6, p, ul/ol/li, table, blockquote, strong,
 * em, a, sup, br, img), and the notes as a list at the end whose items have note ids.
 */
export function recogniseHtml(html: string): Recognised {
  const root = parseDocument(html);
  const notes = root.children.filter(isElement).find(isNoteList);
  const noteItems = new Map((notes?.children.filter(isElement) ?? []).map((item) => [item.attribs.id ?? '', item]));
  const reading: Reading = { notes: new NoteNumbering(), noteItems, inCell: false, notesInCells: [], images: 0, titles: new WeakSet(), captions: new WeakSet() };
  const blocks = blocksOf(root.children.filter((node) => node !== notes), reading);
  const footnotes: Recognised['footnotes'] = {};
  for (const item of notes?.children.filter(isElement) ?? []) {
    const id = reading.notes.idOf(item.attribs.id ?? '');
    // A note never referenced from the text has nowhere to go.
    if (id !== undefined) footnotes[id] = noteInlines(blocksOf(item.children, reading));
  }

  const titleAt = blocks.findIndex((block) => reading.titles.has(block));
  // The Title paragraph names the file and is not part of its body; otherwise the first heading names it.
  const titled = titleAt >= 0 ? blocks.splice(titleAt, 1)[0] : undefined;
  const title = titled?.kind === 'heading' ? plainText(titled.content) : firstHeadingText(blocks);

  const captionOf = (block: Block) => (reading.captions.has(block) ? blockText(block) : undefined);
  return { title, blocks: joinCaptions(blocks, captionOf, 'before'), footnotes, warnings: [...imageWarnings(reading.images), ...cellNoteWarnings(reading.notesInCells)] };
}

interface Reading {
  notes: NoteNumbering;
  /** The notes mammoth lists at the end, by their ids. */
  noteItems: Map<string, Element>;
  /** Whether a table cell is being read: its notes become text, since cells are plain text. */
  inCell: boolean;
  /** The texts of the notes kept in table cells. */
  notesInCells: string[];
  images: number;
  /** Headings made of the Title paragraph, taken out as the file's title. */
  titles: WeakSet<Block>;
  /** Caption paragraphs, which join their tables. */
  captions: WeakSet<Block>;
}


function isElement(node: Node): node is Element {
  return 'name' in node && 'attribs' in node;
}

function isNoteList(element: Element): boolean {
  const items = element.children.filter(isElement);
  return element.name === 'ol' && items.length > 0 && items.every((item) => NOTE_ID.test(item.attribs.id ?? ''));
}

function blocksOf(nodes: Node[], reading: Reading): Block[] {
  const blocks: Block[] = [];
  let loose: Inline[] = [];
  const flush = () => {
    const content = tidy(loose);
    if (content.length) blocks.push({ kind: 'paragraph', content });
    loose = [];
  };
  for (const node of nodes) {
    const block = isElement(node) ? blockOf(node, reading) : undefined;
    if (block === undefined) {
      loose.push(...inlinesOf([node], reading, {}));
      continue;
    }
    flush();
    blocks.push(...block);
  }
  flush();
  return blocks;
}

/** The blocks an element makes, or undefined when it is inline content. */
function blockOf(element: Element, reading: Reading): Block[] | undefined {
  const heading = /^h([1-6])$/.exec(element.name);
  if (heading) {
    const content = tidy(inlinesOf(element.children, reading, {}));
    if (!content.length) return [];
    // Word has nine heading levels; a brief has three.
    const level = Math.min(3, Number(heading[1])) as 1 | 2 | 3;
    const block: Block = { kind: 'heading', level, content };
    if (hasClass(element, TITLE_CLASS)) reading.titles.add(block);
    return [block];
  }
  switch (element.name) {
    case 'p': {
      const content = tidy(inlinesOf(element.children, reading, {}));
      if (!content.length) return [];
      const block: Block = { kind: 'paragraph', content };
      if (hasClass(element, CAPTION_CLASS)) reading.captions.add(block);
      return [block];
    }
    case 'ul':
    case 'ol':
      return [{ kind: 'list', ordered: element.name === 'ol', items: element.children.filter(isElement).map((item) => blocksOf(item.children, reading)) }];
    case 'table':
      return [tableOf(element, reading)];
    case 'blockquote':
      return quoteBlock(blocksOf(element.children, reading));
    case 'div':
      return blocksOf(element.children, reading);
    default:
      return undefined;
  }
}

function inlinesOf(nodes: Node[], reading: Reading, style: { bold?: boolean; italic?: boolean }): Inline[] {
  const inlines: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = node.data.replace(/\s+/g, ' ');
      if (text) inlines.push({ kind: 'text', text, ...style });
      continue;
    }
    if (!isElement(node)) continue;
    const href = node.attribs.href ?? '';
    if (node.name === 'strong' || node.name === 'b') inlines.push(...inlinesOf(node.children, reading, { ...style, bold: true }));
    else if (node.name === 'em' || node.name === 'i') inlines.push(...inlinesOf(node.children, reading, { ...style, italic: true }));
    else if (node.name === 'br') inlines.push({ kind: 'break' });
    else if (node.name === 'img') reading.images += 1;
    else if (node.name === 'a' && href.startsWith('#') && NOTE_ID.test(href.slice(1))) inlines.push(...noteReference(href.slice(1), reading));
    else if (node.name === 'a' && safeUrl(href) !== null) {
      const text = plainText(inlinesOf(node.children, reading, {})).trim();
      if (text) inlines.push({ kind: 'link', url: href, text });
    } else if (node.name === 'a' && NOTE_BACK_LINK.test(href)) continue;
    // Bookmarks, internal links, underline, strike, sub- and superscript: their text, as text.
    else inlines.push(...inlinesOf(node.children, reading, style));
  }
  return inlines;
}

/**
 * A footnote reference where it stands: a reference to a numbered note, or in a table cell,
 * whose text is plain, the note's own text in brackets.
 */
function noteReference(fileId: string, reading: Reading): Inline[] {
  const item = reading.noteItems.get(fileId);
  if (!reading.inCell || !item) return [reading.notes.reference(fileId)];
  const note = plainText(noteInlines(blocksOf(item.children, reading))).trim();
  reading.notesInCells.push(note);
  return [{ kind: 'text', text: ` [${note}]` }];
}

/** "1 footnote in a table was kept in its cell, as text in brackets (“…”)", or nothing. */
function cellNoteWarnings(notes: string[]): string[] {
  if (!notes.length) return [];
  const which = notes.map((note) => `“${note.length > 60 ? `${note.slice(0, 59)}…` : note}”`).join(', ');
  return [notes.length === 1 ? `1 footnote in a table was kept in its cell, as text in brackets (${which})` : `${notes.length} footnotes in tables were kept in their cells, as text in brackets (${which})`];
}

/**
 * A table with every row as wide as the table: a merged cell's text stays in its first
 * column and row, and the columns and rows it spans get empty cells, so each value keeps
 * its column (mammoth gives merged cells a colspan or rowspan and leaves the rest out).
 */
function tableOf(table: Element, reading: Reading): Block {
  const rows = descendants(table, 'tr');
  const cellsOf = (row: Element) => row.children.filter(isElement).filter((cell) => cell.name === 'td' || cell.name === 'th');
  const header = rows.length > 0 && cellsOf(rows[0]!).every((cell) => cell.name === 'th');
  const grid: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of cellsOf(row)) {
      // Past the columns a cell above spans down into.
      while (grid[r]![column] !== undefined) column += 1;
      const text = cellText(cell, reading);
      const across = Math.max(1, Math.min(span(cell.attribs.colspan), MAX_TABLE_COLUMNS - column));
      const down = Math.min(span(cell.attribs.rowspan), rows.length - r);
      for (let below = 0; below < down; below++) {
        for (let right = 0; right < across; right++) grid[r + below]![column + right] = below === 0 && right === 0 ? text : '';
      }
      column += across;
    }
  });
  const width = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  return { kind: 'table', caption: '', header, rows: grid.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? '')) };
}

function cellText(cell: Element, reading: Reading): string {
  const inCell = reading.inCell;
  reading.inCell = true;
  const text = blocksOf(cell.children, reading).map(blockText).join(' ').trim();
  reading.inCell = inCell;
  return text;
}

/** A colspan or rowspan as a count of at least 1. */
function span(value: string | undefined): number {
  const count = Number(value);
  return Number.isInteger(count) && count > 1 ? count : 1;
}

function descendants(element: Element, name: string): Element[] {
  const found: Element[] = [];
  for (const child of element.children.filter(isElement)) {
    if (child.name === name) found.push(child);
    // A table inside a cell is part of that cell's text, not rows of this table.
    else if (child.name !== 'table') found.push(...descendants(child, name));
  }
  return found;
}

function hasClass(element: Element, name: string): boolean {
  return (element.attribs.class ?? '').split(/\s+/).includes(name);
}

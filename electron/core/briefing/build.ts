import type {
  CommitmentsTableNode,
  ComparisonTableNode,
  DataTableNode,
  EventDetailsNode,
  FootnoteNode,
  LessonNode,
  ReadingListNode,
} from '../../../shared/briefing';
import {
  elementNode,
  HEADER_ROW,
  inlineNodes,
  listNode,
  mergeTextRuns,
  paragraphNode,
  richTextRoot,
  type RichText,
  type RichTextNode,
} from '../../../shared/richtext';

/**
 * Builders for a document's Lexical state, for sample documents, tests,
 * benchmarks and new documents. Each returns the node as Lexical serializes it,
 * with the fields the briefing schemas expect, so what is built here loads in
 * the editor as it is.
 */

/** Inline content: a string (honouring `**bold**` and `*italic*`) or a node such as a footnote or link. */
export type Inline = string | RichTextNode;

/** A table cell: a line of text, one block (such as a bullet list), or several blocks. */
export type Cell = string | RichTextNode | RichTextNode[];


function inlines(parts: Inline[]): RichTextNode[] {
  return mergeTextRuns(parts.flatMap((part) => (typeof part === 'string' ? inlineNodes(part) : [part])));
}

/** A document's state: its sections, in order. */
export function documentState(...sections: RichTextNode[]): RichText {
  return richTextRoot(sections);
}

/** A section filling the template section `sectionId`; an empty heading prints the template's. */
export function section(sectionId: string, children: RichTextNode[], heading = ''): RichTextNode {
  return elementNode('section', children, { sectionId, heading });
}

export function paragraph(...parts: Inline[]): RichTextNode {
  return paragraphNode(inlines(parts));
}

/** A sub-heading within a section, such as one session of a workshop. */
export function heading3(...parts: Inline[]): RichTextNode {
  return elementNode('heading', inlines(parts), { tag: 'h3' });
}

/** A footnote marker with its note, placed among a paragraph's parts. */
export function footnote(note: string, sourceId: string | null = null): FootnoteNode {
  return { type: 'footnote', version: 1, note, sourceId };
}

export function link(url: string, text: string): RichTextNode {
  return elementNode('link', inlineNodes(text), { url, rel: 'noreferrer', target: null, title: null });
}

export function lineBreak(): RichTextNode {
  return { type: 'linebreak', version: 1 };
}

/** Each item is one line: a string, or inline parts. */
export function bulletList(items: (string | Inline[])[]): RichTextNode {
  return listNode('bullet', items.map((item) => inlines(Array.isArray(item) ? item : [item])));
}

export function numberedList(items: (string | Inline[])[]): RichTextNode {
  return listNode('number', items.map((item) => inlines(Array.isArray(item) ? item : [item])));
}

export function pullQuote(text: string, attribution = ''): RichTextNode {
  return elementNode('pullquote', inlineNodes(text), { attribution });
}

/** A lesson shown from the library: edits to the lesson show in the document. */
export function lessonRef(lessonId: string): LessonNode {
  return { type: 'lesson', version: 1, lessonId, pinned: null };
}

export interface LessonCopy {
  title: string;
  quote?: { text: string; attribution?: string } | null;
  body: RichText;
}

/** A lesson the document keeps its own copy of, optionally remembering the library lesson it came from. */
export function pinnedLesson({ title, quote, body }: LessonCopy, lessonId: string | null = null): LessonNode {
  const pinned = { title, quote: quote ? { text: quote.text, attribution: quote.attribution ?? '' } : null, body };
  return { type: 'lesson', version: 1, lessonId, pinned };
}

export interface ComparisonOptions {
  /** Units in the order shown; all of the comparison's units when left out. */
  unitIds?: string[];
  /** Question ids in the order shown; all questions when left out. */
  questionIds?: string[];
  /** Units as rows and questions as columns. */
  transposed?: boolean;
  caption?: string;
}

export function comparisonTable(comparisonId: string, options: ComparisonOptions = {}): ComparisonTableNode {
  const { unitIds = [], questionIds = [], transposed = false, caption = '' } = options;
  return { type: 'comparisontable', version: 1, comparisonId, unitIds, questionIds, transposed, caption };
}

/** A library table; an empty caption prints the table's title. */
export function dataTable(tableId: string, caption = ''): DataTableNode {
  return { type: 'datatable', version: 1, tableId, caption };
}

export function commitmentsTable(commitmentIds: string[]): CommitmentsTableNode {
  return { type: 'commitmentstable', version: 1, commitmentIds };
}

export function eventDetails(workshopId: string): EventDetailsNode {
  return { type: 'eventdetails', version: 1, workshopId };
}

export function readingList(sourceIds: string[]): ReadingListNode {
  return { type: 'readinglist', version: 1, sourceIds };
}

function tableCell(content: Cell, headerState: number): RichTextNode {
  const blocks = typeof content === 'string' ? [paragraph(content)] : Array.isArray(content) ? content : [content];
  return elementNode('tablecell', blocks, { headerState, colSpan: 1, rowSpan: 1, backgroundColor: null });
}

/** A Lexical table; with `header` its first row is a header row. */
export function table(rows: Cell[][], { header = true }: { header?: boolean } = {}): RichTextNode {
  return elementNode(
    'table',
    rows.map((row, index) =>
      elementNode(
        'tablerow',
        row.map((content) => tableCell(content, header && index === 0 ? HEADER_ROW : 0)),
      ),
    ),
  );
}

import type { Reference } from '../../../shared/briefing';
import type { Template, TemplateSection } from '../../../shared/template';

/**
 * A document as exporters and the brief checker see it: the Lexical state with
 * every library reference looked up, lessons and footnotes numbered, and the
 * custom tables turned into rows and cells. Every export format is written
 * from this one model, so they agree on what a document says.
 */

export interface TextRun {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  superscript?: boolean;
  subscript?: boolean;
}

/** A link to a web or mail address; other schemes are exported as plain text. */
export interface LinkRun {
  type: 'link';
  url: string;
  children: TextRun[];
}

export interface FootnoteRun {
  type: 'footnote';
  /** 1, 2, 3 … in document order. */
  number: number;
  /** The note's text, with its source's reference when it cites one. */
  text: string;
}

export interface BreakRun {
  type: 'break';
}

export type Inline = TextRun | LinkRun | FootnoteRun | BreakRun;

/** Which paragraph style a plain paragraph takes. */
export type ParagraphRole = 'body' | 'title' | 'subtitle' | 'caption';

export interface ParagraphBlock {
  type: 'paragraph';
  role: ParagraphRole;
  inlines: Inline[];
}

export interface HeadingBlock {
  type: 'heading';
  /** 1 is a section heading, 2 a lesson or sub-heading, 3 below that. */
  level: 1 | 2 | 3;
  inlines: Inline[];
}

export interface PullQuoteBlock {
  type: 'pullquote';
  inlines: Inline[];
  attribution: string;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  /** Each item's blocks: its paragraph, then any nested list. */
  items: Block[][];
}

export interface TableCell {
  blocks: Block[];
}

/** What a table shows, so formats can style the kinds apart. */
export type TableRole = 'comparison' | 'data' | 'commitments' | 'event' | 'plain';

export interface TableBlock {
  type: 'table';
  role: TableRole;
  caption: string;
  /** The first row is a header row, repeated on every page in Word. */
  header: boolean;
  rows: TableCell[][];
  /** Columns holding numbers, which are aligned right. */
  numericColumns: number[];
  /** A note printed under the table (units, sources). */
  note: string;
}

export interface LessonBlock {
  type: 'lesson';
  number: number;
  /** The numbering label, e.g. "Lesson 1:". */
  label: string;
  title: string;
  quote: { text: string; attribution: string } | null;
  body: Block[];
  lessonId: string | null;
  pinned: boolean;
}

/** A formatted list of references (further reading). */
export interface ReferencesBlock {
  type: 'references';
  entries: Inline[][];
}

/** A reference to a library item that is not there: exported as a visible placeholder. */
export interface MissingBlock {
  type: 'missing';
  reference: Reference;
  text: string;
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | PullQuoteBlock
  | ListBlock
  | TableBlock
  | LessonBlock
  | ReferencesBlock
  | MissingBlock;

export interface ResolvedSection {
  /** The template section it fills; null for blocks found outside any section. */
  sectionId: string | null;
  spec: TemplateSection | undefined;
  heading: string;
  /** Its printed number when the template numbers sections. */
  number: number | null;
  printHeading: boolean;
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

export interface ResolvedDocument {
  title: string;
  subtitle: string;
  author: string;
  subject: string;
  template: Template;
  sections: ResolvedSection[];
  footnoteCount: number;
  /** Library items the document refers to that are missing or of the wrong kind. */
  broken: (Reference & { sectionId: string | null; problem: string })[];
}

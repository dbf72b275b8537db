/**
 * What an importer recognised in a file, whatever its format: the readers
 * (plain text, Markdown, DOCX) each produce this, and one step turns it into a
 * document (`--as document`) or library items (`--as library`).
 */

/** A run of text, a footnote reference, a link or a line break, in reading order. */
export type Inline =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean }
  /** A footnote reference; `id` names an entry of `Recognised.footnotes`. */
  | { kind: 'footnote'; id: string }
  | { kind: 'link'; url: string; text: string }
  | { kind: 'break' };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  /** Each item is a list of blocks, so lists nest. */
  | { kind: 'list'; ordered: boolean; items: Block[][] }
  /** A quotation set apart (a pull quote, a blockquote), with who said it when known. */
  | { kind: 'quote'; text: string; attribution: string }
  /** A numbered lesson ("Lesson 2: …"): its title, its pull quote, and its body. */
  | { kind: 'lesson'; number: number | null; title: string; quote: { text: string; attribution: string } | null; body: Block[] }
  /** A table of plain cells; the first row is the header when `header`. */
  | { kind: 'table'; caption: string; header: boolean; rows: string[][] }
  /** A numbered item of a declaration or action plan. */
  | { kind: 'commitment'; number: number | null; text: string; owner: string; frequency: string; details: string[] };

export interface Recognised {
  /** The file's own title (its first heading or title line); '' when it has none. */
  title: string;
  /** A subtitle under the title ("How to drive successful policy execution in Pakistan"), when the file has one. */
  subtitle?: string;
  blocks: Block[];
  /** Footnote texts by id, as referenced from the blocks. */
  footnotes: Record<string, Inline[]>;
  /** Things a person should know about the reading ("2 images were left out"). */
  warnings: string[];
}

/** A file offered for import: its name (for messages and the source it becomes) and its bytes. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** Reads one format. Throws ApiError('invalid-input', …) naming the file and the problem. */
export type Reader = (file: ImportFile) => Recognised | Promise<Recognised>;

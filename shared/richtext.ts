import { z } from 'zod';

/**
 * Rich text is stored as Lexical's serialized editor state, so the editor can
 * load it as it is and exporters can walk it without an editor instance.
 * The schema checks the shape every node shares and lets node-specific fields through.
 */
export interface RichTextNode {
  type: string;
  version?: number;
  text?: string;
  children?: RichTextNode[];
  [field: string]: unknown;
}

export const RichTextNodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1),
    version: z.number().int().optional(),
    text: z.string().optional(),
    children: z.array(RichTextNodeSchema).optional(),
  }),
);

export const RichTextSchema = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(RichTextNodeSchema),
  }),
});
export type RichText = z.infer<typeof RichTextSchema>;

/** Lexical's text format bits, by the names the export model uses. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strike: 4, underline: 8, code: 16, subscript: 32, superscript: 64 } as const;
const BOLD = TEXT_FORMAT.bold;
const ITALIC = TEXT_FORMAT.italic;
/** Lexical's table cell header state for a cell in a header row. */
export const HEADER_ROW = 1;

/** A Lexical text node; `format` holds the format bits. */
export function textNode(text: string, format = 0): RichTextNode {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

/**
 * Joins neighbouring plain text nodes of the same format and style into one, as
 * Lexical normalises them on load, so stored state is what the editor writes back.
 */
export function mergeTextRuns(nodes: RichTextNode[]): RichTextNode[] {
  const plain = (node: RichTextNode) => node.type === 'text' && node.mode === 'normal';
  const merged: RichTextNode[] = [];
  for (const node of nodes) {
    const previous = merged.at(-1);
    if (previous && plain(previous) && plain(node) && previous.format === node.format && previous.style === node.style) {
      merged[merged.length - 1] = { ...previous, text: `${previous.text ?? ''}${node.text ?? ''}` };
    } else {
      merged.push(node);
    }
  }
  return merged;
}

/** Splits `**bold**` and `*italic*` runs into formatted text nodes. */
export function inlineNodes(paragraph: string): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*]+)\*/g;
  let last = 0;
  for (let match = pattern.exec(paragraph); match; match = pattern.exec(paragraph)) {
    if (match.index > last) nodes.push(textNode(paragraph.slice(last, match.index)));
    nodes.push(match[1] !== undefined ? textNode(match[1], BOLD) : textNode(match[2] ?? '', ITALIC));
    last = match.index + match[0].length;
  }
  if (last < paragraph.length) nodes.push(textNode(paragraph.slice(last)));
  return mergeTextRuns(nodes);
}

/** A Lexical element node with the fields every element serializes. */
export function elementNode(type: string, children: RichTextNode[], extra: Record<string, unknown> = {}): RichTextNode {
  return { type, version: 1, children, direction: 'ltr', format: '', indent: 0, ...extra };
}

export function paragraphNode(children: RichTextNode[]): RichTextNode {
  return elementNode('paragraph', children, { textFormat: 0, textStyle: '' });
}

/** A Lexical list whose items hold the given inline nodes. */
export function listNode(listType: 'bullet' | 'number', items: RichTextNode[][]): RichTextNode {
  const children = items.map((item, index) => elementNode('listitem', item, { value: index + 1 }));
  return elementNode('list', children, { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' });
}

/** Lexical's serialized editor state around top-level blocks. */
export function richTextRoot(children: RichTextNode[]): RichText {
  return { root: { type: 'root', version: 1, children, direction: 'ltr', format: '', indent: 0 } };
}

/**
 * Builds rich text from plain paragraphs. A paragraph whose lines all start with
 * "- " becomes a bullet list; `**bold**` and `*italic*` are honoured.
 */
export function richText(...paragraphs: string[]): RichText {
  const children = paragraphs.map((paragraph) => {
    const lines = paragraph.split('\n');
    if (lines.every((line) => line.startsWith('- '))) {
      return listNode('bullet', lines.map((line) => inlineNodes(line.slice(2))));
    }
    return paragraphNode(inlineNodes(paragraph));
  });
  return richTextRoot(children);
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'tablecell', 'tablerow']);

/** The text of rich text, one line per block, for search and plain output. */
export function richTextToPlain(value: RichText | RichTextNode): string {
  const parts: string[] = [];
  const walk = (node: RichTextNode): void => {
    if (typeof node.text === 'string') parts.push(node.text);
    if (node.type === 'linebreak') parts.push('\n');
    for (const child of node.children ?? []) walk(child);
    if (BLOCK_TYPES.has(node.type)) parts.push('\n');
  };
  walk('root' in value && typeof value.root === 'object' ? (value.root as RichTextNode) : (value as RichTextNode));
  return parts
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

import type { Block, Inline, ListBlock, TextRun } from '../../briefing/model';
import { type FootnoteNumbering, lessonHeading } from '../text';
import { inlineLine, inlineWords, wrapLines } from './inlines';
import { tableToMarkdown } from './tables';

export interface MarkdownContext {
  /** Display columns to wrap paragraphs at; Infinity outside tables. */
  width: number;
  /** Whether the text is laid out in a grid table's columns. */
  columns: boolean;
  notes: FootnoteNumbering;
}

type Converter<B extends Block> = (block: B, context: MarkdownContext) => string;

/** One converter per block type. */
const CONVERTERS: { [T in Block['type']]: Converter<Extract<Block, { type: T }>> } = {
  paragraph: (block, context) => paragraph(block.inlines, context),
  heading: (block, context) => `${'#'.repeat(block.level)} ${inlineLine(block.inlines, context.notes)}`,
  pullquote: (block, context) => blockquote(block.inlines, block.attribution, context),
  list: (block, context) => list(block, context),
  table: (block, context) => tableToMarkdown(block, context, blocksToMarkdown),
  lesson: (block, context) => {
    const heading = `## ${inlineLine(plain(lessonHeading(block)), context.notes)}`;
    const quote = block.quote ? blockquote(plain(block.quote.text), block.quote.attribution, context) : '';
    return [heading, quote, blocksToMarkdown(block.body, context)].filter(Boolean).join('\n\n');
  },
  references: (block, context) =>
    list({ type: 'list', ordered: false, items: block.entries.map((inlines) => [{ type: 'paragraph', role: 'body', inlines }]) }, context),
  missing: (block, context) => paragraph([{ type: 'text', text: block.text, bold: true }], context),
};

function plain(text: string): TextRun[] {
  return [{ type: 'text', text }];
}

function paragraph(inlines: Inline[], context: MarkdownContext): string {
  return wrapLines(inlineWords(inlines, context.notes, context.columns), context.width).join('\n');
}

function blockquote(inlines: Inline[], attribution: string, context: MarkdownContext): string {
  const inner = { ...context, width: context.width - 2 };
  const parts = [paragraph(inlines, inner)];
  if (attribution.trim()) parts.push(paragraph(plain(`— ${attribution.trim()}`), inner));
  return prefixLines(parts.join('\n\n'), '> ', '>');
}

/** Items marked "-   " or "1.  ", with an item's later blocks lined up under its first, where pandoc looks for them. */
function list(block: ListBlock, context: MarkdownContext): string {
  const inner = { ...context, width: context.width - 4 };
  const items = block.items.map((blocks, index) => {
    const marker = block.ordered ? `${index + 1}. `.padEnd(4) : '-   ';
    const body = blocks
      .map((child, position) => {
        const text = blockToMarkdown(child, inner);
        // A nested list follows its item's paragraph directly, keeping the list tight.
        const separator = position === 0 ? '' : child.type === 'list' ? '\n' : '\n\n';
        return separator + text;
      })
      .join('');
    return marker + prefixLines(body, ' '.repeat(marker.length)).trimStart();
  });
  const loose = items.some((item) => item.includes('\n\n'));
  return items.join(loose ? '\n\n' : '\n');
}

function prefixLines(text: string, prefix: string, blankPrefix = ''): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : blankPrefix))
    .join('\n');
}

function blockToMarkdown(block: Block, context: MarkdownContext): string {
  const convert = CONVERTERS[block.type] as Converter<Block>;
  return convert(block, context);
}

const LISTS = new Set<Block['type']>(['list', 'references']);

/** Blocks with a blank line between; two lists in a row are kept apart by a comment, or pandoc would join them. */
export function blocksToMarkdown(blocks: Block[], context: MarkdownContext): string {
  const parts: string[] = [];
  let previous: Block | undefined;
  for (const block of blocks) {
    const text = blockToMarkdown(block, context);
    if (!text) continue;
    if (previous && LISTS.has(previous.type) && LISTS.has(block.type)) parts.push('<!-- -->');
    parts.push(text);
    previous = block;
  }
  return parts.join('\n\n');
}

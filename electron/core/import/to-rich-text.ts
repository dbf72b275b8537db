import { bulletList, footnote, heading3, lineBreak, link, paragraph, pullQuote, table } from '../briefing/build';
import { listNode, paragraphNode, TEXT_FORMAT, textNode, type RichTextNode } from '../../../shared/richtext';
import type { Block, Inline } from './model';
import { plainText } from './structure';

/**
 * Recognised blocks as the Lexical nodes a document or a lesson body stores.
 * Text is taken as written: an asterisk in the file is not read as emphasis.
 */

export function inlineNodes(content: Inline[], footnotes: Record<string, Inline[]>): RichTextNode[] {
  return content.map((inline): RichTextNode => {
    switch (inline.kind) {
      case 'text':
        return textNode(inline.text, (inline.bold ? TEXT_FORMAT.bold : 0) | (inline.italic ? TEXT_FORMAT.italic : 0));
      case 'footnote':
        return footnote(plainText(footnotes[inline.id] ?? []).trim());
      case 'link':
        return link(inline.url, inline.text);
      case 'break':
        return lineBreak();
    }
  });
}

/**
 * A list as Lexical stores it: each item's words in a list item, and a nested
 * list in a list item of its own right after it (Lexical's form, which the
 * editor indents and the exporters read as the item's sub-list).
 */
function listOf(block: Extract<Block, { kind: 'list' }>, footnotes: Record<string, Inline[]>): RichTextNode {
  const items = block.items.flatMap((item) => {
    const own = item.flatMap((inner) => (inner.kind === 'paragraph' || inner.kind === 'heading' ? inlineNodes(inner.content, footnotes) : []));
    const nested = item.flatMap((inner) => (inner.kind === 'list' ? [[listOf(inner, footnotes)]] : []));
    return own.length ? [own, ...nested] : nested;
  });
  return listNode(block.ordered ? 'number' : 'bullet', items);
}

export function blockNodes(block: Block, footnotes: Record<string, Inline[]>): RichTextNode[] {
  switch (block.kind) {
    case 'heading':
      return [heading3(...inlineNodes(block.content, footnotes))];
    case 'paragraph':
      return [paragraphNode(inlineNodes(block.content, footnotes))];
    case 'list':
      return [listOf(block, footnotes)];
    case 'quote':
      return [pullQuote(block.text, block.attribution)];
    case 'table':
      return [...(block.caption ? [paragraphNode([textNode(block.caption, TEXT_FORMAT.italic)])] : []), table(block.rows.map((row) => row.map((cell) => paragraphNode([textNode(cell)]))), { header: block.header })];
    case 'commitment':
      return [
        paragraph(textNode(block.number === null ? block.text : `${block.number}. ${block.text}`)),
        ...(block.details.length ? [bulletList(block.details.map((detail) => [textNode(detail)]))] : []),
      ];
    case 'lesson':
      // A lesson outside a lessons section keeps its words as a heading, its quote and its body.
      return [
        heading3(textNode(block.number === null ? block.title : `Lesson ${block.number}: ${block.title}`)),
        ...(block.quote ? [pullQuote(block.quote.text, block.quote.attribution)] : []),
        ...block.body.flatMap((inner) => blockNodes(inner, footnotes)),
      ];
  }
}

import { bulletList, footnote, heading3, lineBreak, link, numberedList, paragraph, pullQuote, table } from '../briefing/build';
import { paragraphNode, TEXT_FORMAT, textNode, type RichTextNode } from '../../../shared/richtext';
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

/** A list item's blocks as one line; a nested list's items follow as lines of their own. */
function listLines(items: Block[][], footnotes: Record<string, Inline[]>): RichTextNode[][] {
  return items.flatMap((item) => {
    const own = item.flatMap((block) => (block.kind === 'paragraph' || block.kind === 'heading' ? inlineNodes(block.content, footnotes) : []));
    const nested = item.flatMap((block) => (block.kind === 'list' ? listLines(block.items, footnotes) : []));
    return own.length ? [own, ...nested] : nested;
  });
}

export function blockNodes(block: Block, footnotes: Record<string, Inline[]>): RichTextNode[] {
  switch (block.kind) {
    case 'heading':
      return [heading3(...inlineNodes(block.content, footnotes))];
    case 'paragraph':
      return [paragraphNode(inlineNodes(block.content, footnotes))];
    case 'list':
      return [(block.ordered ? numberedList : bulletList)(listLines(block.items, footnotes))];
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

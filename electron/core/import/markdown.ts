import type { Definition, FootnoteDefinition, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { textOf } from './admit';
import type { Block, ImportFile, Inline, Recognised } from './model';
import { blockText, firstHeadingText, imageWarnings, joinCaptions, NoteNumbering, noteInlines, plainText, quoteBlock, tidyInlines } from './structure';
import { safeUrl } from '../../../shared/links';

/** pandoc's table caption, a paragraph beside the table: ": Caption" or "Table: Caption". */
const CAPTION = /^(?:Table)?:\s+(\S.*)$/s;

/**
 * Reads Markdown as pandoc writes it: headings, paragraphs with emphasis, nested lists,
 * pipe tables with their captions, footnotes, block quotes and links, and the title from
 * a YAML metadata block or a `% Title` line.
 */
export function readMarkdown(file: ImportFile): Recognised {
  const { title: ownTitle, body } = splitTitle(textOf(file));
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const reading: Reading = { notes: new NoteNumbering(), images: 0, definitions: definitionsOf(tree) };
  const blocks = blocksOf(tree.children, reading);
  const footnotes: Recognised['footnotes'] = {};
  for (const definition of tree.children.filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition')) {
    const id = reading.notes.idOf(definition.identifier);
    // A note never referenced from the text has nowhere to go.
    if (id !== undefined) footnotes[id] = noteInlines(blocksOf(definition.children, reading));
  }
  return { title: ownTitle || firstHeadingText(blocks), blocks, footnotes, warnings: imageWarnings(reading.images) };
}

interface Reading {
  notes: NoteNumbering;
  images: number;
  /** Link reference definitions (`[id]: url`), by their normalised identifier. */
  definitions: Map<string, string>;
}

/**
 * The title from pandoc's metadata (a leading YAML block with `title:`, or `% Title`
 * lines), and the text without it: left in, YAML's closing `---` would make a heading.
 */
function splitTitle(text: string): { title: string; body: string } {
  const yaml = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (yaml) {
    const title = /^title:[ \t]*(.*)$/m.exec(yaml[1]!)?.[1]?.trim() ?? '';
    return { title: title.replace(/^(["'])(.*)\1$/, '$2'), body: text.slice(yaml[0].length) };
  }
  const block = /^(%[^\n]*(?:\r?\n|$))+/.exec(text);
  if (block) return { title: block[0].split(/\r?\n/)[0]!.slice(1).trim(), body: text.slice(block[0].length) };
  return { title: '', body: text };
}

function definitionsOf(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'definition') definitions.set((node as Definition).identifier, (node as Definition).url);
      else if ('children' in node && Array.isArray(node.children)) visit(node.children as RootContent[]);
    }
  };
  visit(tree.children);
  return definitions;
}

function captionOf(block: Block): string | undefined {
  return block.kind === 'paragraph' ? CAPTION.exec(blockText(block))?.[1] : undefined;
}

function blocksOf(nodes: RootContent[], reading: Reading): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'heading': {
        const content = tidyInlines(inlinesOf(node.children, reading, {}));
        // Markdown has six heading levels; a brief has three.
        if (content.length) blocks.push({ kind: 'heading', level: Math.min(3, node.depth) as 1 | 2 | 3, content });
        break;
      }
      case 'paragraph': {
        const content = tidyInlines(inlinesOf(node.children, reading, {}));
        if (content.length) blocks.push({ kind: 'paragraph', content });
        break;
      }
      case 'list':
        blocks.push({ kind: 'list', ordered: node.ordered === true, items: node.children.map((item) => blocksOf(item.children, reading)) });
        break;
      case 'table':
        blocks.push({
          kind: 'table',
          caption: '',
          // A pipe table always has a header row.
          header: true,
          rows: node.children.map((row) => row.children.map((cell) => plainText(tidyInlines(inlinesOf(cell.children, reading, {}))))),
        });
        break;
      case 'blockquote':
        blocks.push(...quoteBlock(blocksOf(node.children, reading)));
        break;
      case 'code':
        if (node.value.trim()) blocks.push({ kind: 'paragraph', content: [{ kind: 'text', text: node.value }] });
        break;
      // Raw HTML, rules, definitions and footnote texts (read apart) add nothing to the body.
      default:
        break;
    }
  }
  return joinCaptions(blocks, captionOf, 'after');
}

function inlinesOf(nodes: PhrasingContent[], reading: Reading, style: { bold?: boolean; italic?: boolean }): Inline[] {
  const inlines: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        inlines.push({ kind: 'text', text: node.value.replace(/\s+/g, ' '), ...style });
        break;
      case 'inlineCode':
        inlines.push({ kind: 'text', text: node.value, ...style });
        break;
      case 'strong':
        inlines.push(...inlinesOf(node.children, reading, { ...style, bold: true }));
        break;
      case 'emphasis':
        inlines.push(...inlinesOf(node.children, reading, { ...style, italic: true }));
        break;
      case 'delete':
        inlines.push(...inlinesOf(node.children, reading, style));
        break;
      case 'break':
        inlines.push({ kind: 'break' });
        break;
      case 'footnoteReference':
        inlines.push(reading.notes.reference(node.identifier));
        break;
      case 'link':
      case 'linkReference': {
        const url = node.type === 'link' ? node.url : (reading.definitions.get(node.identifier) ?? '');
        const children = inlinesOf(node.children, reading, style);
        const text = plainText(children).trim();
        if (safeUrl(url) !== null && text) inlines.push({ kind: 'link', url, text });
        else inlines.push(...children);
        break;
      }
      case 'image':
      case 'imageReference':
        reading.images += 1;
        break;
      default:
        break;
    }
  }
  return inlines;
}


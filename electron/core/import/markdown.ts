import MarkdownIt from 'markdown-it';
import footnotes from 'markdown-it-footnote';
import type { Token } from 'markdown-it/index.js';
import { textOf } from './admit';
import type { Block, ImportFile, Inline, Recognised } from './model';
import { blockText, firstHeadingText, imageWarnings, joinCaptions, NoteNumbering, noteInlines, plainText, quoteBlock, tidyInlines } from './structure';
import { safeUrl } from '../../../shared/links';

/** pandoc's table caption, a paragraph beside the table: ": Caption" or "Table: Caption". */
const CAPTION = /^(?:Table)?:\s+(\S.*)$/s;

/**
 * markdown-it reads in time linear in the file, however it is crafted (the mdast reader
 * it replaced copied its whole event list at each closing block quote, list item or
 * note). Raw HTML is parsed so that it can be dropped, and every link is let through
 * to be judged by safeUrl, which keeps only the text of one that is not a web or mail link.
 */
const parser = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).use(footnotes);
parser.validateLink = () => true;
// Notes are taken from where they are defined. The plugin's own step that gathers them
// at the end copies the whole token list once per note.
parser.core.ruler.disable('footnote_tail');

/** markdown-it's flat tokens nested by their opening and closing pairs. */
interface Node {
  token: Token;
  children: Node[];
}

/** A note defined in the file: by its label (`[^label]: …`) or inline (`^[…]`) by its number. */
const labelKey = (label: string) => `label:${label}`;
const inlineKey = (id: number) => `inline:${id}`;

interface FootnoteEnv {
  footnotes?: { list?: Array<{ label?: string; tokens?: Token[] }> };
}

/**
 * Reads Markdown as pandoc writes it: headings, paragraphs with emphasis, nested lists,
 * pipe tables with their captions, footnotes (inline ones too), block quotes and links,
 * and the title from a YAML metadata block or a `% Title` line.
 */
export function readMarkdown(file: ImportFile): Recognised {
  const { title: ownTitle, body } = splitTitle(textOf(file));
  const env: FootnoteEnv = {};
  const tree = nest(parser.parse(body, env));
  const reading: Reading = { notes: new NoteNumbering(), images: 0, definitions: new Map() };
  const blocks = blocksOf(tree, reading);
  const notes: Recognised['footnotes'] = {};
  const defined: Array<[key: string, read: () => Block[]]> = [...reading.definitions].map(([label, children]) => [labelKey(label), () => blocksOf(children, reading)]);
  (env.footnotes?.list ?? []).forEach((note, id) => {
    if (note.label === undefined && note.tokens) defined.push([inlineKey(id), () => [{ kind: 'paragraph', content: tidyInlines(inlinesOf(nest(note.tokens!), reading, {})) }]]);
  });
  for (const [key, read] of defined) {
    const id = reading.notes.idOf(key);
    // A note never referred to from the text has nowhere to go.
    if (id !== undefined) notes[id] = noteInlines(read());
  }
  return { title: ownTitle || firstHeadingText(blocks), blocks, footnotes: notes, warnings: imageWarnings(reading.images) };
}

interface Reading {
  notes: NoteNumbering;
  images: number;
  /** Each labelled note's blocks, read after the text so that the text numbers the notes; the first definition of a label counts. */
  definitions: Map<string, Node[]>;
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

function nest(tokens: Token[]): Node[] {
  const root: Node[] = [];
  const open: Node[][] = [root];
  for (const token of tokens) {
    if (token.nesting === -1) {
      if (open.length > 1) open.pop();
      continue;
    }
    const node: Node = { token, children: [] };
    open[open.length - 1]!.push(node);
    if (token.nesting === 1) open.push(node.children);
  }
  return root;
}

function captionOf(block: Block): string | undefined {
  return block.kind === 'paragraph' ? CAPTION.exec(blockText(block))?.[1] : undefined;
}

/** The runs of a heading, paragraph or table cell: its one inline token's. */
function contentOf(node: Node, reading: Reading): Inline[] {
  const inline = node.children.find((child) => child.token.type === 'inline');
  return tidyInlines(inline ? inlinesOf(nest(inline.token.children ?? []), reading, {}) : []);
}

/** Every node of a kind beneath this one, in document order (the rows of a table). */
function descendants(node: Node, type: string): Node[] {
  return node.children.flatMap((child) => (child.token.type === type ? [child] : descendants(child, type)));
}

function blocksOf(nodes: Node[], reading: Reading): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    const { token } = node;
    switch (token.type) {
      case 'heading_open': {
        const content = contentOf(node, reading);
        // Markdown has six heading levels; a brief has three.
        if (content.length) blocks.push({ kind: 'heading', level: Math.min(3, Number(token.tag.slice(1))) as 1 | 2 | 3, content });
        break;
      }
      case 'paragraph_open': {
        const content = contentOf(node, reading);
        if (content.length) blocks.push({ kind: 'paragraph', content });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        blocks.push({ kind: 'list', ordered: token.type === 'ordered_list_open', items: node.children.map((item) => blocksOf(item.children, reading)) });
        break;
      case 'table_open':
        blocks.push({
          kind: 'table',
          caption: '',
          // A pipe table always has a header row.
          header: true,
          rows: descendants(node, 'tr_open').map((row) => row.children.map((cell) => plainText(contentOf(cell, reading)))),
        });
        break;
      case 'blockquote_open':
        blocks.push(...quoteBlock(blocksOf(node.children, reading)));
        break;
      case 'fence':
      case 'code_block':
        if (token.content.trim()) blocks.push({ kind: 'paragraph', content: [{ kind: 'text', text: token.content.replace(/\n$/, '') }] });
        break;
      case 'footnote_reference_open': {
        const label = String(token.meta?.label ?? '');
        if (!reading.definitions.has(label)) reading.definitions.set(label, node.children);
        break;
      }
      // Raw HTML and rules add nothing.
      default:
        break;
    }
  }
  return joinCaptions(blocks, captionOf, 'after');
}

function inlinesOf(nodes: Node[], reading: Reading, style: { bold?: boolean; italic?: boolean }): Inline[] {
  const inlines: Inline[] = [];
  for (const { token, children } of nodes) {
    switch (token.type) {
      case 'text':
        inlines.push({ kind: 'text', text: token.content.replace(/\s+/g, ' '), ...style });
        break;
      case 'softbreak':
        inlines.push({ kind: 'text', text: ' ', ...style });
        break;
      case 'code_inline':
        inlines.push({ kind: 'text', text: token.content, ...style });
        break;
      case 'strong_open':
        inlines.push(...inlinesOf(children, reading, { ...style, bold: true }));
        break;
      case 'em_open':
        inlines.push(...inlinesOf(children, reading, { ...style, italic: true }));
        break;
      case 's_open':
        inlines.push(...inlinesOf(children, reading, style));
        break;
      case 'hardbreak':
        inlines.push({ kind: 'break' });
        break;
      case 'footnote_ref': {
        const meta = token.meta as { id: number; label?: string };
        inlines.push(reading.notes.reference(meta.label === undefined ? inlineKey(meta.id) : labelKey(meta.label)));
        break;
      }
      case 'link_open': {
        const url = token.attrGet('href') ?? '';
        const content = inlinesOf(children, reading, style);
        const text = plainText(content).trim();
        if (safeUrl(url) !== null && text) inlines.push({ kind: 'link', url, text });
        else inlines.push(...content);
        break;
      }
      case 'image':
        reading.images += 1;
        break;
      // Raw HTML adds nothing; the text between two tags stays.
      default:
        break;
    }
  }
  return inlines;
}

import type { Block, ParagraphRole, TableBlock, TableCell } from '../../briefing/model';
import { type FootnoteNumbering, lessonHeading, tableGrid } from '../text';
import { escapeHtml } from './escape';
import { inlinesToHtml } from './inlines';

type Converter<B extends Block> = (block: B, notes: FootnoteNumbering) => string;

const PARAGRAPH_CLASSES: Record<ParagraphRole, string> = { body: '', title: 'title', subtitle: 'subtitle', caption: 'caption' };

/** One converter per block type. */
const CONVERTERS: { [T in Block['type']]: Converter<Extract<Block, { type: T }>> } = {
  paragraph: (block, notes) => element('p', PARAGRAPH_CLASSES[block.role], inlinesToHtml(block.inlines, notes)),
  // The document's title is the h1; a section heading (level 1) is an h2.
  heading: (block, notes) => `<h${block.level + 1}>${inlinesToHtml(block.inlines, notes)}</h${block.level + 1}>`,
  pullquote: (block, notes) => pullQuote(inlinesToHtml(block.inlines, notes), block.attribution),
  list: (block, notes) => {
    const tag = block.ordered ? 'ol' : 'ul';
    return `<${tag}>\n${block.items.map((item) => `<li>${compactBlocks(item, notes)}</li>`).join('\n')}\n</${tag}>`;
  },
  table: (block, notes) => table(block, notes),
  lesson: (block, notes) => {
    const parts = [`<h3>${escapeHtml(lessonHeading(block))}</h3>`];
    if (block.quote) parts.push(pullQuote(escapeHtml(block.quote.text), block.quote.attribution));
    parts.push(blocksToHtml(block.body, notes));
    return `<article class="lesson">\n${parts.filter(Boolean).join('\n')}\n</article>`;
  },
  references: (block, notes) =>
    `<ul class="references">\n${block.entries.map((entry) => `<li>${inlinesToHtml(entry, notes)}</li>`).join('\n')}\n</ul>`,
  missing: (block) => `<p class="missing">${escapeHtml(block.text)}</p>`,
};

function element(tag: string, className: string, html: string): string {
  return className ? `<${tag} class="${className}">${html}</${tag}>` : `<${tag}>${html}</${tag}>`;
}

/** HTML wants a quotation's attribution outside the blockquote: a figure holds both. */
function pullQuote(html: string, attribution: string): string {
  const caption = attribution.trim() ? `\n<figcaption>— <cite>${escapeHtml(attribution.trim())}</cite></figcaption>` : '';
  return `<figure class="quotation">\n<blockquote class="pull-quote"><p>${html}</p></blockquote>${caption}\n</figure>`;
}

/** A list item's or table cell's blocks; a lone paragraph (before any nested lists) without its p, as in a tight list. */
function compactBlocks(blocks: Block[], notes: FootnoteNumbering): string {
  const [first, ...rest] = blocks;
  if (first?.type !== 'paragraph' || first.role !== 'body' || rest.some((block) => block.type !== 'list')) {
    return blocksToHtml(blocks, notes);
  }
  const lead = inlinesToHtml(first.inlines, notes);
  return rest.length > 0 ? `${lead}\n${blocksToHtml(rest, notes)}` : lead;
}

function table(block: TableBlock, notes: FootnoteNumbering): string {
  const grid = tableGrid(block);
  if (grid.length === 0) return '';
  const numeric = new Set(block.numericColumns);
  const row = (cells: TableCell[], tag: 'th' | 'td') =>
    `<tr>${cells
      .map((cell, column) => {
        const attributes = (tag === 'th' ? ' scope="col"' : '') + (numeric.has(column) ? ' class="numeric"' : '');
        return `<${tag}${attributes}>${compactBlocks(cell.blocks, notes)}</${tag}>`;
      })
      .join('')}</tr>`;
  const [first, ...others] = grid;
  const parts = [`<table class="${block.role}">`];
  if (block.caption.trim()) parts.push(`<caption>${escapeHtml(block.caption)}</caption>`);
  // A header row in thead is repeated on every printed page.
  const body = block.header ? others : grid;
  if (block.header) parts.push(`<thead>\n${row(first!, 'th')}\n</thead>`);
  if (body.length > 0) parts.push(`<tbody>\n${body.map((cells) => row(cells, 'td')).join('\n')}\n</tbody>`);
  parts.push('</table>');
  if (block.note.trim()) parts.push(`<p class="table-note">${escapeHtml(block.note)}</p>`);
  return parts.join('\n');
}

export function blocksToHtml(blocks: Block[], notes: FootnoteNumbering): string {
  return blocks
    .map((block) => (CONVERTERS[block.type] as Converter<Block>)(block, notes))
    .filter(Boolean)
    .join('\n');
}

import { importRefusal } from './admit';
import type { Block, Recognised } from './model';

/**
 * Bounds on what one file brings in, whatever its format, applied as soon as it is read:
 * every later step (a document's rich text, its checks, the search index) costs memory
 * and time in proportion, and some walk nesting recursively.
 */

/**
 * Paragraphs, headings, list items, tables, quotes and notes one file brings in at most:
 * some 800 pages of prose. A file of 60,000 one-line headings needs over 500 MB to become
 * a document; this many stays under 300 MB.
 */
export const MAX_IMPORT_BLOCKS = 20_000;

/**
 * Table cells one file may bring in, in all its tables: a brief's largest tables have a
 * few thousand. The text reader stops making tables at this count as it reads (half a
 * million tab-separated rows stay text); for every format, rows past it stay as text.
 */
export const MAX_TABLE_CELLS = 50_000;

/**
 * Table cells a document made from a file holds at most. Each cell of a document's
 * table is several nodes of rich text, so the 50,000 cells a file may bring in as data
 * tables (--as library) would need some 600 MB as a document; 10,000 stay under 300 MB.
 */
export const MAX_DOCUMENT_TABLE_CELLS = 10_000;

/** How deep lists nest: Word allows nine levels. Items deeper join the ninth. */
export const MAX_LIST_DEPTH = 9;

/**
 * The file's recognised content within the bounds: lists deeper than MAX_LIST_DEPTH are
 * flattened at that depth, table rows past MAX_TABLE_CELLS cells in all stay as lines of
 * text, and a file with more than MAX_IMPORT_BLOCKS blocks is refused, naming it.
 */
export function withinLimits(recognised: Recognised, fileName: string): Recognised {
  const blocks = boundTables(boundLists(recognised.blocks, 1), MAX_TABLE_CELLS);
  const count = countBlocks(blocks) + Object.keys(recognised.footnotes).length;
  if (count > MAX_IMPORT_BLOCKS) {
    throw importRefusal(
      fileName,
      `it holds ${count.toLocaleString('en-GB')} paragraphs, headings, list items, tables and notes; at most ${MAX_IMPORT_BLOCKS.toLocaleString('en-GB')} come in at once (some 800 pages). Split it into smaller files and import those`,
    );
  }
  return { ...recognised, blocks };
}

function countBlocks(blocks: Block[]): number {
  let count = 0;
  for (const block of blocks) {
    count += 1;
    if (block.kind === 'list') for (const item of block.items) count += countBlocks(item);
    if (block.kind === 'lesson') count += countBlocks(block.body);
  }
  return count;
}

/** Lists nested at most MAX_LIST_DEPTH deep; `depth` is the depth a list found in `blocks` would have. */
function boundLists(blocks: Block[], depth: number): Block[] {
  return blocks.map((block) => {
    if (block.kind === 'lesson') return { ...block, body: boundLists(block.body, depth) };
    if (block.kind !== 'list') return block;
    const items = depth < MAX_LIST_DEPTH ? block.items.map((item) => boundLists(item, depth + 1)) : block.items.flatMap(flattenItem);
    return { ...block, items };
  });
}

/** An item at the deepest level, with the items of any lists inside it after it, as its siblings. */
function flattenItem(item: Block[]): Block[][] {
  const own = item.filter((block) => block.kind !== 'list');
  const nested = item.flatMap((block) => (block.kind === 'list' ? block.items.flatMap(flattenItem) : []));
  return own.length ? [own, ...nested] : nested;
}

/** Tables within `cells` cells in all, in reading order; the rows past them become paragraphs, cells separated by tabs. */
export function boundTables(blocks: Block[], cells: number): Block[] {
  return tablesWithin(blocks, { cellsLeft: cells });
}

function tablesWithin(blocks: Block[], budget: { cellsLeft: number }): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.kind === 'lesson') return [{ ...block, body: tablesWithin(block.body, budget) }];
    if (block.kind === 'list') return [{ ...block, items: block.items.map((item) => tablesWithin(item, budget)) }];
    if (block.kind !== 'table') return [block];
    let kept = 0;
    while (kept < block.rows.length && block.rows[kept]!.length <= budget.cellsLeft) {
      budget.cellsLeft -= block.rows[kept]!.length;
      kept += 1;
    }
    if (kept === block.rows.length) return [block];
    budget.cellsLeft = 0;
    const rest = block.rows.slice(kept).map((row): Block => ({ kind: 'paragraph', content: [{ kind: 'text', text: row.join('\t') }] }));
    return kept > 0 ? [{ ...block, rows: block.rows.slice(0, kept) }, ...rest] : rest;
  });
}

import type { Block, TableBlock, TableCell } from '../../briefing/model';
import { tableGrid } from '../text';
import type { MarkdownContext } from './blocks';
import { inlineLine } from './inlines';
import { displayWidth } from './width';

type BlocksToMarkdown = (blocks: Block[], context: MarkdownContext) => string;

/** A pipe table's cells stay this short; longer ones go in a grid table, which wraps them. */
const PIPE_CELL_WIDTH = 40;
/** How wide a grid table may grow before its cells wrap. */
const GRID_WIDTH = 100;
const MIN_COLUMN_WIDTH = 8;

/**
 * A pipe table when every cell is one short paragraph under a header row,
 * else a grid table, which holds lists and paragraphs in its cells (and is
 * the only pandoc table without a header row). The caption follows in
 * pandoc's "Table:" form, then the note as a paragraph.
 */
export function tableToMarkdown(table: TableBlock, context: MarkdownContext, blocksToMarkdown: BlocksToMarkdown): string {
  const grid = tableGrid(table);
  if (grid.length === 0 || grid[0]!.length === 0) return '';
  const right = new Set(table.numericColumns);
  const cells = pipeCells(table, grid, context);
  const parts = [cells ? pipeTable(cells, right) : gridTable(grid, table.header, right, context, blocksToMarkdown)];
  if (table.caption.trim()) parts.push(`Table: ${inlineLine([{ type: 'text', text: table.caption }], context.notes)}`);
  if (table.note.trim()) parts.push(blocksToMarkdown([{ type: 'paragraph', role: 'caption', inlines: [{ type: 'text', text: table.note }] }], context));
  return parts.join('\n\n');
}

/** Each cell's one line of Markdown, or null when some cell will not fit a pipe table. */
function pipeCells(table: TableBlock, grid: TableCell[][], context: MarkdownContext): string[][] | null {
  if (!table.header) return null;
  const single = ({ blocks }: TableCell) =>
    blocks.length === 0 ||
    (blocks.length === 1 &&
      blocks[0]!.type === 'paragraph' &&
      blocks[0]!.inlines.every((run) => run.type !== 'break' && (run.type !== 'text' || !/[\r\n]/.test(run.text))));
  if (!grid.every((row) => row.every(single))) return null;
  const cells = grid.map((row) => row.map(({ blocks }) => (blocks[0]?.type === 'paragraph' ? inlineLine(blocks[0].inlines, context.notes) : '')));
  return cells.every((row) => row.every((cell) => displayWidth(cell) <= PIPE_CELL_WIDTH)) ? cells : null;
}

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

function pipeTable(cells: string[][], right: Set<number>): string {
  const widths = cells[0]!.map((_, column) => largest(cells.map((row) => displayWidth(row[column]!)), 3));
  const line = (row: string[]) => `| ${row.map((cell, column) => pad(cell, widths[column]!, right.has(column))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (right.has(column) ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

function gridTable(
  grid: TableCell[][],
  header: boolean,
  right: Set<number>,
  context: MarkdownContext,
  blocksToMarkdown: BlocksToMarkdown,
): string {
  const render = (cell: TableCell, width: number) => blocksToMarkdown(cell.blocks, { ...context, width, columns: true }).split('\n');
  // Rendered row by row first, so that footnotes are numbered in reading order.
  const unwrappedRows = grid.map((row) => row.map((cell) => render(cell, Infinity)));
  const unwrapped = grid[0]!.map((_, column) => unwrappedRows.flatMap((row) => row[column]!));
  const targets = columnTargets(
    unwrapped.map((lines) => largest(lines.map(displayWidth), 1)),
    unwrapped.map((lines) => largest(lines.flatMap((line) => line.split(' ')).map(displayWidth), 1)),
  );
  const rendered = grid.map((row) => row.map((cell, column) => render(cell, targets[column]!)));
  const widths = targets.map((_, column) => largest(rendered.flatMap((row) => row[column]!.map(displayWidth)), 1));

  // Alignment colons go under the header row, or on the top line of a table without one.
  const border = (char: '-' | '=', colons: boolean) =>
    `+${widths.map((width, column) => (colons && right.has(column) ? `${char.repeat(width + 1)}:` : char.repeat(width + 2))).join('+')}+`;
  const rowLines = (cells: string[][]) => {
    const height = largest(cells.map((lines) => lines.length), 0);
    return Array.from({ length: height }, (_, index) => `| ${cells.map((lines, column) => pad(lines[index] ?? '', widths[column]!)).join(' | ')} |`);
  };
  // A header row needs a body row under it: pandoc reads a grid table ending in "+===+" as no table.
  const headed = header && rendered.length > 1;
  const lines = [border('-', !headed)];
  rendered.forEach((cells, index) => {
    lines.push(...rowLines(cells));
    lines.push(border(headed && index === 0 ? '=' : '-', headed && index === 0));
  });
  return lines.join('\n');
}

/** Column widths that fit the table in GRID_WIDTH where its words allow, wide columns narrowed in proportion. */
function columnTargets(natural: number[], longestWord: number[]): number[] {
  const available = GRID_WIDTH - (3 * natural.length + 1);
  const total = natural.reduce((sum, width) => sum + width, 0);
  if (total <= available) return natural;
  return natural.map((width, column) =>
    Math.min(width, Math.max(MIN_COLUMN_WIDTH, longestWord[column]!, Math.floor((available * width) / total))),
  );
}

/** The largest of many numbers, at least `floor`; `Math.max(...values)` overflows the stack on a cell of many words. */
function largest(values: number[], floor: number): number {
  return values.reduce((most, value) => (value > most ? value : most), floor);
}

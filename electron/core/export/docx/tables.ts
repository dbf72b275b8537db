import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Block, TableBlock, TableCell as ModelCell } from '../../briefing/model';
import { convertBlocks, type BodyChild } from './blocks';
import type { DocxContext } from './context';

const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF6' };
const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 };
/** Rows with more paragraphs than this in a cell may break across pages rather than leave a gap. */
const UNSPLIT_ROW_PARAGRAPHS = 6;

/**
 * A table across the full text width, its caption above and note below; a header row is
 * repeated on every page and shaded, and numeric columns are aligned right.
 */
export function convertTable(table: TableBlock, context: DocxContext): BodyChild[] {
  const { styles } = context.state;
  const columns = Math.max(1, ...table.rows.map((row) => row.length));
  const numeric = new Set(table.numericColumns);
  const columnWidth = Math.floor(context.textWidth / columns);

  const rows = table.rows.map((cells, index) => {
    const header = table.header && index === 0;
    const padded = cells.length < columns ? [...cells, ...Array.from({ length: columns - cells.length }, (): ModelCell => ({ blocks: [] }))] : cells;
    const cantSplit = header || padded.every((cell) => paragraphCount(cell.blocks) <= UNSPLIT_ROW_PARAGRAPHS);
    // Given only when true: docx writes false as an element, which pandoc takes for true.
    return new TableRow({
      ...(header ? { tableHeader: true } : {}),
      ...(cantSplit ? { cantSplit: true } : {}),
      children: padded.map((cell, column) => {
        const cellContext: DocxContext = {
          ...context,
          bodyStyle: header ? styles.TableHeader : styles.TableText,
          align: numeric.has(column) ? AlignmentType.RIGHT : undefined,
          list: { level: -1, instances: {} },
        };
        return new TableCell({
          children: cellChildren(cell.blocks, cellContext),
          width: { size: columnWidth, type: WidthType.DXA },
          ...(header ? { shading: HEADER_SHADING } : {}),
        });
      }),
    });
  });

  return [
    ...(table.caption ? [new Paragraph({ style: styles.Caption, keepNext: true, children: [new TextRun(table.caption)] })] : []),
    new Table({
      rows,
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: Array.from({ length: columns }, () => columnWidth),
      borders: BORDERS,
      margins: CELL_MARGINS,
    }),
    ...(table.note ? [new Paragraph({ style: styles.TableNote, children: [new TextRun(table.note)] })] : []),
  ];
}

/** A cell's content; Word needs every cell to hold, and end with, a paragraph. */
function cellChildren(blocks: Block[], context: DocxContext): BodyChild[] {
  const children = convertBlocks(blocks, context);
  if (children.length === 0 || children[children.length - 1] instanceof Table) children.push(new Paragraph({ style: context.bodyStyle }));
  return children;
}

function paragraphCount(blocks: Block[]): number {
  let count = 0;
  for (const block of blocks) {
    if (block.type === 'list') count += block.items.reduce((sum, item) => sum + paragraphCount(item), 0);
    else if (block.type === 'lesson') count += 2 + paragraphCount(block.body);
    else if (block.type === 'table') count += UNSPLIT_ROW_PARAGRAPHS + 1;
    else count += 1;
  }
  return count;
}

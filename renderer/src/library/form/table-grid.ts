import type { KindData } from '../../../../shared/domain';
import { parseNumberCell, pasteInto } from './tsv';

/**
 * A data table while it is edited: its columns, and its cells as typed (text),
 * turned into stored rows (numbers in number columns) on every change.
 */
export type Column = KindData<'table'>['columns'][number];
export type Value = KindData<'table'>['rows'][number][number];
export type Grid = string[][];

export const EMPTY_COLUMN: Column = { label: '', unit: '', type: 'text' };

export function cellText(value: Value | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The stored rows for the typed grid: numbers in number columns (text where it is not one, so the form says so). */
export function rowsFromGrid(grid: readonly (readonly string[])[], columns: readonly Column[]): Value[][] {
  return grid.map((cells) => columns.map((column, index) => (column.type === 'number' ? parseNumberCell(cells[index] ?? '') : (cells[index] ?? ''))));
}

/** A line of words with no numbers in it: a spreadsheet's header row. */
function isHeaderRow(cells: readonly string[]): boolean {
  return cells.some((cell) => cell.trim() !== '') && cells.every((cell) => typeof parseNumberCell(cell) !== 'number');
}

/**
 * Spreads pasted cells out from a cell (`row` and `column`), adding the rows and
 * columns they need. Pasted into a column's label (`row` null), the first line
 * is the labels and the rest are added as rows; pasted into the first row of a
 * table with no labels yet, a first line of words is taken as the labels too.
 */
export function pasteIntoTable(
  columns: readonly Column[],
  grid: readonly (readonly string[])[],
  pasted: readonly (readonly string[])[],
  row: number | null,
  column: number,
): { columns: Column[]; grid: Grid } {
  const width = Math.max(columns.length, column + Math.max(0, ...pasted.map((cells) => cells.length)));
  const widened = [...columns, ...Array.from({ length: width - columns.length }, () => EMPTY_COLUMN)];
  const unlabelled = row === 0 && columns.every((each) => !each.label) && pasted.length > 1 && isHeaderRow(pasted[0] ?? []);
  const header = row === null || unlabelled ? (pasted[0] ?? []) : undefined;
  const labelled = header
    ? widened.map((each, index) => {
        const label = header[index - column];
        return index >= column && label ? { ...each, label } : each;
      })
    : widened;
  const cells = grid.map((line) => [...line, ...Array<string>(width - line.length).fill('')]);
  return { columns: labelled, grid: pasteInto(cells, header ? pasted.slice(1) : pasted, row ?? grid.length, column, width) };
}

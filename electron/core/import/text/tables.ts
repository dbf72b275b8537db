import { cleanMarkup, isBlank } from './normalise';
import { isTableLine } from './lines';

/**
 * A table flattened to tab-separated lines. Rows whose first cell is empty
 * carry on the row above (a header's second line, or a cell's text wrapped to
 * a new line); a single blank line inside the table is passed over.
 */
export interface TableRead {
  rows: string[][];
  header: boolean;
  next: number;
  /** Its rows padded to the widest would pass the cells left: they are left as lines of text (`rows` unpadded). */
  tooLarge: boolean;
}

const cell = (text: string): string => cleanMarkup(text).replace(/\*\*/g, '').trim();
export const isNumeric = (text: string): boolean => /^[-+]?[$£€]?\s?\d[\d,]*(\.\d+)?\s?%?\**$/.test(text);

/**
 * Rows are padded to the widest to make a table's cells: the cells of a file's tables
 * are counted against `cellsLeft`, so no file makes billions of them (a million rows,
 * one of them 64 columns wide).
 */
export function readTable(lines: string[], start: number, cellsLeft: number): TableRead {
  const raw: string[][] = [];
  let index = start;
  while (index < lines.length) {
    if (isTableLine(lines[index]!)) {
      raw.push(lines[index]!.split('\t').map(cell));
      index += 1;
    } else if (isBlank(lines[index]) && index + 1 < lines.length && isTableLine(lines[index + 1]!)) {
      index += 1;
    } else {
      break;
    }
  }
  const width = raw.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (width * raw.length > cellsLeft) return { rows: raw, header: false, next: index, tooLarge: true };
  const rows: string[][] = [];
  for (const row of raw) {
    const padded = Array.from({ length: width }, (_, column) => row[column] ?? '');
    const previous = rows.at(-1);
    if (previous && padded[0] === '' && padded.some((text) => text !== '')) {
      padded.forEach((text, column) => {
        if (text) previous[column] = previous[column] ? `${previous[column]} ${text}` : text;
      });
    } else if (padded.some((text) => text !== '')) {
      rows.push(padded);
    }
  }
  // A header names its columns: no numbers in it, and numbers below it (or an empty corner cell).
  const first = rows[0] ?? [];
  const header = rows.length > 1 && !first.some(isNumeric) && (first[0] === '' || rows.slice(1).some((row) => row.some(isNumeric)));
  return { rows, header, next: index, tooLarge: false };
}

/**
 * Spreadsheets (Excel, LibreOffice, Google Sheets) copy cells as tab-separated
 * lines; a cell holding a tab, a line break or a quote comes quoted, with its
 * quotes doubled. This reads that back into rows of cells.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let index = 0;
  const body = text.replace(/\r\n?/g, '\n');
  while (index < body.length) {
    const char = body[index] as string;
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
    index += 1;
  }
  // The line break spreadsheets put after the last row does not start another.
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** True when pasted text is more than one cell, so the grid should spread it out. */
export function isGrid(text: string): boolean {
  return /[\t\n]/.test(text.replace(/\r?\n$/, ''));
}

/**
 * A number as people type or copy it: "1,234.5", "12 %", "(3.2)" for a negative,
 * "—" or "" for none. Anything else is kept as text, so the form can say so.
 */
export function parseNumberCell(value: string): number | null | string {
  const trimmed = value.trim();
  if (trimmed === '' || /^[-–—]$/.test(trimmed)) return null;
  const negative = /^\(.*\)$/.test(trimmed);
  const digits = trimmed.replace(/^\(|\)$/g, '').replace(/[,\s%]/g, '').replace(/^−/, '-');
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(digits)) return value;
  const number = Number(digits);
  return negative ? -number : number;
}

/** Writes `pasted` into `rows` from the cell at (row, column), growing the rows as needed. */
export function pasteInto(rows: readonly (readonly string[])[], pasted: readonly (readonly string[])[], row: number, column: number, width: number): string[][] {
  const next = rows.map((cells) => [...cells]);
  pasted.forEach((cells, offset) => {
    const target = row + offset;
    while (next.length <= target) next.push(Array<string>(width).fill(''));
    const line = next[target] as string[];
    cells.forEach((value, index) => {
      if (column + index < width) line[column + index] = value;
    });
  });
  return next;
}

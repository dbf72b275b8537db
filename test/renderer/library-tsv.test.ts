import { describe, expect, it } from 'vitest';
import { isGrid, parseNumberCell, parseTsv, pasteInto } from '../../renderer/src/library/form/tsv';
import { pasteIntoTable, rowsFromGrid } from '../../renderer/src/library/form/table-grid';

// Cells copied from Excel, LibreOffice or Google Sheets arrive as tab-separated
// lines; pasting them into a data table's grid fills it from the cell pasted into.

describe('pasting cells from a spreadsheet', () => {
  it('reads rows of tab-separated cells, with the spreadsheet’s trailing line break', () => {
    expect(parseTsv('Year\tDisbursed\r\n2019\t1,234.5\r\n2020\t\r\n')).toEqual([
      ['Year', 'Disbursed'],
      ['2019', '1,234.5'],
      ['2020', ''],
    ]);
  });

  it('reads quoted cells holding tabs, line breaks and quotes', () => {
    expect(parseTsv('"Punjab\tSMU"\t"two\nlines"\t"say ""hello"""\n')).toEqual([['Punjab\tSMU', 'two\nlines', 'say "hello"']]);
  });

  it('tells one pasted word from a grid', () => {
    expect(isGrid('Punjab')).toBe(false);
    expect(isGrid('Punjab\n')).toBe(false);
    expect(isGrid('Punjab\tSindh')).toBe(true);
    expect(isGrid('1\n2')).toBe(true);
  });

  it('reads numbers as people write them, and keeps what is not one', () => {
    expect(parseNumberCell('1,234.5')).toBe(1234.5);
    expect(parseNumberCell(' 12 % ')).toBe(12);
    expect(parseNumberCell('(3.2)')).toBe(-3.2);
    expect(parseNumberCell('—')).toBeNull();
    expect(parseNumberCell('')).toBeNull();
    expect(parseNumberCell('n/a')).toBe('n/a');
  });

  it('fills the grid from the cell pasted into, adding rows as needed', () => {
    const grid = [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ];
    expect(pasteInto(grid, [['1', '2'], ['3', '4'], ['5', '6', '7']], 1, 1, 3)).toEqual([
      ['a', 'b', 'c'],
      ['d', '1', '2'],
      ['', '3', '4'],
      ['', '5', '6'],
    ]);
    expect(grid[1]).toEqual(['d', 'e', 'f']);
  });

  it('stores numbers in number columns and text in text columns', () => {
    const columns = [
      { label: 'Year', unit: '', type: 'text' as const },
      { label: 'Beneficiaries', unit: 'million', type: 'number' as const },
    ];
    expect(rowsFromGrid([['2019', '5.2'], ['2020', ''], ['2021', 'unknown']], columns)).toEqual([
      ['2019', 5.2],
      ['2020', null],
      ['2021', 'unknown'],
    ]);
  });

  it('takes a pasted header line as the labels of a table that has none yet', () => {
    const pasted = parseTsv('Year\tDisbursed\n2019\t1,200\n2020\t1,500\n');
    const next = pasteIntoTable([{ label: '', unit: '', type: 'text' }], [['']], pasted, 0, 0);
    expect(next.columns.map((column) => column.label)).toEqual(['Year', 'Disbursed']);
    expect(next.grid).toEqual([
      ['2019', '1,200'],
      ['2020', '1,500'],
    ]);
  });

  it('adds pasted rows under the existing ones when pasted into a column label', () => {
    const columns = [
      { label: 'Year', unit: '', type: 'text' as const },
      { label: 'Amount', unit: '', type: 'number' as const },
    ];
    const next = pasteIntoTable(columns, [['2018', '900']], parseTsv('Fiscal year\tAmount\n2019\t1200'), null, 0);
    expect(next.columns.map((column) => column.label)).toEqual(['Fiscal year', 'Amount']);
    expect(next.grid).toEqual([
      ['2018', '900'],
      ['2019', '1200'],
    ]);
  });

  it('keeps the labels when cells are pasted into a labelled table', () => {
    const columns = [{ label: 'Province', unit: '', type: 'text' as const }];
    const next = pasteIntoTable(columns, [['Punjab']], parseTsv('Sindh\tKarachi\nBalochistan\tQuetta'), 1, 0);
    expect(next.columns.map((column) => column.label)).toEqual(['Province', '']);
    expect(next.grid).toEqual([
      ['Punjab', ''],
      ['Sindh', 'Karachi'],
      ['Balochistan', 'Quetta'],
    ]);
  });
});

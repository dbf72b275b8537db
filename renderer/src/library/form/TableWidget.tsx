import { useState, type ClipboardEvent } from 'react';
import { issueAt } from './issues';
import { cellText, EMPTY_COLUMN, pasteIntoTable, rowsFromGrid, type Column, type Grid, type Value } from './table-grid';
import { isGrid, parseTsv } from './tsv';
import { invalidProps, type WidgetProps } from './widget-props';

/**
 * A data table's columns (label, unit, text or number) and its rows as a grid
 * of cells. Pasting cells copied from a spreadsheet fills the grid from where
 * they land (see pasteIntoTable), adding rows and columns as needed.
 */
export function TableWidget({ draft, set, inputId, describedBy, issues }: WidgetProps) {
  const columns = (Array.isArray(draft.columns) ? draft.columns : []) as Column[];
  const [grid, setGrid] = useState<Grid>(() =>
    ((Array.isArray(draft.rows) ? draft.rows : []) as Value[][]).map((row) => columns.map((_, index) => cellText(row[index]))),
  );
  const change = (nextColumns: Column[], nextGrid: Grid) => {
    setGrid(nextGrid);
    set('columns', nextColumns);
    set('rows', rowsFromGrid(nextGrid, nextColumns));
  };
  const setColumn = (index: number, patch: Partial<Column>) =>
    change(
      columns.map((column, at) => (at === index ? { ...column, ...patch } : column)),
      grid,
    );

  /** Cells copied from a spreadsheet fill the grid from where they are pasted: a cell, or a column's label (row null). */
  const onPaste = (event: ClipboardEvent<HTMLInputElement>, row: number | null, column: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!isGrid(text)) return;
    event.preventDefault();
    const next = pasteIntoTable(columns, grid, parseTsv(text), row, column);
    change(next.columns, next.grid);
  };

  // A row with the wrong number of cells: every cell of it is marked.
  const rowIssue = (row: number) => (issues ?? []).some((issue) => issue.at.length === 2 && issue.at[0] === 'rows' && issue.at[1] === row);
  const columnName = (index: number) => columns[index]?.label || `column ${index + 1}`;

  return (
    <div className="table-field">
      <fieldset>
        <legend>Columns</legend>
        <ol className="table-columns">
          {columns.map((column, index) => (
            <li key={index}>
              <input
                type="text"
                id={index === 0 ? inputId : undefined}
                value={column.label}
                aria-label={`Column ${index + 1} label`}
                onChange={(event) => setColumn(index, { label: event.target.value })}
                onPaste={(event) => onPaste(event, null, index)}
                {...invalidProps(issueAt(issues, 'columns', index), describedBy)}
              />
              <input
                type="text"
                value={column.unit}
                placeholder="Unit"
                aria-label={`Column ${index + 1} unit`}
                onChange={(event) => setColumn(index, { unit: event.target.value })}
              />
              <select
                value={column.type}
                aria-label={`Column ${index + 1} type`}
                onChange={(event) => setColumn(index, { type: event.target.value === 'number' ? 'number' : 'text' })}
              >
                <option value="text">Text</option>
                <option value="number">Number</option>
              </select>
              <button
                type="button"
                disabled={columns.length === 1}
                onClick={() =>
                  change(
                    columns.filter((_, at) => at !== index),
                    grid.map((cells) => cells.filter((_, at) => at !== index)),
                  )
                }
              >
                Remove column {index + 1}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => change([...columns, EMPTY_COLUMN], grid.map((cells) => [...cells, '']))}>
          Add a column
        </button>
      </fieldset>
      <div className="table-scroll">
        <table className="table-grid" aria-label="Rows">
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th scope="col" key={index}>
                  {columnName(index)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {grid.map((cells, row) => (
              <tr key={row}>
                {columns.map((column, index) => (
                  <td key={index}>
                    <input
                      type="text"
                      inputMode={column.type === 'number' ? 'decimal' : undefined}
                      value={cells[index] ?? ''}
                      aria-label={`Row ${row + 1}, ${columnName(index)}`}
                      onChange={(event) =>
                        change(
                          columns,
                          grid.map((line, at) => (at === row ? line.map((value, c) => (c === index ? event.target.value : value)) : line)),
                        )
                      }
                      onPaste={(event) => onPaste(event, row, index)}
                      {...invalidProps(issueAt(issues, 'rows', row, index) || rowIssue(row), describedBy)}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      change(
                        columns,
                        grid.filter((_, at) => at !== row),
                      )
                    }
                  >
                    Remove row {row + 1}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={() => change(columns, [...grid, Array<string>(columns.length).fill('')])}>
        Add a row
      </button>
      <p className="field-hint">Paste cells copied from a spreadsheet into a column label (with its header line) or into any cell, to fill the grid from there.</p>
    </div>
  );
}

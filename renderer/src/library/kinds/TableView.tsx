import type { KindData } from '../../../../shared/domain';

type Value = KindData<'table'>['rows'][number][number];

function cellText(value: Value): string {
  if (value === null) return '';
  return typeof value === 'number' ? value.toLocaleString() : value;
}

/** A data table as a table, each column headed by its label and unit. */
export function TableView({ table }: { table: KindData<'table'> }) {
  return (
    <>
      <div className="table-scroll">
        <table className="data-table" aria-label={table.title}>
          <thead>
            <tr>
              {table.columns.map((column, index) => (
                <th scope="col" key={index} className={column.type === 'number' ? 'number' : undefined}>
                  {column.label}
                  {column.unit && <span className="column-unit"> ({column.unit})</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((value, index) => (
                  <td key={index} className={table.columns[index]?.type === 'number' ? 'number' : undefined}>
                    {cellText(value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.notes && <p className="table-notes">{table.notes}</p>}
    </>
  );
}

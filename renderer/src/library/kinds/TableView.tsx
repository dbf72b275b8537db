import type { KindData } from '../../../../shared/domain';
import { formatNumber } from '../../../../shared/numbers';

type Value = KindData<'table'>['rows'][number][number];

function cellText(value: Value): string {
  if (value === null) return '';
  return typeof value === 'number' ? formatNumber(value) : value;
}

interface TableViewProps {
  table: KindData<'table'>;
  /** Shown above the table (a document's caption); the table is named by it, else by its title. */
  caption?: string;
  className?: string;
}

/** A data table as a table, each column headed by its label and unit: in the library and in documents. */
export function TableView({ table, caption, className = 'data-table' }: TableViewProps) {
  return (
    <>
      <div className="table-scroll">
        <table className={className} aria-label={caption || table.title}>
          {caption && <caption>{caption}</caption>}
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

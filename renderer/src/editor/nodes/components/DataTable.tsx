import { memo, useCallback, useContext, useId, useState } from 'react';
import type { KindData } from '../../../../../shared/domain';
import { useApiQuery } from '../../../useApiQuery';
import { BriefContext } from '../../brief-context';
import { $isDataTableNode, type DataTableData, type DataTableNode } from '../DataTableNode';
import { formatNumber } from '../../../../../shared/numbers';
import { TableView } from '../../../library/kinds/TableView';
import { barLength, chartBars, chartSummary, columnName, numericColumns } from './bar-chart';
import { CaptionField } from './CaptionField';
import { QUIET_MISSING, Loading, MissingItem } from './MissingItem';
import { useNodeCard, useNodeUpdate, useRemoveNode } from './useNodeCard';
import './nodes.css';

type Table = KindData<'table'>;

/** Which column a table's chart shows is the writer's view, not the document's: kept for the session only. */
function useChartColumn(key: string): [number | null, (column: number | null) => void] {
  const [column, setColumn] = useState<number | null>(() => {
    const stored = sessionStorage.getItem(key);
    return stored === null ? null : Number(stored);
  });
  const choose = useCallback(
    (next: number | null) => {
      setColumn(next);
      if (next === null) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, String(next));
    },
    [key],
  );
  return [column, choose];
}

/** A library data table, its caption, and a bar chart of one numeric column. */
export const DataTable = memo(function DataTable({ nodeKey, data }: { nodeKey: string; data: DataTableData }) {
  const card = useNodeCard(nodeKey);
  const update = useNodeUpdate<DataTableNode>(nodeKey, $isDataTableNode);
  const brief = useContext(BriefContext);
  const query = useApiQuery('items.get', { id: data.tableId, kind: 'table' }, QUIET_MISSING);
  const [chosen, choose] = useChartColumn(`rapporteur.chart:${brief?.documentId ?? ''}:${data.tableId}`);
  const selectId = useId();
  const remove = useRemoveNode(nodeKey);
  const setCaption = useCallback((caption: string) => update((node) => node.setData({ caption })), [update]);
  const table = query.value?.kind === 'table' ? query.value.data : undefined;

  if (!table) {
    if (query.loading) return <Loading what="data table" />;
    return (
      <div className="node-card data-table-card" {...card.props}>
        <MissingItem kind="table" id={data.tableId}>
          <button type="button" onClick={remove}>
            Remove data table
          </button>
        </MissingItem>
      </div>
    );
  }

  const numeric = numericColumns(table);
  const column = chosen !== null && numeric.includes(chosen) ? chosen : null;
  const title = data.caption || table.title;
  return (
    <div className="node-card data-table-card" {...card.props}>
      <div className="node-controls" role="group" aria-label="Data table">
        <CaptionField caption={data.caption} placeholder={table.title} onChange={setCaption} />
        {numeric.length > 0 && (
          <span className="chart-field">
            <label htmlFor={selectId}>Chart column</label>
            <select id={selectId} value={column ?? ''} onChange={(event) => choose(event.target.value === '' ? null : Number(event.target.value))}>
              <option value="">No chart</option>
              {numeric.map((index) => (
                <option key={index} value={index}>
                  {columnName(table.columns[index] as Table['columns'][number])}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
      <TableView table={table} caption={title} className="node-table" />
      {column !== null && <BarChart table={table} column={column} />}
    </div>
  );
});

const LABEL_WIDTH = 160;
const BAR_AREA = 340;
const VALUE_WIDTH = 100;
const ROW_HEIGHT = 22;

function BarChart({ table, column }: { table: Table; column: number }) {
  const bars = chartBars(table, column);
  const height = Math.max(bars.length, 1) * ROW_HEIGHT;
  return (
    <svg
      className="bar-chart"
      role="img"
      aria-label={chartSummary(table, column, bars)}
      viewBox={`0 0 ${LABEL_WIDTH + BAR_AREA + VALUE_WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      {bars.map((bar, index) => {
        const y = index * ROW_HEIGHT;
        const length = barLength(bar.value, bars, BAR_AREA);
        return (
          <g key={index} aria-hidden="true">
            <text x={LABEL_WIDTH - 6} y={y + ROW_HEIGHT / 2} textAnchor="end" dominantBaseline="middle" className="bar-label">
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 3} width={length} height={ROW_HEIGHT - 6} className="bar" />
            <text x={LABEL_WIDTH + length + 4} y={y + ROW_HEIGHT / 2} dominantBaseline="middle" className="bar-value">
              {formatNumber(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

import type { KindData } from '../../../../../shared/domain';
import { formatNumber } from '../../../../../shared/numbers';

type Table = KindData<'table'>;

export interface Bar {
  label: string;
  value: number;
}


/** "Budget (Rs million)": a column's label with its unit. */
export function columnName(column: Table['columns'][number]): string {
  return column.unit ? `${column.label} (${column.unit})` : column.label;
}

/** The columns a chart can show: the numeric ones, by index. */
export function numericColumns(table: Table): number[] {
  return table.columns.flatMap((column, index) => (column.type === 'number' ? [index] : []));
}

/** The column that names each bar: the first text column, if any. */
function labelColumn(table: Table): number {
  return table.columns.findIndex((column) => column.type === 'text');
}

/** One bar per row that has a number in the column, named by the row's first text cell ("Row 3" without one). */
export function chartBars(table: Table, column: number): Bar[] {
  const labels = labelColumn(table);
  return table.rows.flatMap((row, index) => {
    const value = row[column];
    if (typeof value !== 'number') return [];
    const label = labels >= 0 ? row[labels] : null;
    return [{ label: typeof label === 'string' && label.trim() ? label : `Row ${index + 1}`, value }];
  });
}

/** A bar's length for the longest bar's length `full`; values at or below zero get no bar. */
export function barLength(value: number, bars: readonly Bar[], full: number): number {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  return max > 0 && value > 0 ? (value / max) * full : 0;
}

/** What a screen reader says for the chart: "Bar chart of Budget (Rs million) by Financial year, 12 bars, highest 2019-20: 200,000". */
export function chartSummary(table: Table, column: number, bars: readonly Bar[]): string {
  const measure = table.columns[column];
  const labels = labelColumn(table);
  const by = labels >= 0 ? ` by ${table.columns[labels]?.label ?? ''}` : '';
  const what = `Bar chart of ${measure ? columnName(measure) : 'a column'}${by}`;
  if (bars.length === 0) return `${what}, no values to show`;
  const highest = bars.reduce((best, bar) => (bar.value > best.value ? bar : best));
  return `${what}, ${bars.length} ${bars.length === 1 ? 'bar' : 'bars'}, highest ${highest.label}: ${formatNumber(highest.value)}`;
}

import type { Cell, Table } from '../tabular/tabular';
import type { StatResult } from './statistics.service';

/**
 * Exactly what the dashboard shows, as a table for CSV and XLSX: the row dimension, one column per column
 * key (or the count), the row total when there are columns, and a total row. Hidden values carry the same
 * words as on screen ("not shown"), never the number.
 */
export function resultTable(
	r: StatResult,
	words: { rowHeader: string; label: (dimension: 'rows' | 'cols', key: string) => string; count: string; total: string; notShown: string }
): Table {
	const two = r.query.cols !== null;
	const cell = (v: number | null): Cell => (v === null ? words.notShown : v);
	const columns = [
		{ key: 'row', header: words.rowHeader, width: 28 },
		...(two ? r.colKeys.map((k, j) => ({ key: `c${j}`, header: words.label('cols', k) })) : [{ key: 'count', header: words.count }]),
		...(two ? [{ key: 'total', header: words.total }] : [])
	];
	const rows: Cell[][] = r.rowKeys.map((k, i) => [words.label('rows', k), ...r.table.cells[i].map(cell), ...(two ? [cell(r.table.rowTotals![i])] : [])]);
	rows.push([words.total, ...r.table.colTotals!.map(cell), ...(two ? [cell(r.table.grandTotal)] : [])]);
	return { columns, rows };
}

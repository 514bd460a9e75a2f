/**
 * The public statistics (`/{lang}/statistics`): a fixed set of series from the cube, each suppressed as a
 * one-way table with its total (docs/decisions/0019). A fixed set, so that nobody can difference two
 * filtered tables; ten minutes old at most.
 */
import type { Dimension, Measure } from '#lib/statistics';
import type { Db } from '../db/client';
import { cubeTable, statisticsDate } from './statistics.service';
import type { Shown } from './suppression';

export interface SeriesSpec {
	key: string;
	measure: Measure;
	by: Dimension;
	limitRows?: number;
}

export const PUBLIC_SERIES: SeriesSpec[] = [
	{ key: 'registered-by-year', measure: 'registered_abroad', by: 'period' },
	{ key: 'cases-by-country', measure: 'cases_received', by: 'country', limitRows: 10 },
	{ key: 'returns-by-region', measure: 'returns', by: 'region' },
	{ key: 'placements-by-sex', measure: 'placements', by: 'sex' }
];

export interface Series {
	key: string;
	measure: Measure;
	by: Dimension;
	rows: { key: string; value: Shown }[];
	total: Shown;
	hidden: number;
}

async function compute(db: Db) {
	const series: Series[] = await Promise.all(
		PUBLIC_SERIES.map(async (s) => {
			const r = await cubeTable(db, {
				measure: s.measure,
				rows: s.by,
				cols: null,
				granularity: 'year',
				from: null,
				to: null,
				filters: {},
				limitRows: s.limitRows
			});
			return {
				key: s.key,
				measure: s.measure,
				by: s.by,
				rows: r.rowKeys.map((key, i) => ({ key, value: r.table.cells[i][0] })),
				total: r.table.colTotals?.[0] ?? null,
				hidden: r.hidden
			};
		})
	);
	return { series, refreshedAt: await statisticsDate(db) };
}

const TTL_MS = 10 * 60_000;
let cached: { at: number; value: ReturnType<typeof compute> } | undefined;

export function publicSeries(db: Db, opts: { fresh?: boolean } = {}) {
	if (opts.fresh || !cached || Date.now() - cached.at > TTL_MS) {
		cached = { at: Date.now(), value: compute(db) };
		cached.value.catch(() => (cached = undefined));
	}
	return cached.value;
}

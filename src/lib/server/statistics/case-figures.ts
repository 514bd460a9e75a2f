/**
 * The public help-request figures (`/{lang}/help/figures`), through the statistics layer: received and
 * resolved by country and by type, each a list with its total suppressed as one line; medians and wages
 * shown only when they rest on at least the threshold number of cases (docs/decisions/0019).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { guardAmount, statsThreshold, suppressList, type Shown } from './suppression';

export interface FigureRow {
	key: string;
	received: Shown;
	resolved: Shown;
	medianFirstResponseHours: number | null;
	medianResolutionDays: number | null;
}

type Raw = {
	key: string;
	received: number;
	resolved: number;
	responded: number;
	mfr: number | null;
	mres: number | null;
};

function publish(rows: Raw[], threshold: number): { rows: FigureRow[]; received: Shown; resolved: Shown } {
	const received = suppressList(
		rows.map((r) => r.received),
		threshold
	);
	const resolved = suppressList(
		rows.map((r) => r.resolved),
		threshold
	);
	return {
		rows: rows.map((r, i) => ({
			key: r.key,
			received: received.cells[i],
			resolved: resolved.cells[i],
			medianFirstResponseHours: guardAmount(r.mfr, r.responded, threshold),
			medianResolutionDays: guardAmount(r.mres, r.resolved, threshold)
		})),
		received: received.total,
		resolved: resolved.total
	};
}

async function figuresBy(db: Db, column: 'country_iso2' | 'type') {
	const { rows } = await db.execute<Raw>(sql`
		select ${sql.raw(column)} as key,
			count(*)::int as received,
			count(*) filter (where status = 'closed' and not ('closed_without_result' = any(outcomes)))::int as resolved,
			count(first_response_at)::int as responded,
			round((percentile_cont(0.5) within group (order by extract(epoch from first_response_at - created_at) / 3600))::numeric, 1)::float8 as mfr,
			round((percentile_cont(0.5) within group (order by extract(epoch from closed_at - created_at) / 86400) filter (where status = 'closed' and not ('closed_without_result' = any(outcomes))))::numeric, 1)::float8 as mres
		from help_case
		group by 1 order by 2 desc, 1`);
	return rows;
}

async function computeFigures(db: Db, threshold: number) {
	const [byCountry, byType, wages] = await Promise.all([
		figuresBy(db, 'country_iso2'),
		figuresBy(db, 'type'),
		db.execute<{ currency: string | null; amount: string; cases: number }>(
			sql`select wages_currency as currency, sum(wages_recovered)::text as amount, count(*)::int as cases from help_case where wages_recovered is not null group by 1 order by 1`
		)
	]);
	const country = publish(byCountry, threshold);
	return {
		byCountry: country.rows,
		byType: publish(byType, threshold).rows,
		totals: { received: country.received, resolved: country.resolved },
		wages: wages.rows.flatMap((w) => {
			const amount = guardAmount(w.amount, w.cases, threshold);
			return amount === null ? [] : [{ currency: w.currency, amount, cases: w.cases }];
		}),
		threshold,
		computedAt: new Date()
	};
}

const FIGURES_TTL_MS = 10 * 60_000;
let cached: { at: number; value: Promise<Awaited<ReturnType<typeof computeFigures>>> } | undefined;

/** Published figures may be ten minutes old: the aggregate reads every case (≈0.8 s at 100,000 cases). */
export function publicCaseFigures(db: Db, opts: { fresh?: boolean } = {}) {
	if (opts.fresh || !cached || Date.now() - cached.at > FIGURES_TTL_MS) {
		cached = { at: Date.now(), value: computeFigures(db, statsThreshold()) };
		cached.value.catch(() => (cached = undefined));
	}
	return cached.value;
}

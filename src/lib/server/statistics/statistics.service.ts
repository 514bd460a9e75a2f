/**
 * The statistics layer (docs/decisions/0019): the one source of every figure Sapar shows. Counts come from
 * the cube (`stat_cube`, rebuilt from the operations tables by `refreshStatistics`) and leave this module
 * only through suppression (`suppression.ts`).
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
	AGE_GROUPS,
	DIMENSIONS,
	GRANULARITIES,
	MEASURES,
	REGION_KEYS,
	SECTOR_KEYS,
	SEX_KEYS,
	type Dimension,
	type FilterDimension,
	type Granularity,
	type Measure
} from '#lib/statistics';
import { requireAccess, scopeOf, type Actor } from '../access/access';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { organisation } from '../org/org.table';
import { country } from '../reference/reference.table';
import type { Validated } from '../validation';
import { statsThreshold, suppressTable, type SuppressedTable } from './suppression';
import { statRefresh } from './statistics.table';

// ─── Building the cube ───────────────────────────────────────────────────────

const TZ = `'Asia/Bishkek'`;
const month = (ts: string) => `date_trunc('month', (${ts} at time zone ${TZ}))::date`;
const monthOfDate = (d: string) => `date_trunc('month', ${d})::date`;
const profileBirth = (p: string) => `(case when ${p}.birth_date ~ '^\\d{4}-\\d{2}-\\d{2}$' then ${p}.birth_date::date end)`;
/** The age group at the event's date. */
function ageGroup(birth: string, at: string) {
	const a = `date_part('year', age(${at}, ${birth}))`;
	return `(case when ${birth} is null or ${birth} > ${at} then 'unknown' when ${a} < 18 then 'under_18' when ${a} < 25 then '18_24' when ${a} < 35 then '25_34' when ${a} < 45 then '35_44' when ${a} < 55 then '45_54' else '55_plus' end)`;
}
const u = (e: string) => `coalesce(${e}, 'unknown')`;

/** One select per source; columns: measure, period, sex, age_group, region, country, sector. */
const SOURCES: string[] = [
	// Citizens registered with a mission abroad: through Sapar, and from the missions' own lists.
	`select 'registered_abroad', ${month('r.created_at')}, ${u('p.sex')}, ${ageGroup(profileBirth('p'), `(r.created_at at time zone ${TZ})::date`)}, ${u('p.region_code')}, r.country_iso2, 'unknown'
	 from consular_registration r left join migrant_profile p on p.user_id = r.user_id`,
	`select 'registered_abroad', ${monthOfDate('coalesce(c.registered_on, c.arrival_date, (c.created_at at time zone ' + TZ + ')::date)')}, ${u('c.sex')}, ${ageGroup('c.birth_date', 'coalesce(c.registered_on, c.arrival_date, (c.created_at at time zone ' + TZ + ')::date)')}, ${u('c.region_code')}, c.country_iso2, 'unknown'
	 from consular_list_entry c`,
	// Help requests received, and those resolved (closed with a result).
	`select 'cases_received', ${month('h.created_at')}, ${u('p.sex')}, ${ageGroup(profileBirth('p'), `(h.created_at at time zone ${TZ})::date`)}, ${u('p.region_code')}, h.country_iso2, 'unknown'
	 from help_case h left join migrant_profile p on p.user_id = h.reporter_user_id`,
	`select 'cases_resolved', ${month('h.closed_at')}, ${u('p.sex')}, ${ageGroup(profileBirth('p'), `(h.closed_at at time zone ${TZ})::date`)}, ${u('p.region_code')}, h.country_iso2, 'unknown'
	 from help_case h left join migrant_profile p on p.user_id = h.reporter_user_id
	 where h.status = 'closed' and h.closed_at is not null and not ('closed_without_result' = any(h.outcomes))`,
	// Placements through licensed agencies and employment centres; vacancies posted.
	`select 'placements', ${month('a.updated_at')}, ${u('p.sex')}, ${ageGroup(profileBirth('p'), `(a.updated_at at time zone ${TZ})::date`)}, ${u('p.region_code')}, v.country_iso2, v.sector
	 from application a join vacancy v on v.id = a.vacancy_id left join migrant_profile p on p.user_id = a.user_id where a.state = 'placed'`,
	`select 'vacancies', ${month('v.created_at')}, 'unknown', 'unknown', 'unknown', v.country_iso2, v.sector from vacancy v`,
	// Pre-departure training: certificates issued.
	`select 'certificates', ${month('c.issued_at')}, ${u('p.sex')}, ${ageGroup(profileBirth('p'), `(c.issued_at at time zone ${TZ})::date`)}, ${u('p.region_code')}, 'unknown', 'unknown'
	 from certificate c left join migrant_profile p on p.user_id = c.user_id`,
	// Returns: requests made in Sapar and the centres' returnee lists.
	`select 'returns', ${monthOfDate('r.return_date')}, ${u('p.sex')}, ${ageGroup(profileBirth('p'), 'r.return_date')}, r.region_code, r.country_iso2, 'unknown'
	 from return_request r left join migrant_profile p on p.user_id = r.user_id`,
	`select 'returns', ${monthOfDate('e.return_date')}, ${u('e.sex')}, ${ageGroup('e.birth_date', 'e.return_date')}, e.region_code, e.country_iso2, 'unknown' from returnee_list_entry e`,
	// Employment centres' clients.
	`select 'clients', ${monthOfDate('coalesce(c.registered_on, (c.created_at at time zone ' + TZ + ')::date)')}, ${u('c.sex')}, ${ageGroup('c.birth_date', 'coalesce(c.registered_on, (c.created_at at time zone ' + TZ + ')::date)')}, ${u('c.region_code')}, ${u('c.country_iso2')}, ${u('c.sector')}
	 from employment_client c`,
	// Licensing: licences issued or renewed, and sanctions (suspensions, revocations).
	`select case when e.kind in ('issued', 'renewed') then 'licences_issued' else 'licence_sanctions' end, ${month('e.at')}, 'unknown', 'unknown', 'unknown', 'unknown', 'unknown'
	 from licence_event e where e.kind in ('issued', 'renewed', 'suspended', 'revoked')`,
	// Hotline calls by destination (issue 17): topic, language and text stay on the desk.
	`select 'hotline_calls', ${month('h.created_at')}, 'unknown', 'unknown', 'unknown', ${u('h.destination_iso2')}, 'unknown' from hotline_call h`
];

/** Rebuilds the cube from the operations data (one transaction: readers see the old cube until it commits). */
export async function refreshStatistics(db: Db): Promise<{ rows: number; millis: number }> {
	const started = Date.now();
	const rows = await db.transaction(async (tx) => {
		// One rebuild at a time (the hourly job and a button): the second waits, then sees the first's rows.
		await tx.execute(sql`select pg_advisory_xact_lock(hashtext('stat_cube'))`);
		await tx.execute(sql`delete from stat_cube`);
		const { rowCount } = await tx.execute(
			sql.raw(`insert into stat_cube (measure, period, sex, age_group, region, country, sector, n)
				select f.*, count(*)::int from (${SOURCES.join('\nunion all\n')}) as f(measure, period, sex, age_group, region, country, sector)
				where f.period is not null
				group by 1, 2, 3, 4, 5, 6, 7`)
		);
		const millis = Date.now() - started;
		await tx
			.insert(statRefresh)
			.values({ id: 1, refreshedAt: new Date(), rows: rowCount ?? 0, millis })
			.onConflictDoUpdate({ target: statRefresh.id, set: { refreshedAt: new Date(), rows: rowCount ?? 0, millis } });
		return rowCount ?? 0;
	});
	return { rows, millis: Date.now() - started };
}

/** When the figures were last rebuilt (null: never). */
export async function statisticsDate(db: Db): Promise<Date | null> {
	const [row] = await db.select().from(statRefresh).limit(1);
	return row?.refreshedAt ?? null;
}

// ─── Queries ─────────────────────────────────────────────────────────────────

export interface StatQuery {
	measure: Measure;
	rows: Dimension;
	/** a second dimension (columns), or null for a one-way breakdown */
	cols: Dimension | null;
	granularity: Granularity;
	/** inclusive months YYYY-MM */
	from: string | null;
	to: string | null;
	filters: Partial<Record<FilterDimension, string>>;
	/** keep the largest rows and add the rest up as 'other' before suppression (public pages) */
	limitRows?: number;
}

export interface StatResult {
	query: StatQuery;
	rowKeys: string[];
	colKeys: string[];
	table: SuppressedTable;
	threshold: number;
	/** hidden cells, primary and secondary */
	hidden: number;
	refreshedAt: Date | null;
}

const COLUMN: Record<Exclude<Dimension, 'period'>, SQL> = {
	sex: sql`sex`,
	age_group: sql`age_group`,
	region: sql`region`,
	country: sql`country`,
	sector: sql`sector`
};

function keyExpr(d: Dimension, g: Granularity): SQL {
	if (d !== 'period') return COLUMN[d];
	if (g === 'year') return sql`to_char(period, 'YYYY')`;
	if (g === 'quarter') return sql`to_char(period, 'YYYY-"Q"Q')`;
	return sql`to_char(period, 'YYYY-MM')`;
}

/** The fixed key order of a dimension (periods and countries come from the data). */
const ORDER: Partial<Record<Dimension, readonly string[]>> = { sex: SEX_KEYS, age_group: AGE_GROUPS, region: REGION_KEYS, sector: SECTOR_KEYS };

function orderKeys(d: Dimension, keys: Set<string>, totals: Map<string, number>): string[] {
	const fixed = ORDER[d];
	if (fixed) return fixed.filter((k) => keys.has(k));
	if (d === 'period') return [...keys].sort();
	// Countries: largest first, 'unknown' last.
	return [...keys].sort((a, b) => (a === 'unknown' ? 1 : b === 'unknown' ? -1 : (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b)));
}

/** Runs a query on the cube and suppresses the result (no access check: callers are the public pages and `statTable`). */
export async function cubeTable(db: Db, q: StatQuery, threshold = statsThreshold()): Promise<StatResult> {
	const where: SQL[] = [sql`measure = ${q.measure}`];
	for (const [d, v] of Object.entries(q.filters) as [FilterDimension, string][]) if (v) where.push(sql`${COLUMN[d]} = ${v}`);
	if (q.from) where.push(sql`period >= ${q.from + '-01'}::date`);
	if (q.to) where.push(sql`period <= ${q.to + '-01'}::date`);
	const rowKey = keyExpr(q.rows, q.granularity);
	const colKey = q.cols ? keyExpr(q.cols, q.granularity) : sql`'all'`;
	const [{ rows }, refreshedAt] = await Promise.all([
		db.execute<{ r: string; c: string; n: number }>(
			sql`select ${rowKey} as r, ${colKey} as c, sum(n)::int as n from stat_cube where ${and(...where)} group by 1, 2`
		),
		statisticsDate(db)
	]);
	const rowSet = new Set<string>();
	const colSet = new Set<string>();
	const rowTotals = new Map<string, number>();
	const colTotals = new Map<string, number>();
	const values = new Map<string, number>();
	for (const r of rows) {
		rowSet.add(r.r);
		colSet.add(r.c);
		rowTotals.set(r.r, (rowTotals.get(r.r) ?? 0) + r.n);
		colTotals.set(r.c, (colTotals.get(r.c) ?? 0) + r.n);
		values.set(`${r.r}\u0000${r.c}`, r.n);
	}
	let rowKeys = orderKeys(q.rows, rowSet, rowTotals);
	if (q.limitRows && rowKeys.length > q.limitRows) {
		const keep = [...rowKeys].sort((a, b) => (rowTotals.get(b) ?? 0) - (rowTotals.get(a) ?? 0)).slice(0, q.limitRows - 1);
		const kept = new Set(keep);
		for (const [key, n] of [...values]) {
			const [rk, ck] = key.split('\u0000');
			if (kept.has(rk)) continue;
			values.set(`other\u0000${ck}`, (values.get(`other\u0000${ck}`) ?? 0) + n);
		}
		rowKeys = [...rowKeys.filter((k) => kept.has(k)), 'other'];
	}
	const colKeys = q.cols ? orderKeys(q.cols, colSet, colTotals) : ['all'];
	const cells = rowKeys.map((rk) => colKeys.map((ck) => values.get(`${rk}\u0000${ck}`) ?? 0));
	// A one-way breakdown is one column with its total: the rows' total is the column total.
	const table = suppressTable({ cells, rowTotals: !!q.cols, colTotals: true, threshold });
	return { query: q, rowKeys, colKeys, table, threshold, hidden: table.primary + table.secondary, refreshedAt };
}

const GRANULARITY_DEFAULT: Granularity = 'year';
const monthParam = z
	.string()
	.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'error_stats_month' })
	.optional();

/**
 * Reads a query from GET parameters (`measure`, `rows`, `cols`, `by`, `from`, `to`, and a filter per
 * dimension). Unknown values answer field errors (message keys), never a guess.
 */
export async function parseStatQuery(db: Db, params: URLSearchParams | Record<string, string | undefined>): Promise<Validated<StatQuery>> {
	const get = (k: string) => {
		const v = params instanceof URLSearchParams ? params.get(k) : params[k];
		return v === null || v === undefined || v === '' ? undefined : v;
	};
	const errors: Record<string, string> = {};
	const pick = <T extends string>(k: string, allowed: readonly T[], fallback: T | null): T | null => {
		const v = get(k);
		if (v === undefined) return fallback;
		if ((allowed as readonly string[]).includes(v)) return v as T;
		errors[k] = 'error_stats_unknown_value';
		return fallback;
	};
	const measure = pick('measure', MEASURES, 'registered_abroad')!;
	const rows = pick('rows', DIMENSIONS, 'period')!;
	const cols = pick('cols', DIMENSIONS, null);
	if (cols && cols === rows) errors.cols = 'error_stats_same_dimension';
	const granularity = pick('by', GRANULARITIES, GRANULARITY_DEFAULT)!;
	const from = monthParam.safeParse(get('from'));
	const to = monthParam.safeParse(get('to'));
	if (!from.success) errors.from = 'error_stats_month';
	if (!to.success) errors.to = 'error_stats_month';
	if (from.success && to.success && from.data && to.data && from.data > to.data) errors.to = 'error_stats_range';
	const filters: StatQuery['filters'] = {};
	const f = (k: FilterDimension, allowed: readonly string[]) => {
		const v = get(k);
		if (v === undefined) return;
		if (allowed.includes(v)) filters[k] = v;
		else errors[k] = 'error_stats_unknown_value';
	};
	f('sex', SEX_KEYS);
	f('age_group', AGE_GROUPS);
	f('region', REGION_KEYS);
	f('sector', SECTOR_KEYS);
	const c = get('country');
	if (c !== undefined) {
		if (c === 'unknown') filters.country = c;
		else if (/^[A-Z]{2}$/.test(c) && (await db.select({ iso2: country.iso2 }).from(country).where(eq(country.iso2, c)).limit(1)).length) filters.country = c;
		else errors.country = 'error_stats_unknown_value';
	}
	if (Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, data: { measure, rows, cols, granularity, from: from.data ?? null, to: to.data ?? null, filters } };
}

/**
 * A suppressed table for a member of staff with `statistics.read`: a ministry (scope all) sees every
 * country; a mission (scope organisation) sees only its host country, whatever the filter says.
 */
export async function statTable(db: Db, actor: Actor, q: StatQuery): Promise<StatResult> {
	requireAccess(actor, 'statistics.read');
	const scope = scopeOf(actor, 'statistics.read');
	let query = q;
	if (scope !== 'all') {
		if (!actor.organisationId) throw new AppError('forbidden', 'statistics without organisation');
		const [org] = await db
			.select({ kind: organisation.kind, country: organisation.countryIso2 })
			.from(organisation)
			.where(eq(organisation.id, actor.organisationId));
		if (!org || org.kind !== 'consulate') throw new AppError('forbidden', 'organisation-scoped statistics are for missions');
		if (q.filters.country && q.filters.country !== org.country) throw new AppError('not_found', 'country outside the mission');
		query = { ...q, filters: { ...q.filters, country: org.country } };
	}
	return cubeTable(db, query);
}

/** The country a mission's statistics are limited to (null: all countries). */
export async function statisticsCountryScope(db: Db, actor: Actor): Promise<string | null> {
	requireAccess(actor, 'statistics.read');
	if (scopeOf(actor, 'statistics.read') === 'all' || !actor.organisationId) return null;
	const [org] = await db.select({ country: organisation.countryIso2 }).from(organisation).where(eq(organisation.id, actor.organisationId));
	return org?.country ?? null;
}

/** Countries present in the cube, for the dashboard's filter (a mission: only its own). */
export async function statisticsCountries(db: Db, actor: Actor): Promise<string[]> {
	const only = await statisticsCountryScope(db, actor);
	if (only) return [only];
	const { rows } = await db.execute<{ country: string }>(sql`select distinct country from stat_cube where country <> 'unknown' order by 1`);
	return rows.map((r) => r.country);
}

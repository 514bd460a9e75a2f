/**
 * Statistics at scale (issue 13): N synthetic people (profile with sex, birth date and region; most of
 * them registered with a mission abroad, some returned) and N help cases, filled set-based with
 * generate_series; then the cube rebuild, the analyst dashboard for a set of filter combinations, and
 * the open-data regeneration. Prints one JSON line: people, cases, cube_rows, refresh_s,
 * dashboard_p50_ms, dashboard_p95_ms (over every combination), worst (its combination and p95),
 * open_data_s. Target: dashboard p95 ≤ 300 ms for any filter combination.
 *   npm run bench:stats -- --people 100000 --cases 100000   (default 10^6 each; data kept in .data/bench-stats)
 */
import { sql } from 'drizzle-orm';
import { startEmbedded } from '#lib/server/db/embedded';
import { percentile } from './measure';

const arg = (name: string, fallback: number) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PEOPLE = arg('people', 1_000_000);
const CASES = arg('cases', PEOPLE);
const RUNS = arg('runs', 20);
const embedded = process.env.DATABASE_URL ? undefined : await startEmbedded('.data/bench-stats', 'sapar_bench', 5437);
if (embedded) process.env.DATABASE_URL = embedded.url;
process.env.LOG_LEVEL ??= 'warn';

const { getDb, closeDb } = await import('#lib/server/db/client');
const { prepareDatabase } = await import('#lib/server/db/setup');
const { organisation } = await import('#lib/server/org/org.table');
const { refreshStatistics, statTable } = await import('#lib/server/statistics/statistics.service');
const { buildOpenData } = await import('#lib/server/statistics/open-data');
const { MEASURES, DIMENSIONS } = await import('#lib/statistics');

const db = getDb();
await prepareDatabase(db, { demo: false });

const slug = 'bench-stats-mission';
let [mission] = await db
	.select()
	.from(organisation)
	.where(sql`${organisation.slug} = ${slug}`);
if (!mission)
	[mission] = await db
		.insert(organisation)
		.values({ slug, kind: 'consulate', name: { en: 'Bench stats' }, countryIso2: 'RU', city: { en: 'Moscow' } })
		.returning();

// People: a profile each; 70 % registered abroad (over three years, ten countries), 5 % of those returned.
const COUNTRIES = sql.raw(`(array['RU','KZ','KR','GB','TR','DE','AE','US','JP','PL'])`);
const REGIONS = sql.raw(`(array['KG-B','KG-C','KG-J','KG-N','KG-O','KG-T','KG-Y','KG-GB','KG-GO'])`);
const CHUNK = 100_000;
const t0 = performance.now();
const [{ have }] = (await db.execute<{ have: number }>(sql`select count(*)::int as have from auth_user where id like 'bench-stat-p%'`)).rows;
for (let from = have + 1; from <= PEOPLE; from += CHUNK) {
	const to = Math.min(PEOPLE, from + CHUNK - 1);
	await db.execute(sql`
		insert into auth_user (id, name, email, kind, locale)
		select 'bench-stat-p' || g, '', 'bench-stat-p' || g || '@phone.sapar.invalid', 'migrant', (array['ky','ru','en'])[1 + g % 3]
		from generate_series(${from}::int, ${to}::int) g on conflict do nothing`);
	await db.execute(sql`
		insert into migrant_profile (user_id, full_name, birth_date, sex, region_code)
		select 'bench-stat-p' || g, '', to_char(date '1960-01-01' + ((g::bigint * 7919) % 16000)::int, 'YYYY-MM-DD'), (array['female','male'])[1 + g % 2], ${REGIONS}[1 + g % 9]
		from generate_series(${from}::int, ${to}::int) g on conflict do nothing`);
	await db.execute(sql`
		insert into consular_registration (user_id, mission_id, country_iso2, city, address, arrival_date, stay_months, status, created_at)
		select 'bench-stat-p' || g, ${mission.id}, ${COUNTRIES}[1 + ((g::bigint * 31) % 10)::int], 'Bench', '-', '2024-01-01', 6,
			case when g % 20 = 0 then 'returned' else 'confirmed' end, now() - ((g::bigint * 104729) % (3 * 365 * 24))::int * interval '1 hour'
		from generate_series(${from}::int, ${to}::int) g where g % 10 < 7`);
}
const [{ haveCases }] = (await db.execute<{ haveCases: number }>(sql`select count(*)::int as "haveCases" from help_case where number like 'BS-%'`)).rows;
for (let from = haveCases + 1; from <= CASES; from += CHUNK) {
	const to = Math.min(CASES, from + CHUNK - 1);
	await db.execute(sql`
		insert into help_case (id, number, tracking_hash, type, country_iso2, city, organisation_id, reporter_user_id, narrative_enc,
			first_response_due, resolution_due, status, closed_at, outcomes, created_at, updated_at)
		select gen_random_uuid(), 'BS-' || lpad(g::text, 8, '0'), '-', (array['unpaid_wages','passport_taken','abuse'])[1 + g % 3],
			${COUNTRIES}[1 + ((g::bigint * 17) % 10)::int], 'Bench', ${mission.id}, 'bench-stat-p' || (1 + (g::bigint * 7) % ${PEOPLE}::int), '-',
			c + interval '2 days', c + interval '30 days',
			case when g % 5 < 3 then 'closed' else 'in_progress' end,
			case when g % 5 < 3 then c + interval '20 days' end,
			case when g % 5 < 3 then array[(array['wages_recovered','repatriated','closed_without_result'])[1 + g % 3]] else '{}' end,
			c, c
		from (select g, now() - ((g::bigint * 7727) % (3 * 365 * 24))::int * interval '1 hour' as c from generate_series(${from}::int, ${to}::int) g) s`);
}
const filled = (performance.now() - t0) / 1000;
if (filled > 1) {
	await db.execute(sql`vacuum analyze`);
	console.error(`filled in ${filled.toFixed(1)} s`);
}

// The cube, rebuilt from the operations tables.
const t1 = performance.now();
const { rows: cubeRows } = await refreshStatistics(db);
const refreshS = (performance.now() - t1) / 1000;
await db.execute(sql`analyze stat_cube`);

// The analyst's dashboard (scope all): every measure by period; each dimension against another; filters alone and combined.
const analyst = { userId: 'bench-stats-analyst', role: 'analyst' as const, organisationId: null, ip: null };
type Q = Parameters<typeof statTable>[2];
const base = (over: Partial<Q>): Q => ({
	measure: 'registered_abroad',
	rows: 'period',
	cols: null,
	granularity: 'year',
	from: null,
	to: null,
	filters: {},
	...over
});
const combos: { label: string; q: Q }[] = [];
for (const measure of MEASURES) combos.push({ label: `${measure} by year`, q: base({ measure }) });
for (const rows of DIMENSIONS)
	for (const cols of DIMENSIONS) if (rows !== cols) combos.push({ label: `registered_abroad ${rows}×${cols}`, q: base({ rows, cols }) });
for (const granularity of ['month', 'quarter'] as const)
	combos.push({ label: `cases_received by ${granularity}×country`, q: base({ measure: 'cases_received', granularity, cols: 'country' }) });
combos.push({
	label: 'registered_abroad, female, RU, by region×age',
	q: base({ rows: 'region', cols: 'age_group', filters: { sex: 'female', country: 'RU' } })
});
combos.push({ label: 'registered_abroad, 25_34, KG-O, by month', q: base({ granularity: 'month', filters: { age_group: '25_34', region: 'KG-O' } }) });
combos.push({
	label: 'cases_received, 2025, female, KR by month×region',
	q: base({ measure: 'cases_received', granularity: 'month', cols: 'region', from: '2025-01', to: '2025-12', filters: { sex: 'female', country: 'KR' } })
});
combos.push({
	label: 'cases_resolved, male, KG-GB, by country×year',
	q: base({ measure: 'cases_resolved', rows: 'country', cols: 'period', filters: { sex: 'male', region: 'KG-GB' } })
});
combos.push({ label: 'returns by region×sex, 2024-2026', q: base({ measure: 'returns', rows: 'region', cols: 'sex', from: '2024-01', to: '2026-12' }) });

const all: number[] = [];
let worst = { label: '', p95: 0 };
for (const c of combos) {
	await statTable(db, analyst, c.q);
	const times: number[] = [];
	for (let r = 0; r < RUNS; r++) {
		const t = performance.now();
		await statTable(db, analyst, c.q);
		times.push(performance.now() - t);
	}
	all.push(...times);
	const p95 = percentile(times, 95);
	if (p95 > worst.p95) worst = { label: c.label, p95: Number(p95.toFixed(1)) };
}

// Open data: every dataset rebuilt from the cube.
const t2 = performance.now();
const sets = await buildOpenData(db);
const openDataS = (performance.now() - t2) / 1000;

const [{ people, cases }] = (
	await db.execute<{ people: number; cases: number }>(
		sql`select (select count(*)::int from auth_user where kind = 'migrant') as people, (select count(*)::int from help_case) as cases`
	)
).rows;
console.log(
	JSON.stringify({
		bench: 'stats',
		people,
		cases,
		cube_rows: cubeRows,
		refresh_s: Number(refreshS.toFixed(2)),
		combinations: combos.length,
		runs: RUNS,
		dashboard_p50_ms: Number(percentile(all, 50).toFixed(1)),
		dashboard_p95_ms: Number(percentile(all, 95).toFixed(1)),
		worst,
		open_data_s: Number(openDataS.toFixed(3)),
		datasets: sets.size
	})
);
await closeDb();
await embedded?.stop();
process.exit(0);

/**
 * Case work at scale: 100,000 synthetic cases over 20 organisations (one busy organisation holds a
 * fifth of them), then a case worker's queue, tracking by number + code, and the public figures.
 * Prints p50/p95/p99; target p95 ≤ 150 ms for the queue. Data is kept in .data/bench-cases.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { startEmbedded } from '#lib/server/db/embedded';
import { measure as timed } from './measure';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const measure = (label: string, calls: (() => Promise<unknown>)[]) => timed(label, calls, RUNS);

const embedded = process.env.DATABASE_URL ? undefined : await startEmbedded('.data/bench-cases', 'sapar_bench', 5438);
if (embedded) process.env.DATABASE_URL = embedded.url;
process.env.LOG_LEVEL ??= 'warn';

const { getDb, closeDb } = await import('#lib/server/db/client');
const { prepareDatabase } = await import('#lib/server/db/setup');
const { organisation, membership } = await import('#lib/server/org/org.table');
const { authUser } = await import('#lib/server/auth/auth.table');
const { helpCase } = await import('#lib/server/cases/cases.table');
const { CASE_TYPES, OUTCOMES, URGENCIES } = await import('#lib/cases');
const { encryptField } = await import('#lib/server/cases/field-crypto');
const { caseQueue } = await import('#lib/server/cases/case.service');
const { trackCase, trackingHash } = await import('#lib/server/cases/intake.service');
const { publicCaseFigures: publicFigures } = await import('#lib/server/statistics/case-figures');

const db = getDb();
await prepareDatabase(db, { demo: false });

const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];
const COUNTRIES = ['RU', 'KZ', 'KR', 'GB', 'TR', 'DE', 'AE', 'US', 'JP', 'PL'];
const DAY = 86_400_000;
const CODE = 'BENC-HCOD-E000';

// Organisations and one case worker in each (idempotent by slug).
const orgIds: string[] = [];
const workers: string[] = [];
for (let i = 0; i < 20; i++) {
	const slug = `bench-cases-${i}`;
	let [org] = await db
		.select({ id: organisation.id })
		.from(organisation)
		.where(sql`${organisation.slug} = ${slug}`);
	if (!org)
		[org] = await db
			.insert(organisation)
			.values({ slug, kind: 'ngo', name: { en: slug }, countryIso2: 'KG' })
			.returning({ id: organisation.id });
	const userId = `bench-cases-worker-${i}`;
	await db
		.insert(authUser)
		.values({ id: userId, name: `Worker ${i}`, email: `${userId}@bench.sapar`, kind: 'staff' })
		.onConflictDoNothing();
	await db.insert(membership).values({ userId, organisationId: org.id, role: 'case_worker' }).onConflictDoNothing();
	orgIds.push(org.id);
	workers.push(userId);
}

const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from help_case where number like 'SP-2025-%'`)).rows;
if (n < CASES) {
	const started = performance.now();
	const hash = trackingHash(CODE);
	for (let i = n; i < CASES; i += 1000) {
		await db.insert(helpCase).values(
			Array.from({ length: Math.min(1000, CASES - i) }, (_, k) => {
				const j = i + k;
				const id = randomUUID();
				const o = Math.random() < 0.2 ? 0 : 1 + Math.floor(Math.random() * 19);
				const createdAt = new Date(Date.now() - Math.floor(Math.random() * 365 * DAY));
				const closed = Math.random() < 0.6;
				const responded = closed || Math.random() < 0.7;
				return {
					id,
					number: `SP-2025-${String(j).padStart(6, '0')}`,
					trackingHash: hash,
					type: pick(CASE_TYPES),
					countryIso2: pick(COUNTRIES),
					city: 'Bench',
					urgency: pick(URGENCIES),
					traffickingFlag: Math.random() < 0.05,
					organisationId: orgIds[o],
					assigneeUserId: Math.random() < 0.5 ? workers[o] : null,
					narrativeEnc: encryptField(`Synthetic case ${j} for the benchmark.`, id, 'narrative'),
					firstResponseDue: new Date(createdAt.getTime() + 2 * DAY),
					resolutionDue: new Date(createdAt.getTime() + 30 * DAY),
					firstResponseAt: responded ? new Date(createdAt.getTime() + Math.random() * 3 * DAY) : null,
					status: closed ? ('closed' as const) : ('in_progress' as const),
					closedAt: closed ? new Date(createdAt.getTime() + Math.random() * 40 * DAY) : null,
					outcomes: closed ? [pick(OUTCOMES)] : [],
					createdAt,
					updatedAt: createdAt
				};
			})
		);
	}
	await db.execute(sql`vacuum analyze help_case`);
	console.log(`generated ${CASES - n} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const [{ total, busy }] = (
	await db.execute<{ total: number; busy: number }>(
		sql`select count(*)::int as total, count(*) filter (where organisation_id = ${orgIds[0]})::int as busy from help_case`
	)
).rows;

const busyWorker = { userId: workers[0], role: 'case_worker' as const, organisationId: orgIds[0], ip: null };
const quietWorker = { userId: workers[7], role: 'case_worker' as const, organisationId: orgIds[7], ip: null };
console.log(`cases: ${total}; busiest organisation: ${busy}; ${RUNS} runs of each query`);
await measure('queue, busiest organisation', [() => caseQueue(db, busyWorker, { view: 'open' })]);
await measure('queue, mine', [() => caseQueue(db, busyWorker, { view: 'mine' })]);
await measure('queue, overdue', [() => caseQueue(db, busyWorker, { view: 'overdue' })]);
await measure('queue, page 10', [() => caseQueue(db, busyWorker, { view: 'open', page: 10 })]);
await measure('queue, typical organisation', [() => caseQueue(db, quietWorker, { view: 'open' })]);
await measure('track by number + code', [() => trackCase(db, `SP-2025-${String(Math.floor(Math.random() * CASES)).padStart(6, '0')}`, CODE)]);
await measure('public figures, computed', [() => publicFigures(db, { fresh: true })]);
await measure('public figures, cached', [() => publicFigures(db)]);

await closeDb();
await embedded?.stop();

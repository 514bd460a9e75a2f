/**
 * Bulk import at scale (docs/decisions/0017): writes a CSV of N employment-centre clients (default
 * 10^6; about 1 % repeat an earlier personal number), stores it encrypted as an upload, then runs the
 * real pipeline — dry run, commit, and a re-import of the same file (all unchanged) — on the embedded
 * PostgreSQL in .data/bench-import (a fresh centre each run). Prints one JSON line: rows, rows_per_s
 * (commit: read, check, encrypt, stage, merge), the dry run's and re-import's rates, peak RSS and the
 * duplicates found. Targets: ≥ 20,000 rows/s and ≤ 400 MB RSS at 10^6 rows.
 *
 *   npm run bench:import -- --rows 100000
 */
import { createReadStream, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { eq, sql } from 'drizzle-orm';
import { startEmbedded } from '#lib/server/db/embedded';
import { cpuSeconds } from './measure';

const arg = process.argv.indexOf('--rows');
const ROWS = Number(arg > 0 ? process.argv[arg + 1] : (process.env.BENCH_ROWS ?? 1_000_000));
const embedded = process.env.DATABASE_URL ? undefined : await startEmbedded('.data/bench-import', 'sapar_bench', 5439);
if (embedded) process.env.DATABASE_URL = embedded.url;
process.env.LOG_LEVEL ??= 'warn';
process.env.SAPAR_IMPORT_DIR ??= '.data/bench-import-files';

const { getDb, closeDb } = await import('#lib/server/db/client');
const { prepareDatabase } = await import('#lib/server/db/setup');
const { organisation, membership } = await import('#lib/server/org/org.table');
const { authUser } = await import('#lib/server/auth/auth.table');
const { importBatch } = await import('#lib/server/imports/imports.table');
const { storeUpload, discardUpload } = await import('#lib/server/imports/storage');
const { runPhase } = await import('#lib/server/imports/pipeline');
const { guessMapping } = await import('#lib/server/imports/fields');
const { REGISTERS } = await import('#lib/server/imports/registers');

const db = getDb();
await prepareDatabase(db, { demo: false });

const baselineRss = process.memoryUsage().rss;
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

// The file: realistic values in the shapes the checks accept (Russian headers, day-first dates).
const REGIONS = ['Чуйская обл.', 'Ош облусу', 'г. Бишкек', 'Нарын', 'Баткенская область', 'Талас', 'Ысык-Көл облусу', 'Жалал-Абад', 'город Ош'];
const COUNTRIES = ['Россия', 'Казахстан', 'Корея', 'Великобритания', 'Турция', 'Германия'];
const FIRST = ['Бакыт', 'Айгүл', 'Нурлан', 'Гүлнара', 'Эрлан', 'Чолпон', 'Айбек', 'Назгүл', 'Темир', 'Мээрим'];
const LAST = ['Асанов', 'Токтогулова', 'Мамытов', 'Жумабаева', 'Садыков', 'Осмонова', 'Бекболотов', 'Кадырова'];
mkdirSync('.data', { recursive: true });
const csvPath = `.data/bench-import-${ROWS}.csv`;
const out = createWriteStream(csvPath);
out.write('ПИН;ФИО;Пол;Дата рождения;Телефон;Область;Страна назначения;Дата обращения\n');
let duplicatesWritten = 0;
for (let i = 0; i < ROWS; i++) {
	const repeat = i > 100 && i % 100 === 7; // about 1 %: the personal number of an earlier row
	if (repeat) duplicatesWritten++;
	const n = repeat ? i - 50 : i;
	const male = n % 2 === 0;
	const day = 1 + (n % 28);
	const month = 1 + (n % 12);
	const year = 1960 + (n % 45);
	const dd = String(day).padStart(2, '0');
	const mm = String(month).padStart(2, '0');
	const pin = `${male ? 2 : 1}${dd}${mm}${year}${String(n % 100_000).padStart(5, '0')}`;
	const phone = `0${['700', '555', '770', '990', '502'][n % 5]} ${String(100_000 + (n % 900_000)).padStart(6, '0')}`;
	const line = `${pin};${LAST[n % 8]} ${FIRST[n % 10]};${male ? 'м' : 'ж'};${dd}.${mm}.${year};${phone};${REGIONS[n % 9]};${COUNTRIES[n % 6]};${String(1 + (n % 28)).padStart(2, '0')}.${String(1 + (n % 12)).padStart(2, '0')}.2024\n`;
	if (!out.write(line)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');

// A centre and its supervisor (fresh each run, so "created" means created).
const slug = `bench-import-${Date.now().toString(36)}`;
const [org] = await db
	.insert(organisation)
	.values({ slug, kind: 'employment_centre', name: { en: slug }, countryIso2: 'KG' })
	.returning({ id: organisation.id });
const userId = `${slug}-supervisor`;
await db.insert(authUser).values({ id: userId, name: 'Bench', email: `${userId}@bench.sapar`, kind: 'staff' });
await db.insert(membership).values({ userId, organisationId: org.id, role: 'supervisor' });

// CPU seconds of this database's backends (the wall time on a shared machine says little by itself).
const backendCpu = async () => {
	const { rows } = await db.execute<{ pid: number }>(sql`select pid from pg_stat_activity where datname = current_database()`);
	return new Map(await Promise.all(rows.map(async (r) => [r.pid, await cpuSeconds([r.pid])] as const)));
};

const headers = ['ПИН', 'ФИО', 'Пол', 'Дата рождения', 'Телефон', 'Область', 'Страна назначения', 'Дата обращения'];
async function importOnce() {
	const id = crypto.randomUUID();
	const { size } = await storeUpload(id, createReadStream(csvPath), 1024 ** 3);
	await db.insert(importBatch).values({
		id,
		organisationId: org.id,
		register: 'clients',
		fileName: 'bench.csv',
		fileSize: size,
		format: 'csv',
		encoding: 'utf-8',
		delimiter: ';',
		headers,
		mapping: guessMapping(REGISTERS.clients.fields, headers),
		createdBy: userId
	});
	const phase = async (p: 'check' | 'commit') => {
		await db.update(importBatch).set({ status: 'queued', phase: p, committedBy: userId }).where(eq(importBatch.id, id));
		const dbBefore = await backendCpu();
		const own = process.cpuUsage();
		const t = performance.now();
		await runPhase(db, id, p);
		const seconds = (performance.now() - t) / 1000;
		const ownUsed = process.cpuUsage(own);
		let dbUsed = 0;
		for (const [pid, after] of await backendCpu()) dbUsed += after - (dbBefore.get(pid) ?? 0);
		const cpu = { node: Number(((ownUsed.user + ownUsed.system) / 1e6).toFixed(1)), db: Number(dbUsed.toFixed(1)) };
		const [b] = await db.select().from(importBatch).where(eq(importBatch.id, id));
		if (b.status === 'failed') throw new Error(`import failed: ${b.error}`);
		return { seconds, b, cpu };
	};
	const check = await phase('check');
	const commit = await phase('commit');
	await discardUpload(id);
	return { check, commit };
}

const first = await importOnce();
const second = await importOnce();
clearInterval(sampler);

const rate = (s: number) => Math.round(ROWS / s);
console.log(
	JSON.stringify({
		bench: 'import',
		rows: ROWS,
		rows_per_s: rate(first.commit.seconds),
		commit_s: Number(first.commit.seconds.toFixed(1)),
		dry_run_rows_per_s: rate(first.check.seconds),
		reimport_rows_per_s: rate(second.commit.seconds),
		rss_mb: Math.round(peakRss / 1024 / 1024),
		rss_baseline_mb: Math.round(baselineRss / 1024 / 1024),
		created: first.commit.b.created,
		rejected: first.commit.b.rejected,
		duplicates: duplicatesWritten,
		reimport_unchanged: second.commit.b.unchanged,
		reimport_created: second.commit.b.created,
		commit_cpu_s: first.commit.cpu,
		dry_run_cpu_s: first.check.cpu,
		load: Number(loadavg()[0].toFixed(1))
	})
);
rmSync(csvPath, { force: true });
await closeDb();
await embedded?.stop();
process.exit(0);

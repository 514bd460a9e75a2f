/**
 * Search latency with the real portal content plus a synthetic corpus of 100,000 documents
 * (words drawn from the real content, in all three languages). Prints p50/p95/p99 for Cyrillic and
 * Latin-typed queries; target p95 ≤ 30 ms. The corpus is kept in .data/bench-search between runs.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { startEmbedded } from '#lib/server/db/embedded';

const SIZE = Number(process.env.BENCH_DOCS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

const embedded = process.env.DATABASE_URL ? undefined : await startEmbedded('.data/bench-search', 'sapar_bench', 5436);
if (embedded) process.env.DATABASE_URL = embedded.url;
process.env.LOG_LEVEL ??= 'warn';

const { getDb, closeDb } = await import('#lib/server/db/client');
const { prepareDatabase } = await import('#lib/server/db/setup');
const { searchDocument } = await import('#lib/server/portal/portal.table');
const { normalise } = await import('#lib/server/portal/normalise');
const { search, indexWords } = await import('#lib/server/portal/search');

const db = getDb();
await prepareDatabase(db, { demo: false });

const [{ n }] = (await db.execute<{ n: number }>(sql`select count(*)::int as n from search_document where url like '/synthetic/%'`)).rows;
if (n < SIZE) {
	const real = await db.select({ title: searchDocument.title, body: searchDocument.body, lang: searchDocument.lang }).from(searchDocument);
	const words = { ky: [] as string[], ru: [] as string[], en: [] as string[] };
	for (const r of real) words[r.lang as 'ky'].push(...`${r.title} ${r.body}`.split(/\s+/).filter((w) => w.length > 2));
	const pick = (list: string[], k: number) => Array.from({ length: k }, () => list[Math.floor(Math.random() * list.length)]).join(' ');
	const started = performance.now();
	for (let i = n; i < SIZE; i += 1000) {
		const rows = Array.from({ length: Math.min(1000, SIZE - i) }, () => {
			const lang = (['ky', 'ru', 'en'] as const)[Math.floor(Math.random() * 3)];
			const title = pick(words[lang], 5);
			const body = pick(words[lang], 60);
			return { entityType: 'faq', entityId: randomUUID(), lang, countryIso2: null, title, body, url: `/synthetic/${i}`, norm: normalise(`${title} ${body}`) };
		});
		await db.insert(searchDocument).values(rows);
		await indexWords(
			db,
			rows.map((r) => r.norm)
		);
	}
	await db.execute(sql`vacuum analyze search_document`);
	await db.execute(sql`vacuum analyze search_word`);
	console.log(`generated ${SIZE - n} synthetic documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const [{ total }] = (await db.execute<{ total: number }>(sql`select count(*)::int as total from search_document`)).rows;

const QUERIES = {
	cyrillic: [
		'россия патент',
		'регистрация москва',
		'паспорт',
		'трудовой договор',
		'консулдук каттоо',
		'казахстан',
		'медицинская страховка',
		'корея',
		'зарплата не платят',
		'мигрант укугу'
	],
	latin: [
		'rossiya patent',
		'registraciya moskva',
		'kazakstan',
		'pasport',
		'trudovoi dogovor',
		'konsuldik kattoo',
		'korea eps',
		'strahovka',
		'zarplata',
		'work permit'
	]
};

function percentile(values: number[], p: number) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

console.log(`search_document rows: ${total}; ${RUNS} runs of each query`);
for (const [script, queries] of Object.entries(QUERIES)) {
	for (const q of queries) await search(db, q, 'ru'); // warm-up
	const times: number[] = [];
	const perQuery = new Map<string, number[]>();
	let hits = 0;
	for (let r = 0; r < RUNS; r++) {
		for (const q of queries) {
			const t0 = performance.now();
			const results = await search(db, q, 'ru');
			const ms = performance.now() - t0;
			times.push(ms);
			perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
			if (r === 0 && results.length) hits++;
		}
	}
	if (process.env.BENCH_VERBOSE) for (const [q, t] of perQuery) console.log(`  ${q.padEnd(24)} p50 ${percentile(t, 50).toFixed(1)} ms`);
	console.log(
		`${script.padEnd(9)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms  p99 ${percentile(times, 99).toFixed(1).padStart(6)} ms  (${hits}/${queries.length} queries found something)`
	);
}
await closeDb();
await embedded?.stop();

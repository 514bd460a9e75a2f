/**
 * Alerts at scale (issue 12): N synthetic people in one city (a quarter with Telegram), one alert
 * drafted, approved, selected and queued (one set-based transaction), then delivered to a loopback
 * SMSC and a loopback Bot API (separate process) with throttles lifted. Prints one JSON line:
 * recipients, select_enqueue_s, delivered_per_s, duplicates, skipped, rss_mb.
 *   npm run bench:alerts -- --recipients 100000        (default 1,000,000; data kept in .data/bench-alerts)
 */
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { startEmbedded } from '#lib/server/db/embedded';
import { cpuSeconds } from './measure';

const arg = (name: string, fallback: number) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('recipients', 1_000_000);
const embedded = process.env.DATABASE_URL ? undefined : await startEmbedded('.data/bench-alerts', 'sapar_bench', 5439);
if (embedded) process.env.DATABASE_URL = embedded.url;
process.env.LOG_LEVEL ??= 'warn';

let rssMax = 0;
const sampler = setInterval(() => (rssMax = Math.max(rssMax, process.memoryUsage().rss)), 200);

const peers = fork(new URL('./alert-peers.ts', import.meta.url).pathname, [], { execArgv: ['--import', 'tsx'] });
const ask = <T>(what: string, key: string) =>
	new Promise<T>((resolve) => {
		const on = (msg: Record<string, unknown>) => {
			if (key in msg) {
				peers.off('message', on);
				resolve(msg[key] as T);
			}
		};
		peers.on('message', on);
		if (what) peers.send({ ask: what });
	});
const ports = await ask<{ smpp: number; bot: number }>('', 'ready');

const { getDb, closeDb } = await import('#lib/server/db/client');
const { prepareDatabase } = await import('#lib/server/db/setup');
const { organisation, membership } = await import('#lib/server/org/org.table');
const { authUser } = await import('#lib/server/auth/auth.table');
const { createAlert, approveAlert, sendAlert } = await import('#lib/server/alerts/alerts.service');
const { Dispatcher } = await import('#lib/server/channels/dispatcher');
const { SmppAdapter } = await import('#lib/server/channels/adapters/smpp.adapter');
const { telegramAdapter } = await import('#lib/server/channels/adapters/telegram.adapter');

const db = getDb();
await prepareDatabase(db, { demo: false });

// The mission and two officers (idempotent).
const slug = 'bench-alerts-mission';
let [mission] = await db
	.select()
	.from(organisation)
	.where(sql`${organisation.slug} = ${slug}`);
if (!mission)
	[mission] = await db
		.insert(organisation)
		.values({ slug, kind: 'consulate', name: { en: 'Bench mission' }, countryIso2: 'RU', city: { en: 'Benchgrad' } })
		.returning();
const actors = [];
for (const n of [1, 2]) {
	const id = `bench-alerts-officer-${n}`;
	await db
		.insert(authUser)
		.values({ id, name: `Officer ${n}`, email: `${id}@bench.sapar`, kind: 'staff' })
		.onConflictDoNothing();
	await db.insert(membership).values({ userId: id, organisationId: mission.id, role: 'consular_officer' }).onConflictDoNothing();
	actors.push({ userId: id, role: 'consular_officer' as const, organisationId: mission.id });
}

// N people registered in Benchgrad; every fourth has Telegram linked (set-based, kept between runs).
const [{ have }] = (await db.execute<{ have: number }>(sql`select count(*)::int as have from auth_user where id like 'bench-alert-p%'`)).rows;
if (have < N) {
	const t = performance.now();
	for (let from = have + 1; from <= N; from += 100_000) {
		const to = Math.min(N, from + 99_999);
		await db.execute(sql`
			insert into auth_user (id, name, email, kind, phone_number, phone_number_verified, locale)
			select 'bench-alert-p' || g, '', 'bench-alert-p' || g || '@phone.sapar.invalid', 'migrant', '+99650' || lpad(g::text, 7, '0'), true, (array['ky', 'ru', 'en'])[1 + g % 3]
			from generate_series(${from}::int, ${to}::int) g on conflict do nothing`);
		await db.execute(sql`
			insert into consular_registration (user_id, mission_id, country_iso2, city, address, arrival_date, stay_months, status)
			select 'bench-alert-p' || g, ${mission.id}, 'RU', 'Benchgrad', '-', '2026-10-01', 6, 'confirmed' from generate_series(${from}::int, ${to}::int) g`);
		await db.execute(sql`
			insert into telegram_link (user_id, chat_id) select 'bench-alert-p' || g, (9000000000 + g)::text from generate_series(${from}::int, ${to}::int) g where g % 4 = 0
			on conflict do nothing`);
	}
	await db.execute(sql`analyze`);
	console.error(`created ${N - have} people in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

// Earlier runs' alerts go, so each run starts from the same tables (only the people are kept).
await db.execute(sql`delete from message where batch_id in (select id from alert where organisation_id = ${mission.id})`);
await db.execute(sql`delete from alert where organisation_id = ${mission.id}`);
await db.execute(sql`vacuum analyze message`);
await db.execute(sql`vacuum analyze alert_recipient`);

const texts = {
	title_ky: 'Бенч',
	title_ru: 'Бенч',
	title_en: 'Bench',
	body_ky: '{city}: текшерүү. Документтериңизди өзүңүздө сактаңыз.',
	body_ru: '{city}: проверка. Держите документы при себе.',
	body_en: '{city}: inspection. Keep your documents with you.',
	cities: 'Benchgrad',
	asksAnswer: 'on',
	urgent: 'on'
};
const created = await createAlert(db, actors[0], texts);
if (!created.ok) throw new Error(JSON.stringify(created.errors));
await approveAlert(db, actors[1], created.data.id);

// CPU used by the database's backends for this database, by this process and by the peers.
const backendCpu = async () => {
	const { rows } = await db.execute<{ pid: number }>(sql`select pid from pg_stat_activity where datname = current_database()`);
	return new Map(await Promise.all(rows.map(async (r) => [r.pid, await cpuSeconds([r.pid])] as const)));
};
const cpu = async () => ({ db: await backendCpu(), own: process.cpuUsage(), peers: await cpuSeconds([peers.pid!]) });
const used = async (before: Awaited<ReturnType<typeof cpu>>) => {
	const own = process.cpuUsage(before.own);
	let dbCpu = 0;
	for (const [pid, after] of await backendCpu()) dbCpu += after - (before.db.get(pid) ?? 0);
	return {
		db: Number(dbCpu.toFixed(1)),
		node: Number(((own.user + own.system) / 1e6).toFixed(1)),
		peers: Number(((await cpuSeconds([peers.pid!])) - before.peers).toFixed(1))
	};
};

const c0 = await cpu();
const t0 = performance.now();
const recipients = await sendAlert(db, created.data.id);
const selectEnqueue = (performance.now() - t0) / 1000;
const selectCpu = await used(c0);

const d = new Dispatcher(db, {
	adapters: {
		sms: new SmppAdapter({ url: `smpp://bench:bench@127.0.0.1:${ports.smpp}`, source: 'Sapar', window: 500, ratePerSecond: 1_000_000 }),
		telegram: telegramAdapter({ token: '1:bench', apiRoot: `http://127.0.0.1:${ports.bot}`, window: 100 })
	},
	throttle: false,
	window: 1000,
	claimBatch: 500,
	sweepMs: 3_600_000
});
const c1 = await cpu();
const t1 = performance.now();
await d.start();
for (;;) {
	const [{ left }] = (
		await db.execute<{ left: number }>(sql`select count(*)::int as left from message where batch_id = ${created.data.id} and status in ('created', 'sending')`)
	).rows;
	if (left === 0) break;
	await new Promise((r) => setTimeout(r, 250));
}
const deliverS = (performance.now() - t1) / 1000;
await d.stop();
const deliverCpu = await used(c1);
const summary = await ask<{ sms: number; telegram: number; messages: number; duplicates: number }>('summary', 'summary');
const [{ unreachable }] = (
	await db.execute<{ unreachable: number }>(
		sql`select count(*)::int as unreachable from alert_recipient r where r.alert_id = ${created.data.id} and not exists (select 1 from message m where m.ref_id = r.id)`
	)
).rows;
clearInterval(sampler);
console.log(
	JSON.stringify({
		recipients,
		select_enqueue_s: Number(selectEnqueue.toFixed(2)),
		delivered_per_s: Math.round(summary.messages / deliverS),
		deliver_s: Number(deliverS.toFixed(1)),
		duplicates: summary.duplicates,
		skipped: recipients - (summary.sms + summary.telegram) + 0 * unreachable,
		unreachable,
		rss_mb: Math.round(rssMax / 1024 / 1024),
		// CPU seconds per phase (database backends, this process, the loopback peers) and the load average.
		select_enqueue_cpu_s: selectCpu,
		deliver_cpu_s: deliverCpu,
		load: Number(loadavg()[0].toFixed(1))
	})
);
peers.kill();
await closeDb();
await embedded?.stop();
process.exit(0);

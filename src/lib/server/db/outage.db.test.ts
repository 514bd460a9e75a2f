import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHandler } from '../api/api';
import { unavailableResponse } from '../http/unavailable';
import { createPool, type Db } from './client';
import { startEmbedded, type Embedded } from './embedded';
import { readiness } from './health';
import { runMigrations } from './migrate';
import * as schema from './schema';
import { isDbUnavailable } from './unavailable';

/**
 * The database goes away under a small write load, three ways: its backends are terminated, the
 * postmaster is killed (-9), and it is stopped (fast shutdown). Sapar's own pool and supervisor must
 * bring everything back by themselves; every acknowledged write must still be there, and every failed
 * write must have failed as "unavailable" (a 503), never as something else (a 500).
 * Prints one JSON line: writes acknowledged/failed/lost and seconds until ready after each outage.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dir: string;
let embedded: Embedded;
let pool: pg.Pool;
let db: Db;
let gaveUp = false;

beforeAll(async () => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'sapar-outage-'));
	embedded = await startEmbedded(path.join(dir, 'postgres'), 'outage', 5491, { giveUpAfterMs: 60_000, onGiveUp: () => (gaveUp = true) });
	pool = createPool(embedded.url, 6);
	db = drizzle(pool, { schema });
	await runMigrations(db);
	await pool.query('create table outage_writes (id integer primary key, at timestamptz not null default now())');
}, 120_000);

afterAll(async () => {
	await pool?.end().catch(() => {});
	await embedded?.stop().catch(() => {});
	if (dir) rmSync(dir, { recursive: true, force: true });
});

async function untilReady(from: number, seen: { down: boolean }): Promise<number> {
	for (;;) {
		const state = await readiness(db);
		if (state.status === 'ok') return (Date.now() - from) / 1000;
		seen.down = true;
		if (Date.now() - from > 90_000) throw new Error(`not ready after 90 s: ${JSON.stringify(state)}`);
		await sleep(100);
	}
}

describe('when the database goes away', () => {
	it('loses no acknowledged write, answers 503 meanwhile and is ready again by itself', async () => {
		const acked = new Set<number>();
		const unexpected: string[] = [];
		let failed = 0;
		let captured: unknown;
		let next = 1;
		let running = true;
		const writer = async () => {
			while (running) {
				const id = next++;
				try {
					await pool.query('insert into outage_writes (id) values ($1)', [id]);
					acked.add(id);
				} catch (error) {
					failed++;
					if (isDbUnavailable(error)) captured ??= error;
					else unexpected.push(`${(error as Error).name}: ${(error as Error).message} (${(error as { code?: string }).code})`);
					await sleep(50);
				}
				await sleep(5);
			}
		};
		const writers = Array.from({ length: 4 }, writer);
		await sleep(1000);

		// 1. Every connection terminated (a failover, an administrator, pg_terminate_backend).
		const admin = new pg.Client({ connectionString: embedded.url });
		await admin.connect();
		let from = Date.now();
		const terminated = await admin.query(
			'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()'
		);
		await admin.end();
		const terminate = await untilReady(from, { down: false });
		await sleep(1000);

		// 2. The postmaster killed: Sapar's supervisor starts it again.
		const crashSeen = { down: false };
		const firstPid = embedded.pid();
		from = Date.now();
		process.kill(firstPid!, 'SIGKILL');
		await sleep(50);
		const crash = await untilReady(from, crashSeen);
		expect(embedded.pid()).not.toBe(firstPid);
		await sleep(1000);

		// 3. The server stopped (fast shutdown, as `pg_ctl stop` does): started again as well.
		const stopSeen = { down: false };
		from = Date.now();
		process.kill(embedded.pid()!, 'SIGINT');
		await sleep(50);
		const stop = await untilReady(from, stopSeen);
		await sleep(1000);

		running = false;
		await Promise.all(writers);
		const { rows } = await pool.query<{ id: number }>('select id from outage_writes');
		const stored = new Set(rows.map((r) => r.id));
		const lost = [...acked].filter((id) => !stored.has(id)).length;

		console.log(
			JSON.stringify({
				bench: 'db-outage',
				writes_acknowledged: acked.size,
				writes_failed: failed,
				acknowledged_lost: lost,
				backends_terminated: terminated.rows[0].n,
				ready_after_terminate_s: terminate,
				ready_after_kill_s: crash,
				ready_after_stop_s: stop,
				restarts: embedded.restarts()
			})
		);
		expect(lost).toBe(0);
		expect(unexpected).toEqual([]);
		expect(gaveUp).toBe(false);
		expect(embedded.restarts()).toBe(2);
		expect(crashSeen.down && stopSeen.down).toBe(true);
		expect(acked.size).toBeGreaterThan(50);

		// What a person or a partner system saw meanwhile: 503 with Retry-After, never 500.
		expect(captured).toBeDefined();
		const api = await apiHandler(() => {
			throw captured;
		})({ url: new URL('http://x/api/v1/cases?lang=ru') });
		expect(api.status).toBe(503);
		expect(api.headers.get('retry-after')).toBe('5');
		expect((await api.json()).error.code).toBe('unavailable');
		const page = unavailableResponse(new URL('http://x/ru/help'), new Headers({ accept: 'text/html' }));
		expect(page.status).toBe(503);
		expect(page.headers.get('retry-after')).toBe('5');
		expect(await page.text()).toContain('Сервис временно недоступен');
	}, 240_000);

	it('gives up when its embedded server cannot come back, so that the supervisor restarts Sapar', async () => {
		const doomed = path.join(dir, 'doomed');
		let gaveUpAt = 0;
		const other = await startEmbedded(doomed, 'doomed', 5493, { giveUpAfterMs: 1500, onGiveUp: () => (gaveUpAt = Date.now()) });
		const killedAt = Date.now();
		process.kill(other.pid()!, 'SIGKILL');
		// Its directory goes with it: nothing can start there any more.
		rmSync(doomed, { recursive: true, force: true });
		while (!gaveUpAt && Date.now() - killedAt < 30_000) await sleep(100);
		expect(gaveUpAt).toBeGreaterThan(killedAt);
		expect(other.restarts()).toBe(0);
		await other.stop(); // returns at once: nothing is running
	}, 60_000);
});

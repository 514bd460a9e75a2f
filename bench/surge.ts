/**
 * A first day of programme intake (issue 17, part 1): the built app on loopback against a fresh embedded
 * database, N sign-ups to the UK seasonal programme's API in one burst with bounded concurrency, while
 * two readers keep opening public pages. Afterwards every acknowledged reference is looked up in the
 * database (and its SMS in the queue). Prints one JSON line:
 *   accepted, retry_later (429 + Retry-After), http_5xx, other (4xx, errors, timeouts), lost
 *   (acknowledged but missing), sms_missing, signup_p50_ms, signup_p99_ms, page_p99_ms, …
 *   npm run bench:surge -- --signups 5000 --concurrency 256
 * Requests go to 127.0.0.1 only; the run is bounded by N and a per-request timeout.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import pg from 'pg';

const arg = (name: string, fallback: number) => {
	const i = process.argv.indexOf(`--${name}`);
	const v = i > 0 ? Number(process.argv[i + 1]) : fallback;
	if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive integer`);
	return v;
};
const N = arg('signups', 26_000);
const CONCURRENCY = arg('concurrency', 256);
const READERS = arg('readers', 2);
const PORT = arg('port', Number(process.env.BENCH_PORT ?? 4191));
const PG_PORT = arg('pg-port', 5441);
const TIMEOUT_MS = 30_000;
const DATA = '.data/bench-surge';
const base = `http://127.0.0.1:${PORT}`;
const SLUG = 'uk-seasonal';

if (!existsSync('build/handler.js')) throw new Error('run `npm run build` first');
rmSync(DATA, { recursive: true, force: true });
const env: NodeJS.ProcessEnv = {
	...process.env,
	PORT: String(PORT),
	HOST: '127.0.0.1',
	SAPAR_DATA_DIR: DATA,
	SAPAR_EMBEDDED_PORT: String(PG_PORT),
	SAPAR_DEMO: 'off',
	SAPAR_BUILD: 'skip',
	LOG_LEVEL: 'warn'
};
delete env.DATABASE_URL; // always a fresh embedded database
delete env.ORIGIN;
const app = spawn('node_modules/.bin/tsx', ['scripts/start.ts'], {
	env,
	stdio: ['ignore', 'ignore', 'inherit']
});
const stop = () => new Promise<void>((resolve) => (app.exitCode !== null ? resolve() : (app.once('exit', () => resolve()), app.kill('SIGTERM'))));

try {
	const until = Date.now() + 600_000; // a cold embedded database and migrations on a loaded machine
	for (;;) {
		try {
			if ((await fetch(`${base}/readyz`)).ok) break;
		} catch {
			/* not yet */
		}
		if (Date.now() > until) throw new Error('app did not become ready');
		await new Promise((r) => setTimeout(r, 250));
	}

	const pct = (xs: number[], p: number) => {
		if (!xs.length) return null;
		const s = [...xs].sort((a, b) => a - b);
		return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] * 10) / 10;
	};
	const REGIONS = ['KG-B', 'KG-C', 'KG-J', 'KG-N', 'KG-O', 'KG-T', 'KG-Y', 'KG-GB', 'KG-GO'];
	const acknowledged: string[] = [];
	const signupMs: number[] = [];
	const counts = { accepted: 0, retry_later: 0, http_5xx: 0, other_4xx: 0, errors: 0, retry_after_missing: 0 };
	let next = 0;
	let burstDone = false;

	async function signupWorker() {
		for (;;) {
			const i = next++;
			if (i >= N) return;
			const body = {
				birthDate: `19${80 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`,
				sex: i % 2 ? 'male' : 'female',
				regionCode: REGIONS[i % REGIONS.length],
				languageLevel: 'basic',
				health: 'yes',
				previous: 'no',
				fullName: `Surge Person ${i}`,
				phone: `+996700${String(i).padStart(6, '0')}`,
				consent: true
			};
			const t0 = performance.now();
			try {
				const res = await fetch(`${base}/api/v1/programmes/${SLUG}/signups?lang=ky`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify(body),
					signal: AbortSignal.timeout(TIMEOUT_MS)
				});
				const text = await res.text();
				signupMs.push(performance.now() - t0);
				if (res.status === 201) {
					counts.accepted++;
					acknowledged.push(JSON.parse(text).reference);
				} else if (res.status === 429) {
					counts.retry_later++;
					if (!res.headers.get('retry-after')) counts.retry_after_missing++;
				} else if (res.status >= 500) counts.http_5xx++;
				else counts.other_4xx++;
			} catch {
				counts.errors++;
			}
		}
	}

	const pageMs: number[] = [];
	const pages = { requests: 0, http_5xx: 0, errors: 0 };
	const PAGES = [`/ky/programmes/${SLUG}`, '/ky/programmes', '/ru/vacancies', '/en/help/urgent'];
	async function reader(k: number) {
		let j = k;
		while (!burstDone) {
			const t0 = performance.now();
			try {
				const res = await fetch(`${base}${PAGES[j++ % PAGES.length]}`, { headers: { 'accept-encoding': 'br' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
				await res.arrayBuffer();
				pageMs.push(performance.now() - t0);
				pages.requests++;
				if (res.status >= 500) pages.http_5xx++;
			} catch {
				pages.errors++;
			}
		}
	}

	const started = performance.now();
	const readers = Array.from({ length: READERS }, (_, k) => reader(k));
	await Promise.all(Array.from({ length: Math.min(CONCURRENCY, N) }, () => signupWorker()));
	const seconds = (performance.now() - started) / 1000;
	burstDone = true;
	await Promise.all(readers);

	// Every acknowledged reference must be in the database, with its SMS queued.
	const client = new pg.Client({ connectionString: `postgres://sapar:sapar-local@127.0.0.1:${PG_PORT}/sapar` });
	await client.connect();
	const found = await client.query<{ n: number; sms: number }>(
		`select count(*)::int as n, count(m.id)::int as sms from programme_signup s left join message m on m.ref_id = s.id and m.channel = 'sms' where s.reference = any($1)`,
		[acknowledged]
	);
	const [{ total }] = (await client.query<{ total: number }>('select count(*)::int as total from programme_signup')).rows;
	await client.end();

	console.log(
		JSON.stringify({
			signups: N,
			concurrency: CONCURRENCY,
			accepted: counts.accepted,
			retry_later: counts.retry_later,
			http_5xx: counts.http_5xx,
			other_4xx: counts.other_4xx,
			errors: counts.errors,
			retry_after_missing: counts.retry_after_missing,
			lost: acknowledged.length - found.rows[0].n,
			sms_missing: found.rows[0].n - found.rows[0].sms,
			stored: total,
			burst_s: Math.round(seconds * 10) / 10,
			accepted_per_s: Math.round(counts.accepted / seconds),
			signup_p50_ms: pct(signupMs, 50),
			signup_p99_ms: pct(signupMs, 99),
			page_requests: pages.requests,
			page_5xx: pages.http_5xx,
			page_errors: pages.errors,
			page_p50_ms: pct(pageMs, 50),
			page_p99_ms: pct(pageMs, 99)
		})
	);
} finally {
	await stop();
}

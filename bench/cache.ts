/**
 * The page cache against plain Node serving the same bytes, side by side in one run (issue 14).
 * Starts the built app (build/ via server.ts; builds nothing) and a bare `http` server in its own
 * process that answers every request with the cached page's brotli bytes and headers. autocannon at
 * 100 connections alternates between them (rounds, so a neighbour's load hits both alike). Also: the
 * first burst on a cold page (p99 of its first 1,000 requests), and the app's resident memory idle and
 * after load (cached and uncached pages). Targets: ratio ≥ 0.5, p99 ≤ 50 ms, cold p99 ≤ 200 ms.
 * Prints one JSON line. Load generator, both servers and the database share the machine's cores.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startApp } from './server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const PAGE = process.env.BENCH_PAGE ?? '/ru/countries/ru';
const COLD_PAGE = process.env.BENCH_COLD_PAGE ?? '/ky/countries/kz';
const WARM_PAGE = '/en/countries/kg'; // the cold page's route, another key
const PLAIN_PORT = Number(process.env.BENCH_PLAIN_PORT ?? 4182);
const HEADERS = { 'accept-encoding': 'br' };

if (!process.env.BENCH_URL && !existsSync('build/handler.js')) throw new Error('no build: run `npm run build` first (this bench builds nothing)');
process.env.SAPAR_BUILD = 'skip';
process.env.PAGE_CACHE_TTL_MS ??= '600000'; // no expiry inside a run: hits are measured, not refreshes

type Run = { rps: number; p99: number; errors: number };
async function load(url: string, options: { duration?: number; amount?: number } = {}): Promise<Run> {
	const result = await autocannon({
		url,
		connections: CONNECTIONS,
		headers: HEADERS,
		...(options.amount ? { amount: options.amount } : { duration: options.duration ?? SECONDS })
	});
	return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx + result.timeouts };
}

async function rssMb(base: string): Promise<number> {
	const text = await (await fetch(`${base}/metrics`)).text();
	const m = /^sapar_process_resident_memory_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(text);
	return m ? Math.round(Number(m[1]) / 1048576) : NaN;
}

async function misses(base: string): Promise<number> {
	const text = await (await fetch(`${base}/metrics`)).text();
	return Number(/^sapar_page_cache_requests_total\{result="miss"\} (\d+)$/m.exec(text)?.[1] ?? 0);
}

async function startPlain(body: Buffer, headers: [string, string][]) {
	const dir = mkdtempSync(path.join(tmpdir(), 'sapar-bench-'));
	writeFileSync(path.join(dir, 'body'), body);
	writeFileSync(path.join(dir, 'headers.json'), JSON.stringify(headers.flat()));
	const code = `
		const http = require('node:http'); const fs = require('node:fs');
		const body = fs.readFileSync(process.argv[1] + '/body');
		const head = JSON.parse(fs.readFileSync(process.argv[1] + '/headers.json', 'utf8'));
		const server = http.createServer((req, res) => { res.writeHead(200, head); res.end(body); });
		server.keepAliveTimeout = 65000;
		server.listen(${PLAIN_PORT}, '127.0.0.1', () => console.log('ready'));`;
	const child = spawn(process.execPath, ['-e', code, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
	await new Promise<void>((resolve, reject) => {
		child.stdout!.once('data', () => resolve());
		child.once('exit', (c) => reject(new Error(`plain server exited ${c}`)));
	});
	return {
		base: `http://127.0.0.1:${PLAIN_PORT}`,
		stop: () => {
			child.kill('SIGTERM');
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

const note = (what: string) => console.error(`[bench:cache] ${new Date().toISOString().slice(11, 19)} ${what}`);
note('starting the app');
const app = await startApp();
note('app ready');
let plain: Awaited<ReturnType<typeof startPlain>> | undefined;
try {
	const rssIdle = await rssMb(app.base);
	// Warm the process (code paths, database pool, the route's modules) on other pages; the cold page
	// stays unrendered, as every page is right after a publication.
	await load(`${app.base}/en/faq`, { duration: 2 });
	await fetch(`${app.base}${WARM_PAGE}`, { headers: HEADERS }).then((r) => r.arrayBuffer());
	const missesBefore = await misses(app.base);
	const cold = await load(`${app.base}${COLD_PAGE}`, { amount: 1000 });
	const coldRenders = (await misses(app.base)) - missesBefore;
	note(`cold burst p99 ${cold.p99} ms, ${coldRenders} render(s)`);

	await (await fetch(`${app.base}${PAGE}`, { headers: HEADERS })).arrayBuffer();
	const again = await fetch(`${app.base}${PAGE}`, { headers: HEADERS });
	await again.arrayBuffer();
	if (again.headers.get('x-sapar-cache') !== 'hit') throw new Error(`${PAGE} is not served from the cache`);
	// The exact bytes on the wire (fetch would decode brotli): asked with node:http.
	const wire = await new Promise<{ body: Buffer; headers: [string, string][] }>((resolve, reject) => {
		import('node:http').then(({ get }) =>
			get(`${app.base}${PAGE}`, { headers: HEADERS }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => {
					const headers: [string, string][] = [];
					for (let i = 0; i < res.rawHeaders.length; i += 2) {
						const name = res.rawHeaders[i].toLowerCase();
						if (!['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) headers.push([name, res.rawHeaders[i + 1]]);
					}
					resolve({ body: Buffer.concat(chunks), headers });
				});
			}).on('error', reject)
		);
	});
	plain = await startPlain(wire.body, wire.headers);

	await load(`${app.base}${PAGE}`, { duration: 2 });
	await load(`${plain.base}${PAGE}`, { duration: 2 });
	const cached: Run[] = [];
	const bare: Run[] = [];
	for (let i = 0; i < ROUNDS; i++) {
		cached.push(await load(`${app.base}${PAGE}`));
		bare.push(await load(`${plain.base}${PAGE}`));
		note(`round ${i + 1}: cached ${Math.round(cached[i].rps)} req/s, plain ${Math.round(bare[i].rps)} req/s`);
	}
	// Loaded memory: after the cached runs, plus uncached renders (search is never cached).
	await load(`${app.base}/ru/search?q=${encodeURIComponent('виза')}`, { duration: SECONDS });
	const rssLoaded = await rssMb(app.base);

	const mean = (runs: Run[], k: keyof Run) => runs.reduce((s, r) => s + r[k], 0) / runs.length;
	const cachedRps = mean(cached, 'rps');
	const plainRps = mean(bare, 'rps');
	console.log(
		JSON.stringify({
			bench: 'cache',
			page: PAGE,
			bytes: wire.body.length,
			connections: CONNECTIONS,
			seconds: SECONDS,
			rounds: ROUNDS,
			cached_rps: Math.round(cachedRps),
			plain_rps: Math.round(plainRps),
			ratio: Number((cachedRps / plainRps).toFixed(2)),
			p99_ms: Math.max(...cached.map((r) => r.p99)),
			plain_p99_ms: Math.max(...bare.map((r) => r.p99)),
			cold_page: COLD_PAGE,
			cold_p99_ms: cold.p99,
			cold_renders: coldRenders,
			errors: cached.reduce((s, r) => s + r.errors, 0) + cold.errors,
			rss_idle_mb: rssIdle,
			rss_loaded_mb: rssLoaded,
			load_avg_1m: Number(loadavg()[0].toFixed(1)),
			cores: cpus().length
		})
	);
} finally {
	plain?.stop();
	await app.stop();
}

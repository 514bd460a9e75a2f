/**
 * Requests/s and latency of the home page and a country guide under autocannon (loopback, bounded
 * duration), with /healthz (no database, no rendering) as the baseline ratio. Server, database and
 * load generator share 2 cores. Targets: guide pages ≥ 1,500 req/s.
 */
import autocannon from 'autocannon';
import { startApp } from './server';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

async function run(url: string) {
	const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { 'accept-encoding': 'br' } });
	return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const app = await startApp();
try {
	await run(`${app.base}/ky`); // warm-up
	const home = await run(`${app.base}/ky`);
	const guide = await run(`${app.base}/ru/countries/ru`);
	const base = await run(`${app.base}/healthz`);
	const line = (name: string, r: typeof home) =>
		`${name.padEnd(18)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}`;
	console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION} s each, brotli`);
	console.log(line('/ky', home));
	console.log(line('/ru/countries/ru', guide));
	console.log(line('/healthz', base));
	console.log(`ratios to /healthz: home ${(home.rps / base.rps).toFixed(2)}, guide ${(guide.rps / base.rps).toFixed(2)}`);
} finally {
	await app.stop();
}

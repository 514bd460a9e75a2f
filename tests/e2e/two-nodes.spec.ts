import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, request as http, test, type APIRequestContext } from '@playwright/test';
import { PgBoss } from 'pg-boss';
import { signInStaff, SUITE_DATA, suiteDatabase, unique, uniquePhone } from './support';

/**
 * Issue 14, two nodes behind a proxy: two more Sapar processes on the suite's database, behind Debian's
 * nginx on loopback. Content published through the proxy is seen on both nodes (the page cache is
 * dropped everywhere by NOTIFY), a rate limit is counted across both, and each job runs once.
 */
const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
// Offsets that are no multiple of 10: clear of other suites' E2E_PORT, +100 and +101.
const NODES = [E2E_PORT + 155, E2E_PORT + 156];
const PROXY_PORT = E2E_PORT + 157;
const PROXY = `http://127.0.0.1:${PROXY_PORT}`;
const METRICS_TOKEN = 'two-nodes-metrics-token-0123456789';

// Patient: two staff sign-ins with password hashing and three servers on a machine that may be busy.
test.describe.configure({ mode: 'serial', timeout: 480_000 });

let databaseUrl = '';
const children: ChildProcess[] = [];
let dir = '';

async function ready(url: string) {
	await expect.poll(async () => (await fetch(url).catch(() => null))?.status, { timeout: 300_000, intervals: [250, 500, 1000] }).toBe(200);
}

function startNode(port: number) {
	const child = spawn('node_modules/.bin/tsx', ['scripts/start.ts'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: PROXY, // the public address: the proxy's
			DATABASE_URL: databaseUrl,
			SAPAR_DATA_DIR: SUITE_DATA, // the same keys as the suite's server
			SAPAR_MODE: 'test',
			SAPAR_DEMO: 'off', // loaded by the suite's server
			SAPAR_BUILD: 'skip',
			ADDRESS_HEADER: 'x-forwarded-for',
			XFF_DEPTH: '1',
			METRICS_TOKEN,
			PAGE_CACHE_TTL_MS: '600000', // only an invalidation can make a page change within the test
			RATE_LIMIT_OTP_PER_IP: '1000',
			RATE_LIMIT_SIGNIN_PER_IP: '1000',
			LOG_LEVEL: 'warn'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	children.push(child);
}

function startProxy() {
	dir = mkdtempSync(path.join(tmpdir(), 'sapar-nginx-'));
	for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, sub));
	chmodSync(dir, 0o777); // nginx's workers run as nobody
	const conf = `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
	access_log off;
	client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
	uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
	upstream sapar { ${NODES.map((p) => `server 127.0.0.1:${p};`).join(' ')} keepalive 16; }
	server {
		listen 127.0.0.1:${PROXY_PORT};
		client_max_body_size 6m;
		location / {
			proxy_pass http://sapar;
			proxy_http_version 1.1;
			proxy_set_header Connection "";
			proxy_set_header Host $http_host;
			proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
			add_header X-Upstream $upstream_addr always;
		}
	}
}`;
	writeFileSync(path.join(dir, 'nginx.conf'), conf);
	children.push(spawn('nginx', ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`], { stdio: ['ignore', 'ignore', 'inherit'] }));
}

test.beforeAll(async () => {
	test.setTimeout(900_000); // two starts (migrations, content files) on a machine that may be busy
	databaseUrl = suiteDatabase();
	// One after the other: both run migrations and load content files on start.
	for (const port of NODES) {
		startNode(port);
		await ready(`http://127.0.0.1:${port}/readyz`);
	}
	startProxy();
	await ready(`${PROXY}/readyz`);
});

test.afterAll(async () => {
	await Promise.all(
		children.map(
			(child) =>
				new Promise<void>((resolve) => {
					if (child.exitCode !== null) return resolve();
					child.once('exit', () => resolve());
					child.kill('SIGTERM');
				})
		)
	);
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const direct = (port: number) => `http://127.0.0.1:${port}`;

async function pageOn(api: APIRequestContext, port: number, pathname: string) {
	const res = await api.get(`${direct(port)}${pathname}`);
	return { cache: res.headers()['x-sapar-cache'], text: await res.text() };
}

test.use({ locale: 'en-GB', baseURL: PROXY });

test('a question published through the proxy shows on both nodes at once, though both had the page cached', async ({ page, browser, request }, info) => {
	// Both nodes hold /en/faq in their page cache.
	for (const port of NODES) {
		await pageOn(request, port, '/en/faq');
		expect((await pageOn(request, port, '/en/faq')).cache).toBe('hit');
	}

	const slug = unique('nodes', info.project.name);
	await signInStaff(page, 'editor@sapar.test');
	await page.goto('/staff/content');
	await page.getByRole('link', { name: 'New: Frequent question' }).click();
	await page.getByLabel('Identifier').fill(slug);
	await page.locator('[name="question.ky"]').fill(`Суроо ${slug}?`);
	await page.locator('[name="answer.ky"]').fill('Жооп: эки түйүн.');
	await page.getByLabel('Source: title').fill('Two nodes test');
	await page.getByRole('button', { name: 'Send for review' }).click();
	await expect(page.getByRole('status')).toContainText('Sent for review');

	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB', viewport: { width: 360, height: 740 }, baseURL: PROXY });
	const second = await context.newPage();
	await signInStaff(second, 'editor2@sapar.test');
	await second.goto('/staff/content');
	await second
		.locator('#queue-review + ul')
		.getByRole('link', { name: `Суроо ${slug}?` })
		.click();
	await second.getByRole('button', { name: 'Approve and publish' }).click();
	await expect(second.getByRole('heading', { level: 1 })).toContainText('History');
	await context.close();

	// Polled, within a second on each node (the generous timeout is for a loaded machine).
	for (const port of NODES) {
		await expect.poll(async () => (await pageOn(request, port, '/en/faq')).text, { timeout: 15_000, intervals: [100, 250, 500] }).toContain(`Суроо ${slug}?`);
	}
	await page.goto('/en/faq');
	await expect(page.locator(`#${slug}`)).toBeVisible();
});

test('a rate limit is counted across both nodes', async () => {
	const api = await http.newContext({ baseURL: PROXY, maxRedirects: 0, extraHTTPHeaders: { origin: PROXY, accept: 'text/html' } });
	const phone = uniquePhone();
	const upstreams = new Set<string>();
	const statuses: number[] = [];
	// Three codes an hour for one phone number; round robin sends these to both nodes in turn.
	for (let i = 0; i < 4; i++) {
		const res = await api.post('/en/sign-in?/request', { form: { phone } });
		statuses.push(res.status());
		upstreams.add(res.headers()['x-upstream']);
	}
	expect(upstreams).toEqual(new Set(NODES.map((p) => `127.0.0.1:${p}`)));
	expect(statuses).toEqual([303, 303, 303, 429]);
	await api.dispose();
});

test('each job runs once, on one of the nodes', async ({ request }) => {
	const queue = 'privacy.retention';
	// Every process working the suite's database: the suite's own server and the two nodes.
	const sources = [
		{ url: `http://127.0.0.1:${E2E_PORT}/metrics`, headers: {} },
		...NODES.map((p) => ({ url: `${direct(p)}/metrics`, headers: { authorization: `Bearer ${METRICS_TOKEN}`, 'x-forwarded-for': '127.0.0.1' } }))
	];
	const completed = async () => {
		const counts: number[] = [];
		for (const s of sources) {
			const text = await (await request.get(s.url, { headers: s.headers })).text();
			const m = new RegExp(`^sapar_jobs_completed_total\\{queue="${queue.replace('.', '\\.')}"\\} (\\d+)$`, 'm').exec(text);
			counts.push(m ? Number(m[1]) : 0);
		}
		return counts;
	};
	const before = await completed();
	const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', supervise: false, schedule: false, migrate: false });
	await boss.start();
	const JOBS = 12;
	const ids: string[] = [];
	for (let i = 0; i < JOBS; i++) ids.push((await boss.send(queue, {}))!);
	await expect
		.poll(async () => (await Promise.all(ids.map((id) => boss.findJobs(queue, { id })))).flat().filter((j) => j.state === 'completed').length, {
			timeout: 60_000,
			intervals: [250, 500, 1000]
		})
		.toBe(JOBS);
	await boss.stop({ graceful: false });
	const after = await completed();
	const ran = after.map((n, i) => n - before[i]);
	// Exactly once each: the sum over all processes is the number sent.
	expect(ran.reduce((a, b) => a + b, 0)).toBe(JOBS);
});

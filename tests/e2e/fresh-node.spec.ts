import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { expect, test, type APIRequestContext, type BrowserContext } from '@playwright/test';
import { untranslated } from '../support/english';
import { signInMigrant, signInStaff, suiteDatabase } from './support';

/**
 * Tests on a node of their own, with only what Sapar ships (migrations, content files, demo data) —
 * nothing the other tests create in parallel.
 *
 * One language per page (issue 16, WCAG 3.1.2): a Kyrgyz or Russian page carries no English words
 * except proper names, abbreviations and passages marked with their own `lang`. Two pages of every
 * kind in the sitemap, in ky and ru: every visible text node and the texts read aloud (title, alt,
 * aria-label, placeholder, the meta description), read in a browser. The content files and messages
 * are checked whole by tests/unit/one-language.test.ts.
 *
 * Form fuzzing (issue 15): every form action found under src/routes receives generated bad input —
 * NUL and control characters, oversized values, broken percent-encoding and bytes that are not UTF-8,
 * duplicated and missing fields, wrong field types — as nobody, as a migrant and as a case worker.
 * None may answer 5xx, and none may change data: the fuzzing runs against a node of its own, on a
 * database of its own (made from the migrations and the demo data as on any start), and every table
 * is fingerprinted before and after. Runs FUZZ_RUNS bodies per action and viewer (1 in `npm test`;
 * 40 with `npm run fuzz`).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
// Clear of two-nodes.spec.ts's +155…+157 and other suites' E2E_PORT, +100 and +101.
const FUZZ_PORT = Number(process.env.E2E_PORT ?? 4173) + 158;
const FUZZ_ORIGIN = `http://127.0.0.1:${FUZZ_PORT}`;
/**
 * Tables that may change under the fuzzing without bad input being accepted: the sessions the viewers
 * use (expiry and last activity slide on every request), the rate-limit counters every request
 * touches, and the one-time Telegram link code, which a button that takes no input replaces on any POST.
 */
const LIVE_TABLES = new Set(['auth_session', 'staff_session', 'rate_limit', 'telegram_link_code']);
const NOWHERE_ID = '00000000-0000-4000-8000-000000000000';
const SAMPLE: Record<string, string> = { 'lang=lang': 'en', iso2: 'RU', format: 'csv', type: 'law', action: 'triage', position: '1' };

interface FormAction {
	url: string;
	fields: string[];
}

function actions(dir = 'src/routes', base = ''): FormAction[] {
	const found: FormAction[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			found.push(...actions(path, /^\(.*\)$/.test(name) ? base : `${base}/${name}`));
			continue;
		}
		if (name !== '+page.server.ts') continue;
		const source = readFileSync(path, 'utf8');
		const block = /export const actions[^{]*\{([\s\S]*?)\n\};/.exec(source)?.[1];
		if (!block) continue;
		let page = '';
		try {
			page = readFileSync(join(dir, '+page.svelte'), 'utf8');
		} catch {
			/* no page */
		}
		const fields = [...new Set([...page.matchAll(/name="([A-Za-z_][\w.[\]]*)"/g)].map((m) => m[1]))];
		const route = (base || '/').replace(/\[([^\]]+)\]/g, (_, p: string) => SAMPLE[p] ?? (/id$/i.test(p) ? NOWHERE_ID : 'nowhere-0000'));
		for (const m of block.matchAll(/^\t(\w+):/gm)) found.push({ url: m[1] === 'default' ? route : `${route}?/${m[1]}`, fields });
	}
	return found;
}

/** A value no form accepts as it is. */
const poison = fc.oneof(
	fc.constant('\u0000'),
	fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
	fc.constant('x'.repeat(300_000)),
	fc.constant('\u0007\u001b[2J\u0008'),
	fc.constant('\ud800'),
	fc.constant('{"$ne": null}'),
	fc.constant("' OR 1=1 --"),
	fc.constant('-1e309'),
	fc.constant('9'.repeat(400))
);
const value = fc.oneof(fc.string({ maxLength: 40 }), fc.integer().map(String), fc.constant(''), poison);

type Body = { kind: 'form'; pairs: [string, string][] } | { kind: 'raw'; bytes: Buffer };

function bodies(fields: string[]): fc.Arbitrary<Body> {
	const name = fields.length ? fc.oneof(fc.constantFrom(...fields), fc.string({ minLength: 1, maxLength: 12 })) : fc.string({ minLength: 1, maxLength: 12 });
	const pairs = fc.array(fc.tuple(name, value), { maxLength: 12 });
	const withPoison = fc.tuple(pairs, fc.tuple(name, poison)).map(([p, bad]) => ({ kind: 'form' as const, pairs: [...p, bad, bad] }));
	const raw = fc
		.oneof(
			fc.constant(Buffer.from('a=%E0%A4%A&b=%%%')),
			fc.constant(Buffer.from([0x61, 0x3d, 0xff, 0xfe, 0xc3, 0x28])),
			fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b))
		)
		.map((bytes) => ({ kind: 'raw' as const, bytes }));
	const empty: fc.Arbitrary<Body> = fc.constant<Body>({ kind: 'form', pairs: [] });
	return fc.oneof(withPoison as fc.Arbitrary<Body>, raw as fc.Arbitrary<Body>, empty);
}

async function send(request: APIRequestContext, url: string, body: Body): Promise<number> {
	const data = body.kind === 'raw' ? body.bytes : new URLSearchParams(body.pairs).toString();
	const res = await request.post(url, {
		data,
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: FUZZ_ORIGIN, accept: 'text/html' },
		maxRedirects: 0,
		failOnStatusCode: false
	});
	return res.status();
}

const VIEWERS = ['nobody', 'migrant', 'case_worker'] as const;

test.describe.configure({ mode: 'serial', timeout: 900_000 });

let node: ChildProcess | undefined;
let dataDir = '';
let databaseUrl = '';
let databaseName = '';
const contexts = new Map<(typeof VIEWERS)[number], BrowserContext>();
let before = new Map<string, string>();

/** Every table's row count and a hash of its rows, in any order. */
async function fingerprint(): Promise<Map<string, string>> {
	const client = new pg.Client(databaseUrl);
	await client.connect();
	try {
		const { rows: tables } = await client.query<{ name: string }>(
			`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`
		);
		const prints = new Map<string, string>();
		for (const { name } of tables) {
			if (LIVE_TABLES.has(name)) continue;
			const { rows } = await client.query<{ n: number; h: string }>(
				`select count(*)::int as n, coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') as h from "${name}" t`
			);
			prints.set(name, `${rows[0].n}:${rows[0].h}`);
		}
		return prints;
	} finally {
		await client.end();
	}
}

test.beforeAll(async ({ browser }) => {
	test.setTimeout(900_000); // migrations, content files and demo data on a machine that may be busy
	// A database of its own on the suite's server.
	const suite = suiteDatabase();
	databaseName = `sapar_fuzz_${process.pid}`;
	const admin = new pg.Client(suite);
	await admin.connect();
	await admin.query(`drop database if exists ${databaseName}`);
	await admin.query(`create database ${databaseName}`);
	await admin.end();
	const url = new URL(suite);
	url.pathname = `/${databaseName}`;
	databaseUrl = url.toString();
	dataDir = mkdtempSync(join(tmpdir(), 'sapar-fuzz-'));
	node = spawn('node_modules/.bin/tsx', ['scripts/start.ts'], {
		env: {
			...process.env,
			PORT: String(FUZZ_PORT),
			HOST: '127.0.0.1',
			ORIGIN: FUZZ_ORIGIN,
			DATABASE_URL: databaseUrl,
			SAPAR_DATA_DIR: dataDir,
			SAPAR_MODE: 'test',
			SAPAR_BUILD: 'skip',
			RATE_LIMIT_OTP_PER_IP: '1000',
			RATE_LIMIT_SIGNIN_PER_IP: '1000',
			RATE_LIMIT_CASE_PER_IP: '100000',
			RATE_LIMIT_CASE_DEVICES_PER_IP: '100000',
			RATE_LIMIT_TRACK_PER_IP: '100000',
			LOG_LEVEL: 'error'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	await expect.poll(async () => (await fetch(`${FUZZ_ORIGIN}/readyz`).catch(() => null))?.status, { timeout: 600_000, intervals: [500, 1000, 2000] }).toBe(200);
	for (const who of VIEWERS) {
		const context = await browser.newContext({ baseURL: FUZZ_ORIGIN });
		const page = await context.newPage();
		if (who === 'migrant') await signInMigrant(page, 'en');
		if (who === 'case_worker') await signInStaff(page, 'caseworker@sapar.test');
		await page.close();
		contexts.set(who, context);
	}
	// Start-up work (content, statistics, the sign-in messages) settles before the fingerprint.
	let last = '';
	await expect
		.poll(
			async () => {
				const now = JSON.stringify([...(await fingerprint())]);
				const same = now === last;
				last = now;
				return same;
			},
			{ timeout: 300_000, intervals: [3000] }
		)
		.toBe(true);
	before = new Map(JSON.parse(last) as [string, string][]);
});

test.afterAll(async () => {
	for (const context of contexts.values()) await context.close();
	node?.kill('SIGTERM');
	await new Promise((r) => setTimeout(r, 1000));
	rmSync(dataDir, { recursive: true, force: true });
	if (databaseName) {
		const admin = new pg.Client(suiteDatabase());
		await admin.connect();
		await admin.query(`drop database if exists ${databaseName} with (force)`).catch(() => undefined);
		await admin.end();
	}
});

const collect = () => {
	const lang = document.documentElement.lang;
	const found: string[] = [];
	const add = (text: string | null | undefined) => {
		if (text && /[A-Za-z]/.test(text)) found.push(text);
	};
	const foreign = (el: Element | null) => {
		const own = el?.closest('[lang]');
		return !!own && own.getAttribute('lang') !== lang;
	};
	const skip = (el: Element | null) => !el || !!el.closest('script, style, code, kbd, samp, pre, [translate="no"], .sr-ignore') || foreign(el);
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!skip(node.parentElement)) add(node.textContent);
	for (const el of document.querySelectorAll('[title], [alt], [aria-label], [placeholder]')) {
		if (skip(el)) continue;
		for (const a of ['title', 'alt', 'aria-label', 'placeholder']) add(el.getAttribute(a));
	}
	add(document.title);
	add(document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
	return found;
};

test('Kyrgyz and Russian pages carry no untranslated English', async ({ browser }) => {
	test.setTimeout(600_000);
	const sitemap = await (await fetch(`${FUZZ_ORIGIN}/sitemap.xml`)).text();
	const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).filter((p) => /^\/(ky|ru)(\/|$)/.test(p));
	// Two pages of every kind: a page at /{lang}/x is a kind of its own; deeper, the path without its last part.
	const kinds = new Map<string, string[]>();
	for (const path of paths) {
		const parts = path.split('/');
		const kind = parts.length <= 3 ? path : parts.slice(0, -1).join('/');
		const list = kinds.get(kind) ?? [];
		if (list.length < 2) kinds.set(kind, [...list, path]);
	}
	const sample = [...kinds.values()].flat();
	expect(sample.length).toBeGreaterThan(20);
	const context = await browser.newContext({ javaScriptEnabled: true, baseURL: FUZZ_ORIGIN });
	const page = await context.newPage();
	const english: string[] = [];
	for (const path of sample) {
		await page.goto(path);
		const words = (await page.evaluate(collect)).flatMap(untranslated);
		if (words.length) english.push(`${path}: ${[...new Set(words)].slice(0, 12).join(' ')}`);
	}
	await context.close();
	console.log(JSON.stringify({ check: 'one-language', pages: sample.length, pagesWithEnglish: english.length }));
	expect(english).toEqual([]);
});

for (const who of VIEWERS) {
	test(`every form action answers bad input without a 5xx (${who})`, async () => {
		const context = contexts.get(who)!;
		const list = actions().filter((a) => !/sign-out|sign-in|\/dev\//.test(a.url));
		expect(list.length).toBeGreaterThan(30);
		let sent = 0;
		const failures: string[] = [];
		for (const action of list) {
			await fc.assert(
				fc.asyncProperty(bodies(action.fields), async (body) => {
					const status = await send(context.request, action.url, body);
					sent++;
					if (status >= 500)
						failures.push(
							`${status} ${action.url} ${JSON.stringify(body.kind === 'raw' ? [...body.bytes.subarray(0, 40)] : body.pairs.map(([k, v]) => [k, v.slice(0, 40)]))}`
						);
					return true;
				}),
				{ numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 15) }
			);
		}
		console.log(JSON.stringify({ fuzz: 'forms', viewer: who, actions: list.length, requests: sent, fiveHundreds: failures.length }));
		expect(failures).toEqual([]);
	});
}

test('the bad input changed no data', async () => {
	const after = await fingerprint();
	const changed = [...after.keys()].filter((t) => after.get(t) !== before.get(t));
	expect(changed).toEqual([]);
});

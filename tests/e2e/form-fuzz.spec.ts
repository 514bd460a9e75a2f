import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { signInMigrant, signInStaff } from './support';

/**
 * Form fuzzing (issue 15): every form action found under src/routes receives generated bad input —
 * NUL and control characters, oversized values, broken percent-encoding and bytes that are not UTF-8,
 * duplicated and missing fields, wrong field types — as nobody, as a migrant and as a case worker.
 * None may answer 5xx. Runs FUZZ_RUNS bodies per action and viewer (1 in `npm test`, about a minute; 40 with
 * `npm run fuzz`). Every body carries at least one thing no valid form has, so none may be accepted
 * (2xx/3xx after a body that is only missing fields is allowed where the form has no required field).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
const NOWHERE_ID = '00000000-0000-4000-8000-000000000000';
const SAMPLE: Record<string, string> = { 'lang=lang': 'en', iso2: 'RU', format: 'csv', type: 'law', action: 'triage', position: '1' };
const origin = () => `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

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
	const raw = fc.oneof(
		fc.constant(Buffer.from('a=%E0%A4%A&b=%%%')),
		fc.constant(Buffer.from([0x61, 0x3d, 0xff, 0xfe, 0xc3, 0x28])),
		fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b))
	).map((bytes) => ({ kind: 'raw' as const, bytes }));
	const empty: fc.Arbitrary<Body> = fc.constant<Body>({ kind: 'form', pairs: [] });
	return fc.oneof(withPoison as fc.Arbitrary<Body>, raw as fc.Arbitrary<Body>, empty);
}

async function send(request: APIRequestContext, url: string, body: Body): Promise<number> {
	const data = body.kind === 'raw' ? body.bytes : new URLSearchParams(body.pairs).toString();
	const res = await request.post(url, {
		data,
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: origin(), accept: 'text/html' },
		maxRedirects: 0,
		failOnStatusCode: false
	});
	return res.status();
}

const VIEWERS = ['nobody', 'migrant', 'case_worker'] as const;

for (const who of VIEWERS) {
	test(`every form action answers bad input without a 5xx (${who})`, async ({ browser }) => {
		test.setTimeout(300_000);
		const context = await browser.newContext();
		const page = await context.newPage();
		if (who === 'migrant') await signInMigrant(page, 'en');
		if (who === 'case_worker') await signInStaff(page, 'caseworker@sapar.test');
		await page.close();
		const list = actions().filter((a) => !/sign-out|sign-in|\/dev\//.test(a.url));
		expect(list.length).toBeGreaterThan(30);
		let sent = 0;
		const failures: string[] = [];
		for (const action of list) {
			await fc.assert(
				fc.asyncProperty(bodies(action.fields), async (body) => {
					const status = await send(context.request, action.url, body);
					sent++;
					if (status >= 500) failures.push(`${status} ${action.url} ${JSON.stringify(body.kind === 'raw' ? [...body.bytes.subarray(0, 40)] : body.pairs.map(([k, v]) => [k, v.slice(0, 40)]))}`);
					return true;
				}),
				{ numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 15) }
			);
		}
		console.log(JSON.stringify({ fuzz: 'forms', viewer: who, actions: list.length, requests: sent, fiveHundreds: failures.length }));
		expect(failures).toEqual([]);
		await context.close();
	});
}

import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { signInMigrant, signInStaff } from './support';

/**
 * The access matrix (issue 15): every route under src/routes, found on disk, requested (GET) by every
 * kind of viewer: nobody, a migrant, and a demo staff member of each role (two organisations for case
 * work). What each gets is compared with tests/e2e/access-matrix.json, so a new route (or a changed
 * answer) fails until someone looks at who gets what and records it:
 *   UPDATE_ACCESS_MATRIX=new E2E_PORT=… npx playwright test tests/e2e/access-matrix.spec.ts
 * (=new records only routes not in the file yet; =1 records every route again)
 * Some rules hold whatever the file says: no 5xx, no staff page for anyone but staff, no account page
 * for nobody. Route parameters are a value that exists nowhere (another organisation's record looks
 * the same: not found), or a real public one where the route is public (a country).
 */
const MATRIX_FILE = 'tests/e2e/access-matrix.json';
const STAFF = {
	admin: 'admin@sapar.test',
	licensing_officer: 'licensing@sapar.test',
	case_worker: 'caseworker@sapar.test',
	case_worker_other_org: 'osh@sapar.test',
	supervisor: 'supervisor@sapar.test',
	consular_officer: 'consul.moscow@sapar.test',
	content_editor: 'editor@sapar.test',
	analyst: 'analyst@sapar.test',
	agency_user: 'agency@sapar.test'
} as const;
const SAMPLE: Record<string, string> = {
	'lang=lang': 'en',
	iso2: 'RU',
	format: 'csv',
	type: 'law',
	action: 'triage',
	position: '1'
};
const NOWHERE_ID = '00000000-0000-4000-8000-000000000000';
/** Routes that end the viewer's session, or only exist in development: left out. */
const SKIP = /sign-out|^\/dev\b/;
const STAFF_OPEN = /^\/staff\/(sign-in|invitations\/)/;

function routes(dir = 'src/routes', base = ''): string[] {
	const found: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) found.push(...routes(path, /^\(.*\)$/.test(name) ? base : `${base}/${name}`));
		else if (
			name === '+page.svelte' ||
			(name === '+server.ts' && /export const (GET|fallback)\b|export (async )?function GET\b/.test(readFileSync(path, 'utf8')))
		)
			found.push(base || '/');
	}
	return [...new Set(found)].sort();
}

const concrete = (route: string) => route.replace(/\[([^\]]+)\]/g, (_, name: string) => SAMPLE[name] ?? (/id$/i.test(name) ? NOWHERE_ID : 'nowhere-0000'));

async function answer(request: APIRequestContext, url: string): Promise<string> {
	const res = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
	const status = res.status();
	// record ids in redirects as :id (demo records get new ids in every fresh database)
	if (status >= 300 && status < 400)
		return `${status} ${new URL(res.headers().location ?? '', 'http://x').pathname.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id')}`;
	return String(status);
}

async function viewerContext(browser: Browser, who: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	if (who === 'migrant') await signInMigrant(page, 'en');
	else if (who !== 'nobody') await signInStaff(page, STAFF[who as keyof typeof STAFF]);
	await page.close();
	return context;
}

/** In `npm test` four viewers (nobody, a migrant, case workers of two organisations); all with ACCESS_MATRIX_FULL=1. */
const QUICK = ['nobody', 'migrant', 'case_worker', 'case_worker_other_org'];

test('every route × viewer gets what the access matrix says', async ({ browser }) => {
	test.setTimeout(900_000);
	const full = !!process.env.ACCESS_MATRIX_FULL || !!process.env.UPDATE_ACCESS_MATRIX;
	const viewers = full ? ['nobody', 'migrant', ...Object.keys(STAFF)] : QUICK;
	const recordedFile = existsSync(MATRIX_FILE) ? (JSON.parse(readFileSync(MATRIX_FILE, 'utf8')) as Record<string, Record<string, string>>) : {};
	// UPDATE_ACCESS_MATRIX=new asks only the routes not yet recorded; =1 asks them all again
	const onlyNew = process.env.UPDATE_ACCESS_MATRIX === 'new';
	const list = routes().filter((r) => !SKIP.test(r) && (!onlyNew || !(r in recordedFile)));
	const actual: Record<string, Record<string, string>> = {};
	for (const route of list) actual[route] = {};
	// viewers side by side (each its own browser context), routes one after another
	for (let i = 0; i < viewers.length; i += 4) {
		await Promise.all(
			viewers.slice(i, i + 4).map(async (who) => {
				const context = await viewerContext(browser, who);
				for (const route of list) actual[route][who] = await answer(context.request, concrete(route));
				await context.close();
			})
		);
	}

	for (const [route, row] of Object.entries(actual)) {
		for (const [who, got] of Object.entries(row)) {
			expect(Number(got.slice(0, 3)), `${route} as ${who}`).toBeLessThan(500);
			if (route.startsWith('/staff') && !STAFF_OPEN.test(route) && (who === 'nobody' || who === 'migrant')) {
				expect(got, `${route} as ${who}`).toMatch(/^30\d \/staff\/sign-in$/);
			}
			if (/^\/\[lang=lang\]\/account(\/(?!deleted$)|$)/.test(route) && who === 'nobody') expect(got, `${route} as ${who}`).not.toBe('200');
		}
	}

	if (process.env.UPDATE_ACCESS_MATRIX || !existsSync(MATRIX_FILE)) {
		const merged = onlyNew ? { ...recordedFile, ...actual } : actual;
		const sorted = Object.fromEntries(
			Object.keys(merged)
				.sort()
				.map((r) => [r, merged[r]])
		);
		writeFileSync(MATRIX_FILE, JSON.stringify(sorted, null, '\t') + '\n');
		return;
	}
	const expected = JSON.parse(readFileSync(MATRIX_FILE, 'utf8')) as typeof actual;
	const unlisted = list.filter((r) => !(r in expected));
	expect(unlisted, 'routes with no entry in the access matrix: decide who may see them, then record them with UPDATE_ACCESS_MATRIX=new').toEqual([]);
	const recorded = Object.fromEntries(list.map((r) => [r, Object.fromEntries(viewers.map((w) => [w, expected[r][w]]))]));
	expect(actual).toEqual(recorded);
});

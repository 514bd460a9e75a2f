import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createOTP } from '@better-auth/utils/otp';
import { base32 } from '@better-auth/utils/base32';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const DEMO_PASSWORD = 'sapar-demo-password';
export const DEMO_TOTP_SECRET = 'SAPARDEMOTOTPKEYSAPARDEMOTOTPKEY';

export const totp = (secret: string) => createOTP(base32.decode(secret.toUpperCase())).totp();

/** A value unique to this test run and project, for emails, slugs and phones. */
export function unique(prefix: string, projectName: string): string {
	return `${prefix}-${projectName}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

export function uniquePhone(): string {
	return `+99655${String(Date.now() + Math.floor(Math.random() * 1e6)).slice(-7)}`;
}

const axeSource = readFileSync(axePath, 'utf8');

/**
 * One JavaScript-enabled checker page per browser (per worker), reused for every check: the page being
 * checked is served to it from memory at its own address, so styles and links resolve as they did.
 */
const checkers = new WeakMap<Browser, Promise<{ page: Page; serve: { url: string; html: string } }>>();

function checkerFor(browser: Browser, viewport: { width: number; height: number } | null) {
	let found = checkers.get(browser);
	if (!found) {
		found = (async () => {
			const context = await browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: viewport ?? undefined });
			const page = await context.newPage();
			const serve = { url: '', html: '' };
			await page.route('**/*', (route) =>
				route.request().url() === serve.url && route.request().resourceType() === 'document'
					? route.fulfill({ body: serve.html, contentType: 'text/html; charset=utf-8' })
					: route.continue()
			);
			return { page, serve };
		})();
		checkers.set(browser, found);
	}
	return found;
}

/**
 * axe on exactly what the person sees: the current page's HTML is replayed in a JavaScript-enabled
 * checker page (so it also works for the no-JS project and after a POST).
 */
export async function expectAccessible(page: Page): Promise<void> {
	// Pages are rendered on the server only (csr = false), so both projects see the same HTML: axe
	// runs once, in the project that runs every story (no-js), which keeps the suite in its budget.
	if (test.info().project.name === 'js') return;
	const html = await page.content();
	const url = page.url();
	const checker = await checkerFor(page.context().browser()!, page.viewportSize());
	checker.serve.url = url;
	checker.serve.html = html;
	await checker.page.goto(url);
	await checker.page.addScriptTag({ content: axeSource });
	const violations = await checker.page.evaluate(async () => {
		// @ts-expect-error: injected above
		const result = await window.axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
			resultTypes: ['violations']
		});
		return result.violations.map((v: { id: string; nodes: { html: string }[] }) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
	});
	expect(violations, `axe violations on ${url}`).toEqual([]);
	// Reflow (WCAG 1.4.10): nothing wider than the phone's screen, except tables in their own scroll box.
	const wide = await checker.page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		return [...document.body.querySelectorAll('*')]
			.filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.table-wrap') && getComputedStyle(el).position !== 'absolute')
			.slice(0, 5)
			.map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`);
	});
	expect(wide, `wider than the screen on ${url}`).toEqual([]);
}

/** Reads the newest development-outbox message for a recipient (waits for the background job). */
export async function readOutbox(page: Page, recipient: string, pattern: RegExp): Promise<RegExpMatchArray> {
	let found: RegExpMatchArray | null = null;
	await expect
		.poll(
			async () => {
				const res = await page.request.get(`/dev/outbox?to=${encodeURIComponent(recipient)}`);
				found = (await res.text()).replace(/&amp;/g, '&').match(pattern);
				return !!found;
			},
			{ timeout: 30_000, intervals: [200, 300, 500, 1000] }
		)
		.toBe(true);
	return found!;
}

/**
 * Staff sign-in with password and TOTP. A code works once (issue 15, finding 6), and tests running in
 * parallel share the demo accounts: when another test has just used this step's code, start again
 * with the next step's code.
 */
export async function signInStaff(page: Page, email: string, password = DEMO_PASSWORD, secret = DEMO_TOTP_SECRET) {
	for (let attempt = 0; ; attempt++) {
		await page.goto('/staff/sign-in');
		await page.getByLabel(/почта|Email/i).fill(email);
		await page.locator('input[name=password]').fill(password);
		await page.locator('form button[type=submit]').click();
		await expect(page).toHaveURL(/\/staff\/sign-in\/two-factor/);
		await page.locator('input[name=code]').fill(await totp(secret));
		await page.locator('form button[type=submit]').click();
		await page.waitForLoadState();
		if (/\/staff$/.test(new URL(page.url()).pathname) || attempt === 2) break;
		await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 250);
	}
	await expect(page).toHaveURL(/\/staff$/);
}

/** Migrant sign-in with a phone code read from the development outbox. */
export async function signInMigrant(page: Page, lang = 'en'): Promise<string> {
	const phone = uniquePhone();
	await page.goto(`/${lang}/sign-in`);
	await page.locator('input[name=phone]').fill(phone);
	await page.locator('form[action*="request"] button').click();
	const [, code] = await readOutbox(page, phone, /(?:code is|коду|для входа) (\d{6})/);
	await page.locator('input[name=code]').fill(code);
	await page.locator('form[action*="verify"] button').click();
	await expect(page).toHaveURL(new RegExp(`/${lang}/account$`));
	return phone;
}

/** The suite's data directory (playwright.config.ts's web server): keys and the embedded database. */
export const SUITE_DATA = '.data/e2e-postgres';

/** The suite's database: DATABASE_URL, or the embedded one from its postmaster.pid. */
export function suiteDatabase(): string {
	if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
	const cluster = existsSync(path.join(SUITE_DATA, 'PG_VERSION')) ? SUITE_DATA : path.join(SUITE_DATA, 'postgres');
	const port = Number(readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8').split('\n')[3]);
	return `postgres://sapar:sapar-local@127.0.0.1:${port}/sapar`;
}

import { expect, test } from '@playwright/test';
import { expectAccessible } from './support';

test.describe('languages and the home page', () => {
	test('an unknown language prefix is a Kyrgyz 404 for a Kyrgyz browser', async ({ page }) => {
		const response = await page.goto('/de/anything');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Барак табылган жок');
	});

	test('/ lands on the Kyrgyz home page by default', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL(/\/ky$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ky');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Коопсуз эмгек миграциясы');
		await expectAccessible(page);
	});

	test.describe('with a Russian browser', () => {
		test.use({ locale: 'ru-RU' });
		test('/ lands on the Russian home page', async ({ page }) => {
			await page.goto('/');
			await expect(page).toHaveURL(/\/ru$/);
			await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		});
	});

	test('switching language keeps the same page', async ({ page }) => {
		await page.goto('/ky/sign-in');
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/en\/sign-in$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in with your phone');
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Русский' }).click();
		await expect(page).toHaveURL(/\/ru\/sign-in$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вход по номеру телефона');

		// A page without a language prefix remembers the choice.
		await page.goto('/staff/sign-in');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/staff\/sign-in$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expectAccessible(page);
	});

	test('unknown pages and language prefixes get a translated 404', async ({ page }) => {
		const response = await page.goto('/en/no-such-page');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expectAccessible(page);
		// An unknown prefix falls back to the browser's language (Kyrgyz here).
		const other = await page.goto('/de/anything');
		expect(other?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ky');
	});
});

test.describe('web basics', () => {
	test('public pages are small, compressed and carry security headers', async ({ request }) => {
		const response = await request.get('/ky', { headers: { 'accept-encoding': 'br, gzip' } });
		expect(response.status()).toBe(200);
		const headers = response.headers();
		expect(headers['content-encoding']).toBe('br');
		expect(headers['content-security-policy']).toContain("script-src 'self'");
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['content-security-policy']).not.toContain('unsafe-inline');
		expect(headers['strict-transport-security']).toContain('max-age=');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		const html = await response.text();
		expect(html).not.toMatch(/<script/);
	});

	test('health, readiness, sitemap and OpenAPI answer', async ({ request }) => {
		expect((await (await request.get('/healthz')).json()).status).toBe('ok');
		expect(await (await request.get('/readyz')).json()).toEqual({ status: 'ok', database: 'ok', migrations: 'ok' });
		const sitemap = await (await request.get('/sitemap.xml')).text();
		for (const lang of ['ky', 'ru', 'en']) {
			expect(sitemap).toContain(`/${lang}</loc>`);
			expect(sitemap).toContain(`/${lang}/sign-in</loc>`);
		}
		const openapi = await (await request.get('/api/v1/openapi.json')).json();
		expect(openapi.openapi).toMatch(/^3\./);
		expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/countries', '/regions', '/occupations', '/currencies']));
	});

	test('every page in the sitemap answers 200 in its language', async ({ request }) => {
		// About 400 pages, most rendered for the first time: four at a time, on a machine that may be busy.
		test.setTimeout(600_000);
		const sitemap = await (await request.get('/sitemap.xml')).text();
		const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
		expect(urls.length).toBeGreaterThanOrEqual(6);
		const wrong: string[] = [];
		const queue = [...urls];
		const worker = async () => {
			for (let path = queue.shift(); path; path = queue.shift()) {
				const response = await request.get(path);
				const body = await response.text();
				if (response.status() !== 200 || !body.includes(`<html lang="${path.split('/')[1]}"`)) wrong.push(`${response.status()} ${path}`);
			}
		};
		await Promise.all([worker(), worker(), worker(), worker()]);
		expect(wrong).toEqual([]);
	});

	test('the API rejects bad input with a JSON error', async ({ request }) => {
		const response = await request.get('/api/v1/countries?lang=<script>');
		expect(response.status()).toBe(400);
		expect(await response.json()).toEqual({ error: { code: 'bad_request', message: 'lang must be one of ky, ru, en' } });
		const ok = await (await request.get('/api/v1/countries?lang=ru')).json();
		expect(ok.data.find((c: { iso2: string }) => c.iso2 === 'KG').name).toBe('Киргизия');
	});
});

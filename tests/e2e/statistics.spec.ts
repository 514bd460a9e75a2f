import { brotliCompressSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support';

// Capability F (issue 13): public statistics in three languages on a 360 px phone, no script, suppressed.

const T = {
	ky: { title: 'Статистика', series: 'Кайтып келгендер, чыккан аймагы боюнча', context: 'Контекст: жарыяланган булактардагы сандар', figure: 'дээрлик 1 млн' },
	ru: { title: 'Статистика', series: 'Вернувшиеся, по регионам происхождения', context: 'Контекст: цифры из опубликованных источников', figure: 'почти 1 млн' },
	en: { title: 'Statistics', series: 'Returns, by region of origin', context: 'Context: figures from published sources', figure: 'almost 1 million' }
} as const;

for (const [lang, t] of Object.entries(T)) {
	test(`a visitor reads public statistics in ${lang}`, async ({ page, request }) => {
		await page.goto(`/${lang}`);
		await page.locator(`footer a[href="/${lang}/statistics"]`).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
		await expect(page.getByRole('heading', { level: 3, name: t.series })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: t.context })).toBeVisible();
		await expect(page.locator('.context')).toContainText(t.figure);
		await expect(page.locator('main svg[role="img"]').first()).toBeVisible();
		await expect(page.locator('main')).not.toContainText('<5');
		await expectAccessible(page);
		// HTML and its stylesheets fit in one TCP initial window (14 KB, brotli).
		const html = await (await request.get(`/${lang}/statistics`)).text();
		let bytes = brotliCompressSync(html).length;
		for (const href of html.match(/href="[^"]+\.css"/g) ?? []) bytes += brotliCompressSync(await (await request.get(href.slice(6, -1))).body()).length;
		expect(bytes).toBeLessThanOrEqual(14 * 1024);
	});
}

test('the help figures page never prints "<5": hidden values read "not shown"', async ({ page }) => {
	await page.goto('/en/help/figures');
	await expect(page.locator('main')).not.toContainText('<5');
	await expect(page.locator('main')).not.toContainText('fewer than');
});

test('open data: the catalogue in three languages, packages at stable URLs, unknown datasets are a clear 404', async ({ page, request }) => {
	for (const [lang, title] of [
		['ky', 'Ачык маалыматтар'],
		['ru', 'Открытые данные'],
		['en', 'Open data']
	]) {
		await page.goto(`/${lang}/open-data`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.locator('main')).toContainText('CC BY 4.0');
	}
	await expectAccessible(page);
	const catalogue = (await (await request.get('/api/v1/open-data?lang=en')).json()).data as { name: string; datapackage: string; csv: string }[];
	expect(catalogue.map((d) => d.name)).toContain('returns-by-region-sex');
	const pkg = await request.get('/api/v1/open-data/returns-by-region-sex/datapackage.json');
	expect(pkg.status()).toBe(200);
	expect((await pkg.json()).resources[0].schema.fields.map((f: { name: string }) => f.name)).toEqual(['region', 'sex', 'count']);
	const csv = await request.get('/api/v1/open-data/returns-by-region-sex/data.csv');
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect((await csv.text()).split('\n')[0]).toBe('region,sex,count');
	const missing = await request.get('/api/v1/open-data/nope/datapackage.json');
	expect(missing.status()).toBe(404);
	expect((await missing.json()).error.code).toBe('not_found');
	expect(Object.keys((await (await request.get('/api/v1/openapi.json')).json()).paths)).toContain('/open-data/{name}/datapackage.json');
});

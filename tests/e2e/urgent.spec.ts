import { brotliCompressSync } from 'node:zlib';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectAccessible } from './support';

// Issue 16: a person in trouble reaches the emergency numbers and "ask for help" from every page in one
// tap, and on a 360 px phone the header leaves the page's title above the fold.

async function weight(request: APIRequestContext, path: string): Promise<number> {
	const html = await (await request.get(path)).text();
	let bytes = brotliCompressSync(html).length;
	for (const href of html.match(/href="[^"]+\.css"/g) ?? []) bytes += brotliCompressSync(await (await request.get(href.slice(6, -1))).body()).length;
	return bytes;
}

test('urgent help and ask for help are one tap from every kind of page; the header stays compact', async ({ page, request }) => {
	for (const path of ['/ky', '/ru/laws', '/en/vacancies', '/ky/help/track', '/ru/countries/ru', '/en/sign-in']) {
		await page.goto(path);
		const nav = page.getByRole('navigation', { name: /Негизги меню|Главное меню|Main menu/ });
		const lang = path.split('/')[1];
		await expect(nav.locator(`a.urgent[href="/${lang}/help/urgent"]`)).toBeVisible();
		await expect(nav.locator(`a[href="/${lang}/help/request"]`)).toBeVisible();
		// the header at most ~120 px tall at 360 px, so the page's title is on the first screen
		const header = (await page.locator('header.site-header').boundingBox())!;
		expect(header.height, path).toBeLessThanOrEqual(120);
		const h1 = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
		expect(h1.y + h1.height, path).toBeLessThanOrEqual(page.viewportSize()!.height);
	}

	await page.goto('/ky/laws');
	await page.getByRole('link', { name: 'Шашылыш жардам' }).click();
	await expect(page).toHaveURL(/\/ky\/help\/urgent$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Шашылыш жардам');
	await expect(page.getByRole('heading', { level: 2, name: 'Кыргызстан' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Орусия' })).toBeVisible();
	await expect(page.locator('#kg a[href="tel:112"]')).toBeVisible();
	await expect(page.locator('#kr a[href="tel:1345"]')).toBeVisible();
	await expect(page.locator('main')).toContainText('редактор азырынча текшере элек');
	await expect(page.locator('main a[href="/ky/help/request"]')).toBeVisible();
	await expectAccessible(page);
	for (const path of ['/ky/help/urgent', '/ru/help/urgent', '/ky']) expect(await weight(request, path), path).toBeLessThanOrEqual(14 * 1024);
});

test('the menu opens without JavaScript; the home page has search, help buttons and cards that are links', async ({ page }) => {
	await page.goto('/en');
	await expectAccessible(page);
	const nav = page.getByRole('navigation', { name: 'Main menu' });
	await nav.getByText('Menu').click();
	await nav.getByRole('link', { name: 'Laws' }).click();
	await expect(page).toHaveURL(/\/en\/laws$/);

	await page.goto('/en');
	await expect(page.locator('main a.button[href="/en/help/urgent"]')).toBeVisible();
	await expect(page.locator('main a.button[href="/en/help/request"]')).toBeVisible();
	await page.locator('main .cards a[href="/en/countries"]').click();
	await expect(page).toHaveURL(/\/en\/countries$/);

	await page.goto('/en');
	await page.getByRole('search').getByLabel('What are you looking for?').fill('patent');
	await page.getByRole('search').getByRole('button').click();
	await expect(page).toHaveURL(/\/en\/search\?q=patent$/);
});

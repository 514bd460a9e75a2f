import { expect, test } from '@playwright/test';
import { expectAccessible, signInStaff, unique } from './support';

test.describe('information portal', () => {
	test('a migrant reads the Russia guide with sources, dates and a PDF booklet', async ({ page }) => {
		await page.goto('/ru');
		const nav = page.getByRole('navigation', { name: 'Главное меню' });
		await nav.getByText('Меню').click();
		await nav.getByRole('link', { name: 'Страны' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Путеводители по странам');
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Россия', exact: true }).click();
		await expect(page).toHaveURL(/\/ru\/countries\/ru$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Россия');
		for (const title of ['Въезд и документы', 'Регистрация, разрешения и сроки', 'Экстренные контакты']) {
			await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
		}
		await expect(page.locator('.guide-section .source').first()).toContainText('Источник:');
		await expect(page.locator('.guide-section').first()).toContainText('Последняя проверка:');
		await expectAccessible(page);

		const pdf = await page.request.get('/ru/countries/ru/booklet.pdf');
		expect(pdf.status()).toBe(200);
		expect(pdf.headers()['content-type']).toBe('application/pdf');
		const bytes = await pdf.body();
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
		expect(bytes.toString('latin1')).toContain('DejaVuSans');
	});

	test('laws link to the guide sections that rely on them', async ({ page }) => {
		await page.goto('/en/laws');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Laws and treaties');
		const count = await page.locator('.law-list li').count();
		expect(count).toBeGreaterThanOrEqual(35);
		await expectAccessible(page);
		await page.locator('.law-list a').first().click();
		await expect(page.getByRole('heading', { level: 2, name: 'In short' })).toBeVisible();
		await expect(page.locator('.source')).toContainText('Source:');
		await expectAccessible(page);
	});

	test('a law shows its status, where the status comes from and when it was checked, in each language (issue 16)', async ({ page }) => {
		const expected = {
			ky: ['Булакта колдонуудагы акт катары көрсөтүлгөн', 'Булак менен акыркы салыштырылган күнү'],
			ru: ['Указан в источнике как действующий', 'Последняя сверка с источником'],
			en: ['Listed as current by the source', 'Last checked against its source']
		};
		for (const [lang, [status, reviewed]] of Object.entries(expected)) {
			await page.goto(`/${lang}/laws/law-civil-protection-2018`);
			await expect(page.locator('.law-status')).toContainText(status);
			await expect(page.locator('.law-status')).toContainText('2022');
			await expect(page.locator('.law-status-source [lang="en"]').first()).toContainText('Migration Governance Indicators');
			await expect(page.locator('dt', { hasText: reviewed })).toBeVisible();
			await expect(page.locator('.law-reviewed')).toContainText('2026');
			await expectAccessible(page);
		}
	});

	test('an unconfirmed guide section says so at its top; the home guide has the Meken Card and coming home (issue 16)', async ({ page }) => {
		const banner = { ky: 'Тастыкталган эмес.', ru: 'Не подтверждено.', en: 'Not confirmed.' };
		for (const [lang, text] of Object.entries(banner)) {
			await page.goto(`/${lang}/countries/ru`);
			// right under the section's heading, before its text
			await expect(page.locator('#registration h2 + .not-confirmed')).toContainText(text);
			await expect(page.locator('#work .not-confirmed')).toHaveCount(0);
			await expect(page.locator('#work .source')).toContainText('2022');
		}
		await expectAccessible(page);
		await page.goto('/ru/countries');
		await page.getByRole('link', { name: /Meken Card/ }).click();
		await expect(page).toHaveURL(/\/ru\/countries\/kg$/);
		await expect(page.locator('#compatriots')).toContainText('Meken Card');
		await expect(page.locator('#compatriots')).toContainText('№ 203');
		await expect(page.locator('#return')).toContainText('Migrant Ishker');
		await expect(page.locator('.not-confirmed')).toHaveCount(0);
		await expectAccessible(page);
		expect((await page.request.get('/ru/countries/kg/booklet.pdf')).status()).toBe(200);
	});

	test('the directory filters by country and offers click-to-call', async ({ page }) => {
		await page.goto('/ky/help');
		await expectAccessible(page);
		await page.getByLabel('Өлкө').selectOption('ru');
		await page.getByRole('button', { name: 'Көрсөтүү' }).click();
		await expect(page).toHaveURL(/country=ru/);
		const entries = page.locator('.directory > li');
		expect(await entries.count()).toBeGreaterThan(0);
		for (const text of await entries.locator('.muted').first().allTextContents()) expect(text).toContain('Россия');
		const tel = page.locator('a[href^="tel:"]');
		if (await tel.count()) await expect(tel.first()).toHaveAttribute('href', /^tel:\+\d+$/);
	});

	test('search forgives Latin letters and typos and shrugs off odd input', async ({ page }) => {
		await page.goto('/ky/search');
		await expectAccessible(page);
		await page.getByLabel('Эмнени издейсиз?').fill('rossiya registraciya');
		await page.getByRole('button', { name: 'Издөө' }).click();
		await expect(page.locator('.results li').first()).toBeVisible();
		await expectAccessible(page);
		for (const q of ['', "' OR 1=1 --", '<script>alert(1)</script>', 'й'.repeat(1000)]) {
			const response = await page.goto(`/en/search?q=${encodeURIComponent(q)}`);
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
		}
	});

	test('the API serves guides, laws, directory and search', async ({ request }) => {
		const guide = await (await request.get('/api/v1/countries/kz/guide?lang=en')).json();
		expect(guide.country.iso2).toBe('KZ');
		expect(guide.sections).toHaveLength(7);
		for (const s of guide.sections) {
			expect(s.source.title).toBeTruthy();
			expect(s.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
		expect((await request.get('/api/v1/countries/zz/guide')).status()).toBe(404);
		const laws = await (await request.get('/api/v1/laws?lang=ru')).json();
		const one = await (await request.get(`/api/v1/laws/${laws.data[0].id}?lang=ru`)).json();
		expect(one.title).toBe(laws.data[0].title);
		expect((await request.get('/api/v1/directory?country=xyz')).status()).toBe(400);
		const search = await (await request.get('/api/v1/search?q=kazakstan&lang=en')).json();
		expect(search.data.length).toBeGreaterThan(0);
		expect(Object.keys(search.data[0]).sort()).toEqual(['kind', 'snippet', 'title', 'url']);
		expect((await request.get('/api/v1/search?q=')).status()).toBe(400);
	});
});

test.describe('content editing', () => {
	test.use({ locale: 'en-GB' });

	test('an editor drafts a question, a second editor publishes it, and the public sees it', async ({ page, browser }, info) => {
		const slug = unique('faq', info.project.name);
		await signInStaff(page, 'editor@sapar.test');
		await page.getByRole('link', { name: 'Edit portal content' }).click();
		await expectAccessible(page);
		await page.getByRole('link', { name: 'New: Frequent question' }).click();
		await page.getByRole('button', { name: 'Send for review' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expectAccessible(page);

		await page.getByLabel('Identifier').fill(slug);
		await page.locator('[name="question.ky"]').fill(`Суроо ${slug}?`);
		await page.locator('[name="answer.ky"]').fill('Жооп: **паспортуңузду** эч кимге бербеңиз.');
		await page.getByLabel('Source: title').fill('Editorial test');
		await page.getByRole('button', { name: 'Send for review' }).click();
		await expect(page.getByRole('status')).toContainText('Sent for review');

		// The author cannot publish; a second editor can.
		const context = await browser.newContext({ javaScriptEnabled: info.project.name === 'js', locale: 'en-GB', viewport: { width: 360, height: 740 } });
		const second = await context.newPage();
		await signInStaff(second, 'editor2@sapar.test');
		await second.goto('/staff/content');
		await second
			.locator('#queue-review + ul')
			.getByRole('link', { name: `Суроо ${slug}?` })
			.click();
		await expect(second.locator('ins').first()).toBeVisible();
		await expectAccessible(second);
		await second.getByRole('button', { name: 'Approve and publish' }).click();
		await expect(second.getByRole('heading', { level: 1 })).toContainText('History');
		await expectAccessible(second);
		await context.close();

		// Shown in English with a note that it is in Kyrgyz.
		await page.goto('/en/faq');
		const item = page.locator(`#${slug}`);
		await expect(item).toContainText('паспортуңузду');
		await expect(item.locator('.fallback')).toContainText('not yet available in your language');
		await expect(item.locator('strong').first()).toHaveText('паспортуңузду');
	});
});

import { expect, test } from '@playwright/test';
import { expectAccessible } from './support';

test.use({ locale: 'en-GB' });

test('anyone searches the employer black list and reports an employer; bad input gets clear errors', async ({ page, request }) => {
	await page.goto('/en/employers?q=stroy+invest&country=RU');
	const hit = page.locator('.results li').filter({ hasText: 'Demo Stroy Invest' });
	await expect(hit).toContainText('Unpaid wages, Passport confiscation');
	await expect(hit).toContainText('BL-DEMO-0001');
	await expectAccessible(page);
	await page.goto('/ru/employers?q=%D0%B4%D0%B5%D0%BC%D0%BE+%D1%81%D1%82%D1%80%D0%BE%D0%B9'); // «демо строй», in Cyrillic
	await expect(page.locator('.results')).toContainText('Невыплата зарплаты');
	await page.goto('/en/employers?q=Kazan+Agro');
	await expect(page.getByRole('status')).toContainText('No listed employer matches'); // under review: not public

	await page.goto('/en/employers/report');
	await page.getByRole('button', { name: 'Send the report' }).click();
	await expect(page.locator('.error-summary')).toContainText('Employer name');
	await expect(page.locator('#description-error')).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Employer name').fill('Demo Novosibirsk Meat Plant');
	await page.getByLabel('Country').selectOption('RU');
	await page.getByLabel('City').fill('Novosibirsk');
	await page.getByLabel('What happened').selectOption('passport_confiscation');
	await page.getByLabel('Details').fill('The foreman keeps all our passports in his safe.');
	await page.getByRole('button', { name: 'Send the report' }).click();
	await expect(page.getByRole('status')).toContainText('Your report has been received');
	await expectAccessible(page);

	const api = await (await request.get('/api/v1/employers/blacklist?country=ru&q=stroy')).json();
	expect(api.data[0]).toMatchObject({ number: 'BL-DEMO-0001', countryIso2: 'RU', reasons: ['unpaid_wages', 'passport_confiscation'], underAppeal: false });
	expect((await request.get('/api/v1/employers/blacklist?country=Russia')).status()).toBe(400);
});

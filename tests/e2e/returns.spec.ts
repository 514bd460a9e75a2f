import { expect, test } from '@playwright/test';
import { expectAccessible, signInMigrant } from './support';

test.use({ locale: 'en-GB' });

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

test('a returnee registers their return; the Osh centre has it and the API shows it', async ({ page, request }) => {
	expect((await request.get('/api/v1/me/returns')).status()).toBe(401);
	await signInMigrant(page);
	await page.getByRole('link', { name: 'Coming home' }).click();
	await page.getByRole('button', { name: 'Register', exact: true }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('Date of return');
	await expect(summary).toContainText('Choose at least one');
	await expect(page).toHaveTitle(/^Error: /);
	await expectAccessible(page);

	await page.getByLabel('Date of return').fill(daysAgo(5));
	await page.getByLabel('Country you returned from').selectOption('RU');
	await page.getByLabel('Region in Kyrgyzstan').selectOption('KG-GO');
	await page.getByLabel('A job').check();
	await page.getByLabel('Other', { exact: true }).check();
	await page.getByRole('button', { name: 'Register', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('Say what you mean by "Other"');
	await expect(page.getByLabel('Region in Kyrgyzstan')).toHaveValue('KG-GO'); // what was typed is kept
	await page.getByLabel('Anything else').fill('Help with my son’s school enrolment');
	await page.getByRole('button', { name: 'Register', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('The centre has received your request');
	await expect(page.locator('main')).toContainText('Centre for Employment of Citizens Abroad (CECA), Osh');
	await expect(page.locator('main')).toContainText('Submitted');
	await expectAccessible(page);

	const api = await (await page.request.get('/api/v1/me/returns')).json();
	expect(Object.keys((await (await request.get('/api/v1/openapi.json')).json()).paths)).toContain('/me/returns');
	expect(api.data).toMatchObject([{ regionCode: 'KG-GO', countryIso2: 'RU', needs: ['job', 'other'], status: 'submitted', referrals: [] }]);
});

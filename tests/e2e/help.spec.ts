import { expect, test } from '@playwright/test';
import { expectAccessible, uniquePhone } from './support';

test.use({ locale: 'en-GB' });

test('someone asks for help anonymously, gets a number and a code, and follows the case with them only', async ({ page }) => {
	await page.goto('/en/help');
	await page.getByRole('link', { name: 'Ask for help' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ask for help');
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Send the request' }).click();
	await expect(page.locator('#error-summary')).toContainText('What happened?');
	await expect(page.locator('#error-summary')).toContainText('Describe what happened: Enter a value');
	await expect(page).toHaveTitle(/^Error: /);
	await expectAccessible(page);

	await page.getByLabel('What happened?').selectOption('unpaid_wages');
	await page.getByLabel('Country').selectOption('TR');
	await page.getByLabel('City').fill('Istanbul');
	await page.getByLabel('Describe what happened').fill('The workshop has not paid us for two months and the owner threatens us.');
	await page.getByLabel('Someone else keeps my documents').check();
	await page.getByLabel('Phone').fill('0700 12');
	await page.getByLabel('How should answers reach you?').selectOption('sms');
	await page.getByRole('button', { name: 'Send the request' }).click();
	await expect(page.locator('#error-summary')).toContainText('Enter a phone number like');
	await page.getByLabel('Phone').fill(uniquePhone());
	await page.getByRole('button', { name: 'Send the request' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your request has been received');
	const summary = page.locator('dl.summary dd');
	const number = (await summary.nth(0).innerText()).trim();
	const code = (await summary.nth(1).innerText()).trim();
	expect(number).toMatch(/^SP-\d{4}-\d{6}$/);
	expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
	await expectAccessible(page);

	await page.goto('/en/help/track');
	await page.getByLabel('Case number').fill(number);
	await page.getByLabel('Secret tracking code').fill('AAAA-BBBB-CCCC');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page.locator('#error-summary')).toContainText('We found no request with this number and code.');
	await expect(page.locator('main')).not.toContainText('Istanbul');

	await page.getByLabel('Case number').fill(number);
	await page.getByLabel('Secret tracking code').fill(code.toLowerCase());
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page.locator('dl.summary')).toContainText('Received');
	await expect(page.locator('main')).not.toContainText('threatens');
	await page.getByLabel('Answer or add information').fill('The owner is called Demo Bey.');
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Sent.');
	await expect(page.locator('.timeline')).toContainText('The owner is called Demo Bey.');
	await page.getByLabel('A file (if you have one)').setInputFiles({ name: 'notes.txt', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf') });
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.locator('#error-summary')).toContainText('A file (if you have one)');
	await expectAccessible(page);
	await page
		.getByLabel('A file (if you have one)')
		.setInputFiles({ name: 'pay-slip.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% pay slip\n') });
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Sent.');
	await expect(page.locator('main')).toContainText('pay-slip.pdf');
	await page
		.getByLabel('A file (if you have one)')
		.setInputFiles({ name: 'huge.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(7 * 1024 * 1024, 0x25) });
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.locator('#error-summary')).toContainText('The file was too large to receive');
	await expectAccessible(page);
});

test('the API takes a help request and shows it only with the tracking code', async ({ request, page }) => {
	test.skip(test.info().project.name === 'js', 'API only: once is enough');
	const created = await request.post('/api/v1/help-requests?lang=en', {
		data: { type: 'passport_taken', countryIso2: 'AE', city: 'Dubai', narrative: 'They took my passport at the airport.' }
	});
	expect(created.status()).toBe(201);
	const { number, trackingCode } = await created.json();
	expect((await request.get(`/api/v1/help-requests/${number}`, { headers: { 'x-tracking-code': 'WRONG-CODE-0000' } })).status()).toBe(404);
	const guessed = number.replace(/\d$/, (d: string) => String((Number(d) + 1) % 10));
	expect((await request.get(`/api/v1/help-requests/${guessed}`, { headers: { 'x-tracking-code': trackingCode } })).status()).toBe(404);
	const tracked = await request.get(`/api/v1/help-requests/${number}`, { headers: { 'x-tracking-code': trackingCode } });
	expect(await tracked.json()).toMatchObject({ number, status: 'new', type: 'passport_taken', messages: [] });
	expect(JSON.stringify(await tracked.json())).not.toContain('airport');
	const answer = (code: string, data: unknown) => request.post(`/api/v1/help-requests/${number}/messages`, { data, headers: { 'x-tracking-code': code } });
	expect((await answer('WRONG-CODE-0000', { body: 'hello' })).status()).toBe(404);
	expect((await answer(trackingCode, { body: '' })).status()).toBe(400);
	expect((await answer(trackingCode, { body: 'I am in Sharjah now.' })).status()).toBe(201);
	expect((await (await request.get(`/api/v1/help-requests/${number}`, { headers: { 'x-tracking-code': trackingCode } })).json()).messages).toMatchObject([
		{ fromPerson: true, body: 'I am in Sharjah now.' }
	]);

	const bad = await request.post('/api/v1/help-requests', { data: { type: 'nope', narrative: 'x'.repeat(6000) } });
	expect(bad.status()).toBe(400);
	expect((await bad.json()).error.fields).toMatchObject({ type: 'error_choose_one', narrative: 'error_too_long' });
	expect((await request.post('/api/v1/help-requests', { data: 'not json', headers: { 'content-type': 'application/json' } })).status()).toBe(400);

	await page.goto('/en/help/figures');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help requests in figures');
	await expectAccessible(page);
});

import { brotliCompressSync } from 'node:zlib';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectAccessible, readOutbox, signInStaff, uniquePhone } from './support';

// Issue 17, part 1: a person signs up for a programme on a 360 px phone without JavaScript, gets a
// reference on screen and by SMS, and books a slot for the document check.

test.use({ locale: 'en-GB' });
// Long stories on a shared two-core machine: a generous budget, no timed assertions.
test.describe.configure({ timeout: 600_000 });

async function weight(request: APIRequestContext, path: string): Promise<number> {
	const html = await (await request.get(path)).text();
	let bytes = brotliCompressSync(html).length;
	for (const href of html.match(/href="[^"]+\.css"/g) ?? []) bytes += brotliCompressSync(await (await request.get(href.slice(6, -1))).body()).length;
	return bytes;
}

test('a sign-up through to a booked slot: errors in the person’s language, reference on screen and by SMS, axe, 360 px, 14 KB', async ({ page, request }) => {
	await page.goto('/ky/programmes');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Чет өлкөдө иштөө боюнча мамлекеттик программалар');
	await expect(page.getByRole('link', { name: 'Улуу Британиядагы мезгилдүү айыл чарба иштери' })).toBeVisible();
	await expectAccessible(page);

	await page.goto('/en/programmes/uk-seasonal');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seasonal agricultural work in the United Kingdom');
	await expect(page.locator('main')).toContainText('Places: 1000');
	await expect(page.locator('main')).toContainText('Selection: published lottery');
	await expectAccessible(page);

	// Step one sent empty: an error summary and field errors.
	await page.locator('form[action*="check"] button[type=submit]').click();
	await expect(page.locator('#error-summary')).toContainText('There is a problem');
	await expectAccessible(page);
	await page.locator('input[name=birthDate]').fill('1994-03-08');
	await page.locator('select[name=sex]').selectOption('female');
	await page.locator('select[name=regionCode]').selectOption('KG-O');
	await page.locator('select[name=languageLevel]').selectOption('basic');
	await page.locator('select[name=health]').selectOption('yes');
	await page.locator('select[name=previous]').selectOption('no');
	await page.locator('form[action*="check"] button[type=submit]').click();
	await expect(page.locator('main')).toContainText('By your answers you meet the published rules');
	await expect(page.locator('main')).toContainText('Step 2 of 2');

	const phone = uniquePhone();
	await page.locator('input[name=fullName]').fill('Aigul Toktobaeva');
	await page.locator('input[name=phone]').fill(phone);
	await page.locator('form[action*="signup"] button[type=submit]').click();
	await expect(page.locator('#error-summary')).toContainText('Your agreement is needed to sign up.');
	await page.locator('input[name=consent]').check();
	await page.locator('form[action*="signup"] button[type=submit]').click();
	await expect(page.getByRole('heading', { name: 'You are signed up' })).toBeVisible();
	const reference = (await page.locator('#reference').textContent())!.trim();
	const code = (await page.locator('#code').textContent())!.trim();
	expect(reference).toMatch(/^PR-\d{4}-\d{6,}$/);
	await expectAccessible(page);
	const [sms] = await readOutbox(page, phone, new RegExp(`${reference}[^<]*${code}`));
	expect(sms).toContain(code);

	// Next: the status page with free slots; book one.
	await page.getByRole('button', { name: 'Next: choose a time for the document check' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your place in a programme');
	await expect(page.locator('main')).toContainText('Eligible');
	await expectAccessible(page);
	await page.locator('input[name=slotId]').first().check();
	await page.locator('form[action*="book"] button[type=submit]').click();
	await expect(page.getByRole('status')).toContainText('Booked:');
	await expect(page.locator('dl.summary')).toContainText('Invited to the check');
	await expect(page.locator('main')).toContainText('Choose another time');
	await expectAccessible(page);

	// Later, with reference and code only.
	await page.goto('/ru/programmes/status');
	await page.locator('input[name=reference]').fill(reference.toLowerCase());
	await page.locator('input[name=code]').fill(code);
	await page.locator('form[action*="view"] button[type=submit]').click();
	await expect(page.locator('dl.summary')).toContainText('Приглашён(а) на проверку');
	await page.goto('/ru/programmes/status');
	await page.locator('input[name=reference]').fill(reference);
	await page.locator('input[name=code]').fill('AAAA-BBBB-CCCC');
	await page.locator('form[action*="view"] button[type=submit]').click();
	await expect(page.locator('#error-summary')).toContainText('Номер и код не найдены.');

	for (const path of ['/ky/programmes', '/ru/programmes/uk-seasonal', '/ky/programmes/eps-korea', '/en/programmes/status'])
		expect(await weight(request, path), path).toBeLessThanOrEqual(14 * 1024);
	const sitemap = await (await request.get('/sitemap.xml')).text();
	expect(sitemap).toContain('/ky/programmes/uk-seasonal');
	const api = await (await request.get('/api/v1/programmes?lang=en')).json();
	expect(api.data.map((p: { slug: string }) => p.slug)).toEqual(expect.arrayContaining(['eps-korea', 'uk-seasonal']));
	const openapi = await (await request.get('/api/v1/openapi.json')).json();
	expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/programmes', '/programmes/{slug}/signups']));
});

test('the API answers a sign-up with 201 and a reference, bad input with 400, a repeat with 409', async ({ request }) => {
	const body = {
		birthDate: '1990-01-01',
		sex: 'male',
		regionCode: 'KG-B',
		languageLevel: 'basic',
		health: 'yes',
		previous: 'no',
		fullName: 'Test Person',
		phone: uniquePhone(),
		consent: true
	};
	const created = await request.post('/api/v1/programmes/eps-korea/signups?lang=en', { data: body });
	expect(created.status()).toBe(201);
	expect(await created.json()).toMatchObject({ reference: expect.stringMatching(/^PR-/), stage: 'eligible' });
	expect((await request.post('/api/v1/programmes/eps-korea/signups', { data: body })).status()).toBe(409);
	const bad = await request.post('/api/v1/programmes/eps-korea/signups', { data: { ...body, birthDate: 'x' } });
	expect(bad.status()).toBe(400);
	expect((await bad.json()).error.fields.birthDate).toBe('error_date');
	expect((await request.post('/api/v1/programmes/nope/signups', { data: body })).status()).toBe(404);
});

test('the employment centre sees the pipeline and exports a stage; another centre gets nothing', async ({ page, browser }) => {
	await signInStaff(page, 'caseworker@sapar.test');
	await page.goto('/staff/programmes');
	await page.getByRole('link', { name: 'Seasonal agricultural work in the United Kingdom' }).click();
	await expect(page.getByRole('heading', { name: 'Pipeline' })).toBeVisible();
	await expectAccessible(page);
	const programmeUrl = page.url();
	const csv = await page.request.get(`${programmeUrl}/export.csv?stage=invited`);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');

	const osh = await browser.newContext({ locale: 'en-GB' });
	const other = await osh.newPage();
	await signInStaff(other, 'osh@sapar.test');
	expect((await other.goto(programmeUrl))!.status()).toBe(404);
	expect((await other.request.get(`${programmeUrl}/export.csv?stage=invited`)).status()).toBe(404);
	await osh.close();
});

import { expect, test } from '@playwright/test';
import { expectAccessible, readOutbox, signInStaff, uniquePhone } from './support';

test.use({ locale: 'en-GB' });

test('a case worker opens a new case with a reason, answers the person by SMS, records the redress; another organisation gets nothing', async ({
	page,
	request,
	browser
}) => {
	const phone = uniquePhone();
	const created = await request.post('/api/v1/help-requests?lang=en', {
		data: {
			type: 'unpaid_wages',
			countryIso2: 'LT',
			city: 'Vilnius',
			narrative: 'Three months of wages unpaid at a building site.',
			contactPhone: phone,
			contactChannel: 'sms'
		}
	});
	const { number, trackingCode } = await created.json();

	await signInStaff(page, 'caseworker@sapar.test');
	await page.goto('/staff/cases');
	await expect(page.locator('table')).toContainText(number);
	await expectAccessible(page);
	await page.getByRole('link', { name: number }).click();
	const caseUrl = page.url();
	await expect(page.locator('main')).not.toContainText('building site');
	await page.getByLabel('Why are you opening this case?').selectOption('triage');
	await page.getByRole('button', { name: 'Open' }).click();
	await expect(page.locator('main')).toContainText('Three months of wages unpaid at a building site.');
	await expect(page.locator('main')).toContainText('recorded in the audit log (reason: Triage)');
	await expectAccessible(page);

	await page.getByLabel('Message', { exact: true }).fill('We have written to the employer.');
	await page.getByRole('button', { name: 'Send to the person' }).click();
	await readOutbox(page, phone, /We have written to the employer/);
	const tracked = await (await request.get(`/api/v1/help-requests/${number}`, { headers: { 'x-tracking-code': trackingCode } })).json();
	expect(tracked).toMatchObject({ status: 'in_progress', messages: [{ fromPerson: false, body: 'We have written to the employer.' }] });

	await page
		.getByLabel('File', { exact: true })
		.setInputFiles({ name: 'contract.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% demo contract\n') });
	await page.getByRole('button', { name: 'Add file' }).click();
	const download = await page.request.get((await page.getByRole('link', { name: 'contract.pdf' }).getAttribute('href'))!);
	expect(await download.text()).toContain('demo contract');

	await page.getByLabel('Employer name').fill('Demo Yapı Ltd');
	await page.getByRole('button', { name: 'Send to the ministry' }).click();
	await expect(page.locator('#error-summary')).toContainText('What happened: ');
	await expect(page.locator('#error-summary')).not.toContainText('Why are you opening');
	await page.getByLabel('What happened', { exact: true }).selectOption('unpaid_wages');
	await page.getByLabel('Details').fill('Three months of wages unpaid to the building crew in Ankara.');
	await page.getByRole('button', { name: 'Send to the ministry' }).click();
	await expect(page.locator('.timeline')).toContainText('Employer reported to the black-list desk');

	await page.getByLabel('Wages recovered').check();
	await page.getByRole('button', { name: 'Close the case' }).click();
	await expect(page.locator('#error-summary')).toContainText('Amount recovered');
	await page.getByLabel('Wages recovered').check();
	await page.getByLabel('Amount recovered').fill('60000');
	await page.getByLabel('Currency').selectOption('TRY');
	await page.getByRole('button', { name: 'Close the case' }).click();
	await expect(page.locator('.timeline')).toContainText('Closed');
	await expect(page.locator('dl.summary').first()).toContainText('60000.00 TRY');

	// The person sees how it ended, in their language, cannot reply to a closed case, and may reopen it.
	const personContext = await browser.newContext({ locale: 'ru-RU', viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
	const person = await personContext.newPage();
	await person.goto('/ru/help/track');
	await person.locator('#number').fill(number);
	await person.locator('#code').fill(trackingCode);
	await person.getByRole('button', { name: 'Показать' }).click();
	await expect(person.getByRole('heading', { name: 'Чем закончилось ваше обращение' })).toBeVisible();
	await expect(person.locator('main')).toContainText(/Зарплата взыскана: 60\s000 TRY/);
	await expect(person.locator('textarea[name="body"]')).toHaveCount(0);
	await expect(person.getByRole('heading', { name: 'Что можно сделать дальше' })).toBeVisible();
	await expect(person.locator('main a[href^="tel:"]').first()).toBeVisible();
	await expectAccessible(person);
	await person.getByRole('button', { name: 'Возобновить обращение' }).click();
	await expect(person.locator('#error-summary')).toBeVisible();
	await expectAccessible(person);
	await person.getByLabel('Почему вы возобновляете обращение? Что осталось нерешённым?').fill('Заплатили только половину.');
	await person.getByRole('button', { name: 'Возобновить обращение' }).click();
	await expect(person.getByRole('status')).toContainText('Обращение возобновлено');
	await expect(person.locator('.timeline')).toContainText('Заплатили только половину.');
	await expect(person.locator('textarea[name="body"]')).toHaveCount(1);
	await personContext.close();
	await page.goto(caseUrl);
	await expect(page.locator('.timeline')).toContainText('Reopened');

	const other = await browser.newContext({ locale: 'en-GB' });
	const osh = await other.newPage();
	await signInStaff(osh, 'osh@sapar.test');
	const denied = await osh.goto(caseUrl);
	expect(denied?.status()).toBe(404);
	await expect(osh.locator('body')).not.toContainText('building site');
	await other.close();
});

test('a referral needs consent; the receiving centre rejects only with a reason, accepts, and then reads the case without changing it', async ({
	page,
	request,
	browser
}) => {
	const created = await request.post('/api/v1/help-requests?lang=en', {
		data: { type: 'passport_taken', countryIso2: 'TR', city: 'Antalya', narrative: 'The foreman keeps our passports in his office.' }
	});
	const { number } = await created.json();

	await signInStaff(page, 'caseworker@sapar.test');
	await page.goto('/staff/cases');
	await page.getByRole('link', { name: number }).click();
	await page.getByLabel('Why are you opening this case?').selectOption('triage');
	await page.getByRole('button', { name: 'Open' }).click();
	const caseUrl = page.url();
	const target = page.getByLabel('To which organisation');
	await target.selectOption({ label: await target.locator('option', { hasText: 'CECA), Osh' }).innerText() });
	await page.getByLabel('Why, and what help is needed').fill('The person has moved to Osh and needs a lawyer there.');
	await page.getByRole('button', { name: 'Send to the organisation' }).click();
	await expect(page.locator('#error-summary')).toContainText("The person's consent");
	await page.getByLabel("The person's consent").selectOption('given');
	await page.getByLabel('Why, and what help is needed').fill('The person has moved to Osh and needs a lawyer there.');
	await page.getByRole('button', { name: 'Send to the organisation' }).click();
	await expect(page.locator('.timeline')).toContainText('Referral sent');

	const other = await browser.newContext({ locale: 'en-GB' });
	const osh = await other.newPage();
	await signInStaff(osh, 'osh@sapar.test');
	expect((await osh.goto(caseUrl))?.status()).toBe(404);
	await osh.goto('/staff/cases');
	const offer = osh.getByRole('listitem').filter({ hasText: number });
	await expect(offer).toContainText('needs a lawyer there');
	await offer.getByRole('button', { name: 'Reject' }).click();
	await expect(osh.locator('#error-summary')).toBeVisible();
	await osh.getByRole('listitem').filter({ hasText: number }).getByRole('button', { name: 'Accept' }).click();
	await expect(osh.getByRole('status')).toHaveText('Accepted.');
	await expectAccessible(osh);
	await osh.getByRole('link', { name: number }).click();
	await osh.getByLabel('Why are you opening this case?').selectOption('referral_review');
	await osh.getByRole('button', { name: 'Open' }).click();
	await expect(osh.locator('main')).toContainText('you can read it but not change it');
	await expect(osh.locator('main')).toContainText('The foreman keeps our passports');
	await expect(osh.getByRole('button', { name: 'Send to the person' })).toHaveCount(0);
	await other.close();

	await page.reload();
	await expect(page.locator('.timeline')).toContainText('Referral accepted');
});

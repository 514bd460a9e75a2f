import { expect, test } from '@playwright/test';
import { expectAccessible, readOutbox, signInStaff, uniquePhone } from './support';

test.use({ locale: 'en-GB' });

test('an operator logs a call, sends the caller a link by SMS and turns the call into a case with consent; another organisation gets nothing', async ({
	page,
	browser
}) => {
	const phone = uniquePhone();
	await signInStaff(page, 'caseworker@sapar.test');
	await page.getByRole('link', { name: 'Hotline desk' }).click();
	await expectAccessible(page);

	await page.getByLabel("Caller's phone").fill(phone);
	await page.getByLabel('Language of the call').selectOption('ru');
	await page.getByLabel('Topic').selectOption('law');
	await page.getByLabel('Destination country').selectOption('KR');
	await page.getByLabel('What was asked').fill('Is the agency that offered my son a job in Korea licensed?');
	await page.getByLabel('What was answered').fill('Read out the licence check and the EPS route.');
	await page.getByRole('button', { name: 'Log the call' }).click();
	await expect(page.getByRole('status')).toContainText('Call logged.');
	const callUrl = page.url();
	await expectAccessible(page);

	await page.getByLabel('Which page').selectOption('agencies');
	await page.getByRole('button', { name: 'Send SMS' }).click();
	await expect(page.getByRole('status')).toContainText('Link sent by SMS.');
	await readOutbox(page, phone, /\/ru\/agencies/);

	await page.getByLabel('What happened', { exact: true }).selectOption('recruiter_deception');
	await page.getByLabel('City').fill('Seoul');
	await page.getByRole('button', { name: 'Open a case' }).click();
	await expect(page.locator('#error-summary')).toContainText("Record the caller's consent.");
	await page.getByLabel('What happened', { exact: true }).selectOption('recruiter_deception');
	await page.getByLabel('City').fill('Seoul');
	await page.locator('#consent').check();
	await page.getByRole('button', { name: 'Open a case' }).click();
	const opened = (await page.getByRole('status').textContent()) ?? '';
	const [, number, code] = opened.match(/Case (SP-\d{4}-\d+) opened\. Read the tracking code to the caller: (\S+)/) ?? [];
	expect(number).toBeTruthy();
	await readOutbox(page, phone, new RegExp(`${number} / ${code}`));
	await page.goto('/staff/hotline');
	await expect(page.locator('table').first()).toContainText(number);

	const other = await browser.newContext({ locale: 'en-GB' });
	const osh = await other.newPage();
	await signInStaff(osh, 'osh@sapar.test');
	expect((await osh.goto(callUrl))?.status()).toBe(404);
	await osh.goto('/staff/hotline');
	await expect(osh.locator('main')).not.toContainText(number);
	await other.close();
});

import { expect, test } from '@playwright/test';
import { expectAccessible, signInMigrant, signInStaff, unique } from './support';

test.use({ locale: 'en-GB' });

const today = () => new Date().toISOString().slice(0, 10);

test('the Bishkek centre refers a returnee, records the outcome and closes the request; the returnee sees it', async ({ browser, page }) => {
	const migrant = await (await browser.newContext({ locale: 'en-GB' })).newPage();
	await signInMigrant(migrant);
	await migrant.goto('/en/account/return');
	await migrant.getByLabel('Date of return').fill(today());
	await migrant.getByLabel('Country you returned from').selectOption('KR');
	await migrant.getByLabel('Region in Kyrgyzstan').selectOption('KG-T'); // Talas: the national centre in Bishkek
	await migrant.getByLabel('Training', { exact: true }).check();
	await migrant.getByRole('button', { name: 'Register', exact: true }).click();
	await expect(migrant.getByRole('status')).toBeVisible();

	await signInStaff(page, 'caseworker@sapar.test');
	await page.getByRole('link', { name: "Returnees' requests" }).click();
	await expectAccessible(page);
	await page.getByRole('link', { name: /^Talas/ }).click();
	await expect(page.locator('main')).toContainText('South Korea');
	await page.getByRole('button', { name: 'Refer', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('Organisation or programme');
	await expectAccessible(page);
	await page.getByLabel('Programme from the catalogue').selectOption({ label: 'Training: Migrant Ishker (vocational skills and self-employment)' });
	await page.getByRole('button', { name: 'Refer', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Saved');
	// Routed, with a deadline: the programme has no organisation of its own, so the centre itself answers for it.
	await expect(page.locator('article')).toContainText('Responsible organisation: ');
	await expect(page.locator('article')).toContainText('Answer due by');
	const requestUrl = page.url();
	await page.getByRole('link', { name: "Returnees' requests" }).click();
	await expect(page.locator('.incoming-referrals')).toContainText('Migrant Ishker');
	await expect(page.locator('.incoming-referrals')).toContainText('Answer due by');
	await expectAccessible(page);
	await page.goto(requestUrl);
	await page.getByLabel('Outcome', { exact: true }).selectOption('accepted');
	await page.getByLabel('Note', { exact: true }).fill('Starts the welding course on Monday');
	await page.getByRole('button', { name: 'Save outcome' }).click();
	await expect(page.locator('article')).toContainText('Accepted');
	await page.getByLabel('Closing note').fill('Referred to training');
	await page.getByRole('button', { name: 'Close the request' }).click();
	await expect(page.locator('main')).toContainText('Closed');
	await expectAccessible(page);
	await page.getByRole('link', { name: "Returnees' requests" }).click();
	await page.getByRole('link', { name: 'Reintegration programmes' }).click();
	await expect(page.getByRole('row', { name: /Migrant Ishker/ })).toContainText('Source: Migration Governance Indicators');
	await expect(page.getByRole('button', { name: 'Add a programme' })).toHaveCount(0);
	await expectAccessible(page);

	const supervisor = await (await browser.newContext({ locale: 'en-GB' })).newPage();
	await signInStaff(supervisor, 'supervisor@sapar.test');
	await supervisor.goto('/staff/returns/programmes');
	await supervisor.getByLabel('Kind of programme').selectOption('legal_aid');
	await supervisor.getByRole('button', { name: 'Add a programme' }).click();
	await expect(supervisor.locator('#error-summary')).toContainText('Name in Kyrgyz');
	const name = unique('Legal clinic', test.info().project.name);
	await supervisor.getByLabel('Name in Kyrgyz').fill(`${name} ky`);
	await supervisor.getByLabel('Name in Russian').fill(`${name} ru`);
	await supervisor.getByLabel('Name in English').fill(name);
	await supervisor.getByLabel('Who runs it').fill('Demo legal clinic, Bishkek');
	await supervisor.getByRole('button', { name: 'Add a programme' }).click();
	await expect(supervisor.getByRole('status')).toHaveText('Saved.');
	await supervisor
		.getByRole('row', { name: new RegExp(name) })
		.getByRole('button', { name: /Switch off/ })
		.click();
	await expect(supervisor.getByRole('row', { name: new RegExp(name) })).toContainText('Switched off');
	await expectAccessible(supervisor);

	await migrant.reload();
	await expect(migrant.locator('main')).toContainText('Training: Migrant Ishker (vocational skills and self-employment)');
	await expect(migrant.locator('main')).toContainText('Accepted');
	await expect(migrant.locator('main')).toContainText('Referred to training');
});

test('a CECA editor builds a course with a quiz, publishes it, and sees its figures', async ({ page }, info) => {
	const slug = unique('course', info.project.name);
	await signInStaff(page, 'editor@sapar.test');
	await page.getByRole('link', { name: 'Courses (editing)' }).click();
	await page.getByRole('link', { name: 'New course' }).click();
	await page.getByLabel('Address (slug)').fill('Not A Slug');
	await page.getByRole('button', { name: 'Create draft' }).click();
	await expect(page.getByRole('alert')).toContainText('Course title (English)');
	await expectAccessible(page);
	await page.getByLabel('Address (slug)').fill(slug);
	for (const [l, t] of [
		['ky', 'Кореяда коопсуз иш'],
		['ru', 'Безопасная работа в Корее'],
		['en', 'Safe work in Korea']
	]) {
		await page.locator(`[name="title.${l}"]`).fill(t);
		await page.locator(`[name="summary.${l}"]`).fill(`${t}: EPS`);
	}
	await page.getByRole('button', { name: 'Create draft' }).click();
	await expect(page.getByRole('status')).toContainText('The draft course was created');

	await page.getByRole('link', { name: 'New module' }).click();
	for (const l of ['ky', 'ru', 'en']) {
		await page.locator(`[name="title.${l}"]`).fill(`Passport ${l}`);
		await page.locator(`[name="body.${l}"]`).fill(`Keep your passport yourself (${l}).`);
		await page.locator(`[name="q0.${l}"]`).fill(`Who keeps your passport? (${l})`);
		await page.locator(`[name="q0_o0.${l}"]`).fill(`The employer (${l})`);
		await page.locator(`[name="q0_o1.${l}"]`).fill(`I do (${l})`);
	}
	await page.getByLabel('Video link (optional, https://)').fill('http://example.org/video');
	await page.getByRole('button', { name: 'Add module' }).click();
	await expect(page.getByRole('alert')).toContainText('https://');
	await expect(page.getByRole('alert')).toContainText('Mark the right answer');
	await expectAccessible(page);
	await page.getByLabel('Video link (optional, https://)').fill('');
	await page.locator('#q0_correct_1').check();
	await page.getByRole('button', { name: 'Add module' }).click();
	await expect(page.locator('main ol')).toContainText('Passport en');
	await page.getByRole('button', { name: 'Publish' }).click();
	await expect(page.locator('main')).toContainText('This course is published');
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Course figures' }).click();
	await expect(page.locator('main dl')).toContainText('Started');
	await expectAccessible(page);
	await page.goto(`/en/training/${slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Safe work in Korea');
});

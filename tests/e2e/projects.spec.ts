import { brotliCompressSync } from 'node:zlib';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible, readOutbox, signInMigrant, signInStaff, unique } from './support';

test.use({ locale: 'en-GB' });

async function compressedBytes(request: APIRequestContext, path: string) {
	const html = await (await request.get(path)).body();
	let bytes = brotliCompressSync(html).length;
	for (const href of html.toString().match(/href="[^"]+\.css"/g) ?? []) bytes += brotliCompressSync(await (await request.get(href.slice(6, -1))).body()).length;
	return bytes;
}

/** The moderator's verify button on the queue item that names `text`. */
async function verifyItem(page: Page, text: string) {
	await page.goto('/staff/projects');
	await page.locator('li', { hasText: text }).locator('form[action="?/verifyProject"], form[action="?/verifyReport"]').locator('button').click();
	await expect(page.getByRole('status')).toContainText('Verified and published.');
}

test('a village administration posts a project, a moderator verifies it and its progress report, a follower is told and the public sees it; axe, 360 px, 14 KB', async ({
	browser,
	page,
	request
}, info) => {
	test.setTimeout(480_000);
	const title = unique('Drinking water for Kochkor', info.project.name);
	const owner = await browser.newContext({ locale: 'en-GB' });
	const ownerPage = await owner.newPage();
	await signInStaff(ownerPage, 'local@sapar.test');
	await ownerPage.goto('/staff/projects');
	await expectAccessible(ownerPage);

	// Bad input: an error summary and field errors, nothing saved.
	await ownerPage.locator('form[action="?/save"] button').click();
	await expect(ownerPage.locator('#error-summary')).toContainText('There is a problem');
	await expect(ownerPage.locator('#title-error')).toBeVisible();
	await expectAccessible(ownerPage);

	const form = ownerPage.locator('form[action="?/save"]');
	await form.getByLabel('Title').fill(title);
	await form.getByLabel('Purpose').fill('A pipe from the spring to the school and 120 homes.');
	await form.getByLabel('Region').selectOption('KG-N');
	await form.getByLabel('District').fill('Kochkor');
	await form.getByLabel('Village or town').fill('Kochkor');
	await form.getByLabel('Budget').fill('1 250 000');
	await form.getByLabel('Starts on').fill('2027-04-01');
	await form.getByLabel('Ends on').fill('2027-10-31');
	await form.getByLabel('Responsible person').fill('Asel Toktogulova');
	await form.getByLabel('Their position').fill('Head of the village administration');
	await form.getByLabel('Official payment route').fill('https://ashar.example/kochkor-water');
	await form.locator('button').click();
	await expect(ownerPage.getByRole('status')).toContainText('once a moderator of another organisation verifies it');
	await expect(ownerPage.locator('li', { hasText: title })).toContainText('Waiting for verification');

	// Not public before a moderator verifies it.
	expect(await (await request.get('/en/projects?region=KG-N')).text()).not.toContain(title);

	const moderator = await browser.newContext({ locale: 'en-GB' });
	const moderatorPage = await moderator.newPage();
	await signInStaff(moderatorPage, 'editor@sapar.test');
	await moderatorPage.goto('/staff/projects');
	await expect(moderatorPage.locator('main')).toContainText(title);
	await expectAccessible(moderatorPage);
	await verifyItem(moderatorPage, title);

	// A migrant follows the published project.
	await page.goto('/en/projects?region=KG-N');
	await page.getByRole('link', { name: title }).click();
	const projectPath = new URL(page.url()).pathname;
	const phone = await signInMigrant(page, 'en');
	await page.goto(projectPath);
	await page.locator('form[action="?/follow"] button').click();
	await expect(page.getByRole('status')).toContainText('You now follow this project.');
	await expectAccessible(page);

	// The owner reports progress; the moderator verifies the report; the follower is told.
	await ownerPage.goto('/staff/projects');
	const report = ownerPage.locator('form[action="?/report"]');
	await report.getByLabel('Project', { exact: true }).selectOption({ label: title });
	await report.getByLabel('Kind of report').selectOption('progress');
	await report.getByLabel('What was done').fill('The pipe is laid to the school.');
	await report.locator('button').click();
	await expect(ownerPage.getByRole('status')).toContainText('Report sent.');
	await verifyItem(moderatorPage, `Report on: ${title}`);
	// In the person's own language (the account's, Kyrgyz unless they chose another), with the link.
	await readOutbox(page, phone, new RegExp(`/projects/${projectPath.split('/').pop()}`));

	// The public, without signing in and without script.
	const visitor = await browser.newContext({ locale: 'en-GB', viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
	const public_ = await visitor.newPage();
	await public_.goto('/en/projects');
	await public_.getByLabel('Region').selectOption('KG-N');
	await public_.locator('form[method="GET"] button').click();
	await expect(public_).toHaveURL(/region=KG-N/);
	await expect(public_.getByRole('link', { name: title })).toBeVisible();
	await expect(public_.locator('main')).toContainText('Tourism in Naryn (example)');
	await expectAccessible(public_);
	await public_.getByRole('link', { name: title }).click();
	await expect(public_.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(public_.locator('main')).toContainText('The pipe is laid to the school.');
	await expect(public_.locator('main')).toContainText('Sapar handles no money');
	await expect(public_.getByRole('link', { name: 'Open the project on the Ashar platform' })).toHaveAttribute('href', 'https://ashar.example/kochkor-water');
	await expect(public_.locator('main')).toContainText('People following: 1');
	await expectAccessible(public_);
	await public_.goto('/ky/projects/batken-dry-rice');
	await expect(public_.locator('main')).toContainText('Булакта көрсөтүлгөн эмес');
	await expectAccessible(public_);

	for (const path of ['/ru/projects', `/ru${projectPath.slice(3)}`]) expect(await compressedBytes(request, path), path).toBeLessThanOrEqual(14 * 1024);
	const api = await (await request.get(`/api/v1/projects?region=KG-N&lang=en`)).json();
	expect(api.data.some((p: { title: string }) => p.title === title)).toBe(true);
	expect((await request.get('/api/v1/projects?region=nowhere')).status()).toBe(400);
	expect(await (await request.get('/sitemap.xml')).text()).toContain(`${projectPath}</loc>`);
	for (const context of [owner, moderator, visitor]) await context.close();
});

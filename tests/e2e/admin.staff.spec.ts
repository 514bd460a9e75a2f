import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { PgBoss } from 'pg-boss';
import { expectAccessible, signInStaff, suiteDatabase } from './support';

test.use({ locale: 'en-GB' });

test('an administrator searches the audit log, pages it, exports the search and verifies the chain; a case worker may not', async ({ page, browser }) => {
	await signInStaff(page, 'admin@sapar.test');
	await page.getByRole('link', { name: 'Audit log' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
	await expect(page.locator('thead')).toContainText('Time (Bishkek, UTC+6)');
	await expectAccessible(page);

	await page.getByLabel('Actor (e-mail or account id)').fill('ADMIN@sapar.test');
	await page.getByLabel('Action', { exact: true }).fill('auth');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/actor=ADMIN%40sapar\.test/);
	const rows = page.locator('tbody tr');
	await expect(rows.first()).toContainText('admin@sapar.test');
	await expect(rows.first()).toContainText('auth.sign_in');
	await expect(page.locator('tbody')).not.toContainText('case.view');

	// A bad date range: the form again with the error, nothing searched.
	await page.goto('/staff/audit?from=2026-03-02&to=2026-03-01');
	await expect(page.locator('.error-summary')).toContainText('The end date must not be before the start date');
	await expect(page.locator('#to-error')).toBeVisible();
	await expectAccessible(page);

	// The search as CSV, formula-safe, without the events' content.
	const csv = await page.request.get('/staff/audit/export.csv?action=auth.sign_in&actor=admin@sapar.test');
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const text = await csv.text();
	expect(text).toContain('auth.sign_in');
	expect(text.split('\n')[0]).toMatch(/^\uFEFF?[^,]+,UTC,/);

	await page.goto('/staff/audit');
	await page.getByRole('button', { name: 'Verify the chain' }).click();
	await expect(page.getByRole('status')).toContainText('The chain is intact');
	await expectAccessible(page);
	await page.goto('/staff/audit?action=audit');
	await expect(page.locator('tbody')).toContainText('audit.verify');
	await expect(page.locator('tbody')).toContainText('audit.search');
	// Pages go back by entry id (fifty a page: proven in audit-search.db.test.ts), with a way back to the newest.
	const newest = Number((await rows.first().locator('.muted').innerText()).replace('#', ''));
	await page.goto(`/staff/audit?action=audit&before=${newest}`);
	await expect(page.getByRole('link', { name: 'Newest entries' })).toHaveAttribute('href', '?action=audit');
	expect(Number((await rows.first().locator('.muted').innerText()).replace('#', ''))).toBeLessThan(newest);
	await expectAccessible(page);

	const context = await browser.newContext();
	const other = await context.newPage();
	await signInStaff(other, 'caseworker@sapar.test');
	await expect(other.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
	expect((await other.goto('/staff/audit'))!.status()).toBe(403);
	expect((await other.request.get('/staff/audit/export.csv')).status()).toBe(403);
	await context.close();
});

test('an administrator sees a failed job in the dead-letter list with its error only, retries one and discards another', async ({ page, browser }) => {
	const queue = `e2e.fail-${randomUUID().slice(0, 8)}`;
	const boss = new PgBoss({ connectionString: suiteDatabase(), schema: 'pgboss', supervise: false, schedule: false, migrate: false });
	await boss.start();
	try {
		await boss.createQueue('dead-letter', { retryLimit: 0 }).catch(() => {});
		await boss.createQueue(queue, { retryLimit: 0, deadLetter: 'dead-letter' });
		// Two jobs fail their only try (the payload names a person: it must never be shown).
		for (let i = 0; i < 2; i++) {
			await boss.send(queue, { phone: '+996555777888' });
			const [job] = await boss.fetch(queue);
			await boss.fail(queue, job.id, { message: 'Error: the SMS gateway refused the message' });
		}

		await signInStaff(page, 'admin@sapar.test');
		await page.getByRole('link', { name: 'Background jobs' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Background jobs');
		const mine = page.locator('tbody tr', { hasText: queue });
		await expect(mine).toHaveCount(3); // two dead jobs and the queue's depth
		await expect(mine.first()).toContainText('Error: the SMS gateway refused the message');
		await expect(page.locator('main')).not.toContainText('555777888');
		await expectAccessible(page);

		await mine.first().getByRole('button', { name: /Retry/ }).click();
		await expect(page.getByRole('status')).toContainText(`The job is back on the queue ${queue}.`);
		await expect(page.locator('tbody tr', { hasText: 'Error: the SMS gateway' }).filter({ hasText: queue })).toHaveCount(1);
		expect((await boss.findJobs(queue, { queued: true })).length).toBe(1);
		await expectAccessible(page);

		await page
			.locator('tbody tr', { hasText: queue })
			.first()
			.getByRole('button', { name: /Discard/ })
			.click();
		await expect(page.getByRole('status')).toContainText('The job was discarded.');
		await expect(page.locator('tbody tr', { hasText: 'Error: the SMS gateway' }).filter({ hasText: queue })).toHaveCount(0);

		const context = await browser.newContext();
		const other = await context.newPage();
		await signInStaff(other, 'supervisor@sapar.test');
		await expect(other.getByRole('link', { name: 'Background jobs' })).toHaveCount(0);
		expect((await other.goto('/staff/jobs'))!.status()).toBe(403);
		await context.close();
	} finally {
		await boss.deleteQueue(queue).catch(() => {});
		await boss.stop({ graceful: false });
	}
});

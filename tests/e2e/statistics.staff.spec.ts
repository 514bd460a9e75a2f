import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { expectAccessible, signInStaff } from './support';

test.use({ locale: 'en-GB' });

// Capability F (issue 13): an analyst filters the dashboard without JavaScript and downloads exactly what is shown.

test('an analyst filters the statistics dashboard by GET parameters and downloads the XLSX of what is shown', async ({ page }) => {
	await signInStaff(page, 'analyst@sapar.test');
	await page.locator('main').getByRole('link', { name: 'Statistics' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistics dashboard');
	await page.getByLabel('What to count').selectOption('returns');
	await page.getByLabel('Rows').selectOption('region');
	await page.getByLabel('Columns').selectOption('sex');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/measure=returns&rows=region&cols=sex/);
	await expect(page.getByRole('heading', { level: 2 })).toContainText('Returns');
	await expectAccessible(page);

	const shown = await page
		.locator('.table-wrap table, main table')
		.last()
		.locator('tr')
		.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download XLSX' }).click()]);
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.readFile(await download.path());
	const sheet = wb.worksheets[0];
	const inFile: string[][] = [];
	sheet.eachRow((row) =>
		inFile.push((row.values as unknown[]).slice(1).map((v) => (typeof v === 'number' ? new Intl.NumberFormat('en-GB').format(v) : String(v ?? ''))))
	);
	expect(inFile).toEqual(shown);
});

test('unknown filter values get a clear message, not an error page', async ({ page }) => {
	await signInStaff(page, 'analyst@sapar.test');
	const response = await page.goto('/staff/statistics?measure=salaries&country=XX&from=2025-13');
	expect(response!.status()).toBe(200);
	await expect(page.getByRole('alert')).toContainText('This value is not one of the choices');
	await expect(page.getByRole('alert')).toContainText('Enter a month as year and month');
	await expectAccessible(page);
	expect((await page.request.get('/staff/statistics/export.csv?measure=salaries')).status()).toBe(400);
});

test('an analyst regenerates the figures and open data on demand, without JavaScript', async ({ page }) => {
	await signInStaff(page, 'analyst@sapar.test');
	await page.goto('/staff/statistics');
	await page.getByRole('button', { name: 'Regenerate now' }).click();
	await expect(page).toHaveURL(/\/staff\/statistics\?regenerated=\d+:\d+$/);
	await expect(page.getByRole('status')).toContainText('Statistics and open data regenerated');
	await expectAccessible(page);
});

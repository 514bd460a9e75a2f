import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectAccessible, signInStaff } from './support';

test.use({ locale: 'ru-RU' });

/** Reloads the batch page until the job has finished. The page also refreshes itself (meta refresh),
 * which can race a reload, so a reload that loses the race is simply tried again. */
async function waitForJob(page: Page) {
	const url = page.url();
	await expect
		.poll(
			async () => {
				try {
					await page.goto(url, { waitUntil: 'load' });
					return (await page.locator('main').textContent()) ?? '';
				} catch {
					return 'Выполняется';
				}
			},
			{ timeout: 60_000, intervals: [500, 1000, 1000, 2000] }
		)
		.not.toMatch(/В очереди|Выполняется/);
}

async function uploadFile(page: Page, file: string) {
	await page.goto('/staff/imports');
	await page.getByLabel('Реестр').selectOption('clients');
	await page.getByLabel('Файл (CSV или XLSX)').setInputFiles(`samples/imports/${file}`);
	await page.getByRole('button', { name: 'Загрузить' }).click();
	await expect(page).toHaveURL(/\/staff\/imports\/[0-9a-f-]{36}$/);
}

test('an officer imports a messy XLSX, fixes the mapping, reads the dry run, commits, re-imports the corrected file and undoes it', async ({ page }) => {
	test.slow(); // seven background jobs and eight accessibility checks on a shared two-core machine
	await signInStaff(page, 'supervisor@sapar.test');
	await page.goto('/staff');
	await page.getByRole('link', { name: 'Импорт реестров' }).click();
	await expectAccessible(page);

	// A broken file gets a message, not an error page.
	await page.getByLabel('Реестр').selectOption('clients');
	await page.getByLabel('Файл (CSV или XLSX)').setInputFiles('samples/imports/broken/protected.xlsx');
	await page.getByRole('button', { name: 'Загрузить' }).click();
	await expect(page.getByRole('alert')).toContainText('защищён паролем');
	await expect(page).toHaveTitle(/^Ошибка|^Error/);

	await uploadFile(page, 'clients-messy.xlsx');
	// The guess placed everything but the "Уюлдук" (mobile) column: map it by hand.
	await expect(page.getByLabel('Телефон', { exact: true })).toHaveValue('');
	await expect(page.getByLabel('ПИН *')).toHaveValue('0');
	await expectAccessible(page);
	await page.getByLabel('Телефон', { exact: true }).selectOption({ label: 'E: Уюлдук' });
	await page.getByRole('button', { name: 'Сохранить и проверить' }).click();
	await waitForJob(page);

	const summary = page.getByRole('region', { name: 'Итог проверки (ничего не записано)' });
	await expect(summary).toContainText('Отклонено');
	await expect(summary.locator('tbody tr')).toHaveText(/9\s*2\s*0\s*0\s*7/);
	const issues = page.getByRole('region', { name: 'Ошибки' });
	await expect(issues).toContainText('неверный номер телефона');
	await expect(issues).toContainText('неизвестная область');
	await expect(issues).toContainText('дата в будущем');
	await expect(issues).toContainText('повтор в файле (как в строке 2)');
	await expect(issues).toContainText('смешаны латинские и кириллические буквы');
	await expect(issues).toContainText('в ячейке формула');
	await expectAccessible(page);

	// The report: the rows as uploaded with an error column.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Скачать отчёт/ }).click()]);
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.readFile(await download.path());
	expect(wb.worksheets[0].getRow(1).values).toContain('Ошибки');
	expect(String(wb.worksheets[0].getRow(3).getCell(12).value)).toContain('Телефон: неверный номер телефона');

	await page.getByRole('button', { name: 'Импортировать' }).click();
	await waitForJob(page);
	await expect(page.getByRole('region', { name: 'Итог импорта' }).locator('tbody tr')).toHaveText(/9\s*2\s*0\s*0\s*7/);

	// The corrected file: six new, the two already there unchanged, no duplicates.
	await uploadFile(page, 'clients-corrected.xlsx');
	const correctedUrl = page.url();
	await page.getByLabel('Телефон', { exact: true }).selectOption({ label: 'E: Уюлдук' });
	await page.getByRole('button', { name: 'Сохранить и проверить' }).click();
	await waitForJob(page);
	await expect(page.getByRole('region', { name: 'Итог проверки (ничего не записано)' }).locator('tbody tr')).toHaveText(/8\s*6\s*0\s*2\s*0/);
	await page.getByRole('button', { name: 'Импортировать' }).click();
	await waitForJob(page);
	await expect(page.getByRole('region', { name: 'Итог импорта' }).locator('tbody tr')).toHaveText(/8\s*6\s*0\s*2\s*0/);

	await page.goto('/staff/clients');
	await expect(page.getByText('Всего: 8')).toBeVisible();
	await expectAccessible(page);

	// Undo the corrected batch: its six records go, the first batch's two stay.
	await page.goto(correctedUrl);
	await page.getByRole('button', { name: 'Отменить импорт' }).click();
	await waitForJob(page);
	await expect(page.getByRole('status')).toContainText('удалено 6, восстановлено 0, оставлено 0');
	await expectAccessible(page);
	await page.goto('/staff/clients');
	await expect(page.getByText('Всего: 2')).toBeVisible();

	await page.goto('/staff/imports');
	await expect(page.getByRole('region', { name: 'Прошлые импорты' })).toContainText('Отменён');
});

test('an upload over the size limit gets a 413 with a message', async ({ page }) => {
	await signInStaff(page, 'supervisor@sapar.test');
	await page.goto('/staff/imports');
	const big = Buffer.alloc(3 * 1024 * 1024, 'a');
	await page.getByLabel('Файл (CSV или XLSX)').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: big });
	const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Загрузить' }).click()]);
	expect(response.status()).toBe(413);
	await expect(page.getByRole('alert')).toContainText('Файл слишком большой');
});

import { expect, test } from '@playwright/test';
import { expectAccessible, signInMigrant } from './support';

test('a migrant passes the course and anyone can verify the certificate', async ({ page, request }) => {
	const { COURSES } = await import('../../src/lib/server/training/data/course');
	const course = COURSES[0];
	await signInMigrant(page);
	await page.goto(`/en/training/${course.slug}`);
	await expectAccessible(page);
	for (let i = 0; i < course.modules.length; i++) {
		await page.goto(`/en/training/${course.slug}/${i + 1}`);
		if (i === 0) {
			await page.getByRole('button', { name: 'Check my answers' }).click();
			await expect(page.getByRole('alert')).toContainText('Choose an answer');
			await expectAccessible(page);
		}
		for (const [q, question] of course.modules[i].quiz.entries()) await page.locator(`#q${q}-${question.correct}`).check();
		await page.getByRole('button', { name: 'Check my answers' }).click();
		if (i < course.modules.length - 1) await expect(page.getByRole('status')).toContainText('All correct');
	}
	await expect(page).toHaveURL(/\/en\/account\/certificates\?new=SAP-/);
	await expectAccessible(page);
	const code = (await page.locator('.code').first().textContent())!.trim();
	await page.goto('/ky/certificates');
	await page.getByLabel('Сертификаттын коду').fill(code.toLowerCase());
	await page.getByRole('button', { name: 'Текшерүү' }).click();
	await expect(page.getByRole('status')).toHaveText('Бул сертификат чыныгы.');
	await expectAccessible(page);
	const api = await (await request.get(`/api/v1/certificates/${code}?lang=en`)).json();
	expect(api).toMatchObject({ code, valid: true, course: course.title.en });
	expect((await request.get('/api/v1/certificates/SAP-0000-0000')).status()).toBe(404);
});

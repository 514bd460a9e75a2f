import { expect, test } from '@playwright/test';
import { expectAccessible, readOutbox, uniquePhone } from './support';

test('a migrant signs in with a phone number and an SMS code', async ({ page }) => {
	const phone = uniquePhone();
	await page.goto('/ky');
	await page.getByRole('link', { name: 'Телефон номери менен кирүү' }).first().click();
	await expect(page).toHaveURL(/\/ky\/sign-in$/);
	await expectAccessible(page);

	// Local format is accepted and normalised.
	await page.getByLabel('Телефон номери').fill(phone.replace('+996', '0'));
	await page.getByRole('button', { name: 'Код жөнөтүү' }).click();
	await expect(page).toHaveURL(/phone=%2B996/);
	await expectAccessible(page);

	const [, code] = await readOutbox(page, phone, /кирүү коду (\d{6})/);
	await page.getByLabel('SMS коду').fill(code);
	await page.getByRole('button', { name: 'Кирүү', exact: true }).click();
	await expect(page).toHaveURL(/\/ky\/account$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Менин профилим');
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Чыгуу' }).click();
	await expect(page).toHaveURL(/\/ky$/);
	await page.goto('/ky/account');
	await expect(page).toHaveURL(/\/ky\/sign-in$/);
});

test('bad phone numbers and wrong codes get clear messages and change nothing', async ({ page }) => {
	await page.goto('/en/sign-in');
	await page.getByLabel('Phone number').fill('12345');
	await page.getByRole('button', { name: 'Send code' }).click();
	await expect(page).toHaveTitle(/^Error: /);
	const summary = page.getByRole('alert');
	await expect(summary).toContainText('There is a problem');
	await expect(summary.getByRole('link')).toHaveAttribute('href', '#phone');
	await expect(page.locator('#phone-error')).toContainText('Enter a phone number like');
	await expect(page.getByLabel('Phone number')).toHaveValue('12345');
	await expectAccessible(page);

	const phone = uniquePhone();
	await page.getByLabel('Phone number').fill(phone);
	await page.getByRole('button', { name: 'Send code' }).click();
	await readOutbox(page, phone, /code is (\d{6})/);
	await page.getByLabel('Code from the SMS').fill('abc');
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(page.locator('#code-error')).toHaveText('The code must be 6 digits');
	await page.getByLabel('Code from the SMS').fill('000000');
	await page.getByRole('button', { name: 'Sign in', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('The code is wrong or has expired');
	await expectAccessible(page);
});

test('a phone number gets no more than three codes an hour', async ({ page }) => {
	const phone = uniquePhone();
	await page.goto('/ru/sign-in');
	for (let i = 0; i < 3; i++) {
		await page.goto('/ru/sign-in');
		await page.getByLabel('Номер телефона').fill(phone);
		await page.getByRole('button', { name: 'Отправить код' }).click();
		await expect(page).toHaveURL(/phone=/);
	}
	await page.goto('/ru/sign-in');
	await page.getByLabel('Номер телефона').fill(phone);
	await page.getByRole('button', { name: 'Отправить код' }).click();
	await expect(page.getByRole('alert')).toContainText('Слишком много попыток');
});

test('too many wrong codes: the page says until when and offers other ways in (issues 15 and 16)', async ({ page }) => {
	const phone = uniquePhone();
	await page.goto(`/ru/sign-in?phone=${encodeURIComponent(phone)}`);
	for (let i = 0; i < 6; i++) {
		await page.getByLabel('Код из SMS').fill('000000');
		await page.getByRole('button', { name: 'Войти', exact: true }).click();
	}
	await expect(page.getByRole('alert')).toBeVisible();
	await expect(page.locator('#wait')).toContainText(/после \d{1,2}:\d{2} \(время Бишкека\)/);
	await expect(page.locator('#wait').getByRole('link', { name: 'Обратиться за помощью' })).toHaveAttribute('href', '/ru/help/request');
	await expectAccessible(page);
});

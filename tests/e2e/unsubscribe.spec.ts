import { expect, test } from '@playwright/test';
import { unsubscribeToken } from '../../src/lib/server/channels/unsubscribe';
import { expectAccessible } from './support';

// The server and this test share AUTH_SECRET (the development value), so the test can make a real link.
test('the unsubscribe link in an e-mail asks, then stops e-mails, without signing in', async ({ page }) => {
	const token = unsubscribeToken(`reader.${Date.now()}@example.kg`);
	await page.goto(`/ky/unsubscribe/${token}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Sapar'дан кат алууну токтотуу");
	await expect(page.getByText(/r•••\d@example\.kg/)).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Кат алууну токтотуу' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Мындан ары кат келбейт');
	await expectAccessible(page);
	await page.goto(`/ru/unsubscribe/${token}`); // already done: says so, offers nothing to press
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Письма больше не придут');
	await expect(page.getByRole('button', { name: 'Отписаться' })).toHaveCount(0);
});

test('a mail provider’s one-click POST works without an Origin; a broken link says so', async ({ page, request }) => {
	const token = unsubscribeToken(`oneclick.${Date.now()}@example.kg`);
	const response = await request.post(`/en/unsubscribe/${token}`, { form: { 'List-Unsubscribe': 'One-Click' } });
	expect(response.status()).toBe(200);
	await page.goto(`/en/unsubscribe/${token}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You will get no more e-mails');
	await page.goto(`/en/unsubscribe/${token.slice(0, -6)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
	await expectAccessible(page);
});

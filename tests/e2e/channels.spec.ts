import { expect, test } from '@playwright/test';
import { expectAccessible, signInMigrant } from './support';

test('a migrant sets how Sapar reaches them: order, safe time, SMS off and on, a Telegram code', async ({ page }) => {
	await signInMigrant(page);
	await page.getByRole('link', { name: 'Messages' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Messages');
	await expectAccessible(page);

	// Order: SMS up above Telegram.
	await page.getByRole('button', { name: /^Move up\s*: SMS$/ }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await expect(page.locator('ol.directory h3').first()).toHaveText('SMS');

	// Safe time: a window without its start is explained, then saved.
	await page.getByLabel('Only between').check();
	await page.getByLabel('To', { exact: true }).selectOption('20:00');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveTitle(/^Error: /);
	await expect(page.getByRole('alert').getByRole('link')).toHaveAttribute('href', '#from');
	await expect(page.getByLabel('To', { exact: true })).toHaveValue('20:00');
	await expectAccessible(page);
	await page.getByLabel('From', { exact: true }).selectOption('09:00');
	await page.getByLabel('Your time zone').selectOption('Europe/Moscow');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await expect(page.getByLabel('From', { exact: true })).toHaveValue('09:00');
	await expect(page.getByLabel('Your time zone')).toHaveValue('Europe/Moscow');

	// SMS off, and back on.
	await page.getByRole('button', { name: /^Turn off\s*: SMS$/ }).click();
	await expect(page.getByText('Off (you turned it off)')).toBeVisible();
	await page.getByRole('button', { name: /^Turn back on\s*: SMS$/ }).click();
	await expect(page.getByRole('button', { name: /^Turn off\s*: SMS$/ })).toBeVisible();

	// Telegram: a one-time code to send to the bot.
	await page.getByRole('button', { name: 'Get a code' }).click();
	await expect(page.getByText(/^Your code: [A-Z2-9]{8}$/)).toBeVisible();
	await expect(page.getByText(/send: \/start [A-Z2-9]{8}/)).toBeVisible();
	await expectAccessible(page);
});

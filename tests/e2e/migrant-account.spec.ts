import { expect, test } from '@playwright/test';
import { expectAccessible, signInMigrant, signInStaff } from './support';

test('a migrant fills in the profile, prepares for Korea and manages consents', async ({ page }) => {
	await signInMigrant(page);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'My profile' }).click();
	await expectAccessible(page);

	await page.getByLabel('Date of birth').fill('2030-01-01');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter a value');
	await expect(page.locator('#birthDate-error')).toHaveText('This date is in the future');
	await expectAccessible(page);

	await page.getByLabel('Name').fill('Айбек Асанов');
	await page.getByLabel('Date of birth').fill('1995-04-21');
	await page.getByLabel('Sex').selectOption('male');
	await page.getByLabel('Where you are from (region or city)').selectOption('KG-O');
	await page.getByLabel('Kyrgyz', { exact: true }).check();
	await page.getByLabel('South Korea').check();
	await page.locator('#skill-7').check();
	await page.locator('#years_7').fill('3');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page).toHaveURL(/\/en\/account\?saved=profile$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
	await expect(page.locator('.lead')).toContainText('Айбек Асанов');

	await page.getByRole('link', { name: 'South Korea' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('South Korea');
	await expectAccessible(page);
	await page.locator('#language_test button').click();
	await expect(page.locator('#language_test')).toHaveClass(/done/);
	await expect(page.locator('label[for=progress]')).toContainText('Done: 1 of');

	await page.goto('/en/account/consents');
	await expectAccessible(page);
	await page.getByRole('button', { name: /Give consent.*SMS reminders/ }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await page.getByRole('button', { name: /Withdraw consent.*SMS reminders/ }).click();
	await expect(page.locator('.directory li').filter({ hasText: 'SMS reminders' })).toContainText('last withdrawn on');

	const me = await (await page.request.get('/api/v1/me/profile')).json();
	expect(me.fullName).toBe('Айбек Асанов');
	const checklist = await (await page.request.get('/api/v1/me/checklist/kr?lang=ru')).json();
	expect(checklist.done).toBe(1);
});

test('account pages and the own-data API need a signed-in migrant', async ({ page, request }) => {
	await page.goto('/ky/account/profile');
	await expect(page).toHaveURL(/\/ky\/sign-in$/);
	expect((await request.get('/api/v1/me/profile')).status()).toBe(401);
	expect((await request.put('/api/v1/me/profile', { data: { fullName: 'x' } })).status()).toBe(401);
});

test('a migrant downloads their data and deletes it', async ({ page }) => {
	await signInMigrant(page, 'ru');
	await page.goto('/ru/account/data');
	await expectAccessible(page);
	// The retention rules, in the person's language (issue 15, privacy).
	await expect(page.getByRole('heading', { name: 'Сколько Sapar хранит ваши данные' })).toBeVisible();
	await expect(page.locator('#retention + p + ul li').first()).toContainText('через 365 дн. после закрытия');
	const exported = await (await page.request.get('/api/v1/me/export')).json();
	expect(exported.account.phoneNumber).toMatch(/^\+996/);
	await page.getByRole('button', { name: 'Удалить навсегда' }).click();
	await expect(page.getByRole('alert')).toContainText('Отметьте флажок');
	await page.getByLabel('Я понимаю, что мои данные будут удалены').check();
	await page.getByRole('button', { name: 'Удалить навсегда' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ваши данные удалены');
	await expectAccessible(page);
	await page.goto('/ru/account');
	await expect(page).toHaveURL(/\/ru\/sign-in$/);
});

test('a migrant registers with the consulate and the Moscow consular officer confirms it', async ({ page, browser }, info) => {
	await signInMigrant(page);
	await page.goto('/en/account/registration');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Send registration' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectAccessible(page);
	const city = `Moscow ${info.project.name} ${Date.now()}`;
	await page.getByLabel('Embassy or consulate').selectOption({ label: 'Russia — Embassy of the Kyrgyz Republic in the Russian Federation' });
	await page.getByLabel('City', { exact: true }).fill(city);
	await page.getByLabel('Address').fill('Tverskaya 1');
	await page.getByLabel('Date of arrival').fill(new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10));
	await page.getByLabel('How many months you will stay').fill('12');
	await page.getByRole('button', { name: 'Send registration' }).click();
	await expect(page.getByRole('status')).toContainText('Registration sent');
	await expect(page.locator('.directory li').first()).toContainText('deadline:');

	const context = await browser.newContext({ javaScriptEnabled: info.project.name === 'js', locale: 'en-GB', viewport: { width: 360, height: 740 } });
	const officer = await context.newPage();
	await signInStaff(officer, 'consul.moscow@sapar.test');
	await officer.getByRole('link', { name: 'Consular registrations' }).click();
	await expectAccessible(officer);
	const row = officer.locator('tr', { hasText: city });
	await row.getByRole('button').click();
	await expect(officer.getByRole('status')).toHaveText('Registration confirmed.');
	const csv = await officer.request.get('/staff/registrations/export.csv');
	expect(csv.headers()['content-type']).toContain('text/csv');
	expect(await csv.text()).toContain(city);
	await context.close();

	await page.reload();
	await expect(page.locator('.directory li', { hasText: city })).toContainText('Confirmed by the consulate');

	// The same, as the API gives it to the person (issue 16): labelled, and only to them.
	const mine = (await (await page.request.get('/api/v1/me/registrations?lang=en')).json()) as {
		data: { city: string; status: { code: string; label: string } }[];
	};
	expect(mine.data.find((r) => r.city === city)?.status).toEqual({ code: 'confirmed', label: 'Confirmed by the consulate' });
	expect((await browser.newContext().then((c) => c.request.get('/api/v1/me/registrations'))).status()).toBe(401);

	// "I have come home" asks first; going back changes nothing, only the confirmation does.
	await page.locator('.directory li', { hasText: city }).getByRole('link', { name: 'I have come home' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Have you come home?');
	await expectAccessible(page);
	await page.getByRole('link', { name: 'No, go back' }).click();
	await expect(page.locator('.directory li', { hasText: city })).toContainText('Confirmed by the consulate');
	await page.locator('.directory li', { hasText: city }).getByRole('link', { name: 'I have come home' }).click();
	await page.getByRole('button', { name: 'Yes, I have come home' }).click();
	await expect(page.getByRole('status')).toContainText('The registration is closed');
	await expect(page.locator('.directory li', { hasText: city })).toContainText('Came home');
	await expect(page.locator('.directory li', { hasText: city }).getByRole('link', { name: 'I have come home' })).toHaveCount(0);
});

test('anyone can check an offer and sees the red flags with what to do', async ({ page }) => {
	await page.goto('/en/contract-check');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Country').selectOption('GB');
	await page.getByLabel('Wage (amount)').fill('9');
	await page.getByLabel('Currency').selectOption('GBP');
	await page.getByLabel('Paid per').selectOption('hour');
	await page.getByLabel('Hours per week').fill('70');
	await page.getByLabel('Fees you paid to get the job').fill('300');
	await page.getByLabel('Who keeps your passport').selectOption('employer');
	await page.getByLabel('Do you have a copy of the contract in a language you read').selectOption('no');
	await page.getByLabel('Recruitment agency (optional)').fill('tez jumush'); // its licence was revoked
	await page.getByRole('button', { name: 'Check' }).click();
	const result = page.getByRole('status');
	await expect(result).toContainText('Warning signs found: 6');
	await expect(result).toContainText('No valid licence was found for the agency “tez jumush”');
	await expect(result).toContainText('You paid 300 GBP for the job.');
	await expect(result).toContainText('below the legal minimum');
	await expectAccessible(page);
});

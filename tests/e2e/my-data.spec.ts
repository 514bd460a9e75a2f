import { expect, test } from '@playwright/test';
import { expectAccessible, signInMigrant } from './support';

/** Issue 16: "My data" in words, not codes; the destination picker in the order people go; no dev or seed internals. */

const CODES = [
	/\b[a-z]+(?:_[a-z]+)*\.[a-z]+(?:_[a-z]+)*\b/, // audit actions such as profile.update
	/\b(?:ngo_contact|employment_centre|in_progress|unpaid_wages)\b/, // consent, status and type codes
	/\b(?:RU|KR|KZ)\b/, // country codes
	/\b(?:ky|ru|en)\b(?:, )/, // language codes in a list
	/\d{4}-\d{2}-\d{2}/, // ISO dates
	/seed \d{3}/i
];

test('my data shows labels in ky, ru and en, never internal codes', async ({ page }) => {
	await signInMigrant(page);
	const saved = await page.request.put('/api/v1/me/profile', {
		data: { fullName: 'Айгүл Асанова', birthDate: '1994-03-08', languages: ['ky', 'ru'], desiredCountries: ['RU', 'KR'], skills: [] }
	});
	expect(saved.status()).toBe(200);
	await page.goto('/en/account/consents');
	await page.getByRole('button', { name: /Give consent.*SMS reminders/ }).click();
	await page.goto('/en/account/registration');
	await page.getByLabel('Embassy or consulate').selectOption({ label: 'Türkiye — Consulate General of the Kyrgyz Republic in Istanbul' });
	await page.getByLabel('City', { exact: true }).fill('Istanbul');
	await page.getByLabel('Address').fill('Laleli 5');
	await page.getByLabel('Date of arrival').fill(new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10));
	await page.getByLabel('How many months you will stay').fill('6');
	await page.getByRole('button', { name: 'Send registration' }).click();
	await expect(page.getByRole('status')).toContainText('Registration sent');

	for (const [lang, words] of [
		['ky', ['Россия', 'Түштүк Корея', 'кыргызча', 'Консулдук каттоо']],
		['ru', ['Россия', 'Республика Корея', 'русский', 'Консульский учёт']],
		['en', ['Russia', 'South Korea', 'Kyrgyz', 'Consular registration', 'March 8, 1994']]
	] as const) {
		await page.goto(`/${lang}/account/data`);
		const text = await page.locator('main').innerText();
		for (const code of CODES) expect(text, `${lang}: ${code}`).not.toMatch(code);
		// on a Kyrgyz or Russian page, an English status word is a code left untranslated
		if (lang !== 'en') expect(text).not.toMatch(/\b(?:submitted|confirmed|moved|returned|reminders|profile|consent)\b/);
		for (const word of words) expect(text, lang).toContain(word);
		// no developer tools outside development
		expect(await page.locator('a[href^="/dev/"]').count()).toBe(0);
	}
	await expectAccessible(page);
});

test('the destination picker: where people go first, then the rest in the reader’s alphabet, without Kyrgyzstan', async ({ page }) => {
	await page.goto('/ru/contract-check');
	const groups = page.locator('select#country optgroup');
	await expect(groups).toHaveCount(2);
	await expect(groups.first()).toHaveAttribute('label', 'Куда едут чаще всего');
	await expect(groups.first().locator('option').first()).toHaveText('Россия');
	await expect(page.locator('select#country option', { hasText: 'Киргизия' })).toHaveCount(0);

	await page.goto('/ky/employers/report');
	const main = page.locator('select#countryIso2 optgroup').first();
	await expect(main).toHaveAttribute('label', 'Көпчүлүк барган өлкөлөр');
	expect(await main.locator('option').allInnerTexts()).toEqual([
		'Россия',
		'Казакстан',
		'Түштүк Корея',
		'Түркия',
		'Улуу Британия',
		'Германия',
		'Бириккен Араб Эмираттары',
		'Кошмо Штаттар',
		'Жапония'
	]);
	const rest = await page.locator('select#countryIso2 optgroup').nth(1).locator('option').allInnerTexts();
	expect(rest).toEqual([...rest].sort(new Intl.Collator('ky').compare));
	expect(rest).not.toContain('Кыргызстан');
	await expectAccessible(page);
});

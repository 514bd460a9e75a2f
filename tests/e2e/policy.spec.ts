import { expect, test } from '@playwright/test';
import { expectAccessible } from './support';

// Capability F (issue 13): the MGI tracker and the action plan, read by a visitor on a 360 px phone.

const INDICATORS = {
	ky: { link: 'Башкаруу индикаторлору', title: 'Миграцияны башкаруу индикаторлору', domain: 'Эл аралык стандарттарды сактоо жана мигранттардын укуктарын камсыз кылуу', well: 'Жакшы өнүккөн тармактар', law: 'Мыйзамдар' },
	ru: { link: 'Индикаторы управления', title: 'Индикаторы управления миграцией', domain: 'Соблюдение международных стандартов и обеспечение прав мигрантов', well: 'Хорошо развитые области', law: 'Законы' },
	en: { link: 'Governance indicators', title: 'Migration governance indicators', domain: "Adherence to international standards and fulfilment of migrants' rights", well: 'Well-developed areas', law: 'Laws' }
} as const;

for (const [lang, t] of Object.entries(INDICATORS)) {
	test(`a visitor reads the governance indicators in ${lang}`, async ({ page }) => {
		await page.goto(`/${lang}`);
		await page.getByRole('link', { name: t.link }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
		await expectAccessible(page);
		await page.getByRole('link', { name: t.domain }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.domain);
		await expect(page.getByRole('heading', { level: 3, name: t.well }).first()).toBeVisible();
		await expect(page.locator('main')).toContainText(t.law);
		await expectAccessible(page);
		// a finding links to the law it rests on, in the library
		await page.locator('main a[href*="/laws/law-foreign-nationals-1993"]').first().click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/laws/law-foreign-nationals-1993$`));
	});
}

test('an unknown domain is a 404, not an error', async ({ page }) => {
	expect((await page.goto('/en/indicators/nope'))!.status()).toBe(404);
});

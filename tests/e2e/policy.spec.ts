import { expect, test } from '@playwright/test';
import { expectAccessible, signInStaff } from './support';

// Capability F (issue 13): the MGI tracker and the action plan, read by a visitor on a 360 px phone.

const INDICATORS = {
	ky: {
		link: 'Башкаруу индикаторлору',
		title: 'Миграцияны башкаруу индикаторлору',
		domain: 'Эл аралык стандарттарды сактоо жана мигранттардын укуктарын камсыз кылуу',
		well: 'Жакшы өнүккөн тармактар',
		law: 'Мыйзамдар',
		since: 'Мурунку баалоодон бери болгон өзгөрүүлөр'
	},
	ru: {
		link: 'Индикаторы управления',
		title: 'Индикаторы управления миграцией',
		domain: 'Соблюдение международных стандартов и обеспечение прав мигрантов',
		well: 'Хорошо развитые области',
		law: 'Законы',
		since: 'Изменения после предыдущей оценки'
	},
	en: {
		link: 'Governance indicators',
		title: 'Migration governance indicators',
		domain: "Adherence to international standards and fulfilment of migrants' rights",
		well: 'Well-developed areas',
		law: 'Laws',
		since: 'Changes since the previous assessment'
	}
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
		await expect(page.getByRole('heading', { level: 3, name: t.since })).toBeVisible();
		await expect(page.locator('main')).toContainText(t.law);
		await expectAccessible(page);
		// a finding points to the action-plan task that answers it
		const task = page.locator('main a[href$="/action-plan#task-pension-portability"]');
		await expect(task).toHaveCount(1);
		// a finding links to the law it rests on, in the library
		await page.locator('main a[href*="/laws/law-foreign-nationals-1993"]').first().click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/laws/law-foreign-nationals-1993$`));
	});
}

test('an unknown domain is a 404, not an error', async ({ page }) => {
	expect((await page.goto('/en/indicators/nope'))!.status()).toBe(404);
});

const PLAN = {
	ky: { link: 'Аракеттер планы', title: 'Миграция саясаты боюнча аракеттер планы', overdue: 'Мөөнөтү өттү', byBody: 'Жооптуу органдар боюнча жүрүшү' },
	ru: { link: 'План действий', title: 'План действий по миграционной политике', overdue: 'Просрочено', byBody: 'Ход работы по ответственным органам' },
	en: { link: 'Action plan', title: 'Action plan on migration policy', overdue: 'Overdue', byBody: 'Progress by responsible body' }
} as const;

for (const [lang, t] of Object.entries(PLAN)) {
	test(`a visitor reads the action plan in ${lang}: overdue tasks stand out, progress by goal and body, a download`, async ({ page }) => {
		await page.goto(`/${lang}`);
		await page.getByRole('link', { name: t.link, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
		await expect(page.locator('li.overdue').first()).toContainText(t.overdue);
		await expect(page.getByRole('region', { name: t.byBody })).toBeVisible();
		await expect(page.locator('svg[role=img]')).toHaveCount(2);
		await expectAccessible(page);
		const csv = await page.request.get(`/${lang}/action-plan/export.csv`);
		expect(csv.headers()['content-type']).toContain('text/csv');
		expect(await csv.text()).toContain(t.overdue);
	});
}

test.describe('staff', () => {
	test.use({ locale: 'en-GB' });

	test('an editor records progress on an indicator and updates the ministry’s own action-plan task; the public pages show both', async ({ page }) => {
		await signInStaff(page, 'policy@sapar.test');
		await page.getByRole('link', { name: 'Governance indicators: progress' }).click();
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Access to education' }).click();
		await page.getByRole('button', { name: 'Record progress' }).click();
		await expect(page.getByRole('alert')).toContainText('What changed, in Kyrgyz');
		await expect(page).toHaveTitle(/^Error: /);
		await expectAccessible(page);

		await page.getByLabel('Status').selectOption('in_progress');
		await page.getByLabel('What changed, in Kyrgyz').fill('Мигранттардын балдары үчүн мектепке кабыл алуу жеңилдетилди');
		await page.getByLabel('What changed, in Russian').fill('Упрощён приём детей мигрантов в школы');
		await page.getByLabel('What changed, in English').fill("Enrolling migrants' children in school was made simpler");
		await page.getByLabel('Date of the evidence').fill('2026-09-01');
		await page.getByLabel('Link to the evidence (optional)').fill('https://example.org/order-12');
		await page.getByRole('button', { name: 'Record progress' }).click();
		await expect(page.getByRole('status')).toHaveText('Progress recorded.');
		await expect(page.locator('main ol')).toContainText("Enrolling migrants' children in school was made simpler");
		await expectAccessible(page);

		await page.goto('/ru/indicators/migrants-rights');
		await expect(page.getByRole('row', { name: /Доступ к образованию/ })).toContainText('Упрощён приём детей мигрантов в школы');

		// The same editor works for the ministry, the responsible body of some action-plan tasks.
		await page.goto('/staff');
		await page.getByRole('link', { name: 'Action plan: our tasks' }).click();
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Require the employment contract to be translated into the migrant’s mother tongue' }).click();
		await page.getByRole('button', { name: 'Save the status' }).click();
		await expect(page.getByRole('alert')).toContainText('What was done');
		await page.getByLabel('Status').selectOption('done');
		await page.getByLabel('What was done').fill('Order on contract translation signed');
		await page.getByRole('button', { name: 'Save the status' }).click();
		await expect(page.getByRole('status')).toHaveText('Saved.');
		await page.getByLabel('Link to the document or page').fill('https://example.org/order-contracts');
		await page.getByLabel('Title of the document').fill('Ministry order on contracts');
		await page.getByRole('button', { name: 'Add evidence' }).click();
		await expect(page.locator('main')).toContainText('Order on contract translation signed');
		await expectAccessible(page);
		await page.goto('/en/action-plan');
		const task = page.locator('li', { hasText: 'Require the employment contract to be translated' });
		await expect(task).toContainText('Done');
		await expect(task.getByRole('link', { name: 'Ministry order on contracts' })).toBeVisible();
	});
});

import { expect, test } from '@playwright/test';
import { expectAccessible, readOutbox, signInMigrant, signInStaff, unique } from './support';

test.use({ locale: 'en-GB' });

test('anyone checks an agency by name in Latin letters, by licence number, and hears plainly when none is licensed', async ({ page, request }) => {
	await page.goto('/en/agencies');
	await expectAccessible(page);
	await page.getByLabel('Agency name, licence number or tax number').fill('ak jol kadr');
	await page.getByRole('button', { name: 'Search' }).click();
	const hit = page.locator('.results li').filter({ hasText: 'Demo Ak Jol Kadr' });
	await expect(hit).toContainText('Licence suspended until');
	await expectAccessible(page);
	await hit.getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Demo Ak Jol Kadr');
	await expect(page.locator('main')).toContainText('workers charged placement fees');
	await expectAccessible(page);

	await page.goto('/ru/agencies?q=%D0%9B%D0%90-2025-014'); // ЛА-2025-014, typed in Cyrillic
	await expect(page.locator('.results')).toContainText('Лицензия отозвана');
	await page.goto('/en/agencies?q=Quick+Jobs+Abroad+Ltd');
	await expect(page.getByRole('status')).toContainText('No licence was found for “Quick Jobs Abroad Ltd”');
	await expect(page.getByRole('status')).toContainText('not in the state register');
	await expectAccessible(page);

	const api = await (await request.get('/api/v1/agencies?q=la-2026-001')).json();
	expect(api.data[0]).toMatchObject({ status: 'valid', licenceNumber: 'ЛА-2026-001', countries: ['GB', 'KR', 'KZ', 'RU'] });
	const one = await request.get(`/api/v1/agencies/${encodeURIComponent('ЛА-2025-014')}`);
	expect((await one.json()).status).toBe('revoked');
	expect((await request.get('/api/v1/agencies/NO-SUCH-1')).status()).toBe(404);
	expect((await request.get('/api/v1/agencies')).status()).toBe(400);

	const eps = await (await request.get('/api/v1/vacancies?country=kr&sector=manufacturing')).json();
	expect(eps.data.some((v: { programme: string }) => v.programme === 'eps_korea')).toBe(true);
	const suspended = await (await request.get('/api/v1/vacancies?q=warehouse')).json();
	expect(suspended.data).toEqual([]); // its agency's licence is suspended
	expect((await request.get('/api/v1/vacancies?sector=mining')).status()).toBe(400);
});

test('a licensing officer registers an agency, licenses it, suspends it (the public sees it) and reminds expiring licences', async ({ page }, info) => {
	const name = unique('Agency', info.project.name);
	const tax = String(Date.now()).padStart(14, '9').slice(-14);
	await signInStaff(page, 'licensing@sapar.test');
	await page.getByRole('link', { name: 'Register of recruitment agencies' }).click();
	await expect(page.locator('#expiring-title + ul')).toContainText('Demo Sapar Travel');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Send reminders now' }).click();
	await expect(page.getByRole('status')).toContainText('Reminders sent to agencies');
	await readOutbox(page, 'demo-agency-expiring@sapar.test', /ЛА-2025-031/);

	await page.getByRole('button', { name: 'Register agency' }).click();
	await expect(page.locator('#taxNumber-error')).toHaveText('The tax number (INN) has 14 digits');
	await expectAccessible(page);
	await page.getByLabel('Agency name', { exact: true }).fill(name);
	await page.getByLabel('Tax number (INN)').fill(tax);
	await page.getByLabel('Address', { exact: true }).fill('Бишкек, Манас 10');
	await page.getByLabel('Email address').fill(`${tax}@example.kg`);
	await page.getByRole('button', { name: 'Register agency' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(page.locator('main')).toContainText('Never licensed');

	const number = `LA-${tax.slice(-6)}`;
	await page.getByLabel('Licence number', { exact: true }).fill(number);
	await page.getByLabel('Issued on').fill(new Date().toISOString().slice(0, 10));
	await page.getByLabel('Russia', { exact: true }).check();
	await page.getByLabel('Deposit or guarantee').fill('250000');
	await page.getByRole('button', { name: 'Issue a licence' }).click();
	await expect(page.getByRole('status')).toHaveText('The licence is issued.');
	await expect(page.locator('main')).toContainText('Licence valid until');
	await expectAccessible(page);

	await page.locator('#suspendReason').fill('Inspection found fees charged to workers');
	await page.getByRole('button', { name: 'Suspend the licence' }).click();
	await expect(page.locator('#until-error')).toHaveText('Enter a value');
	const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
	await page.locator('#suspendReason').fill('Inspection found fees charged to workers');
	await page.getByLabel('Suspended until').fill(until);
	await page.getByRole('button', { name: 'Suspend the licence' }).click();
	await expect(page.getByRole('status')).toContainText('The licence is suspended');

	await page.goto(`/en/agencies?q=${encodeURIComponent(number)}`);
	await expect(page.locator('.results')).toContainText('Licence suspended until');
	await page.locator('.results a').first().click();
	await expect(page.locator('main')).toContainText('Inspection found fees charged to workers');
});

test('an agency posts a vacancy, a migrant applies and is placed (told by SMS), reviews the agency, and the published review shows on its page', async ({
	page,
	browser
}, info) => {
	test.setTimeout(360_000); // the longest story: two people, three sign-ins, an SMS, axe on eight pages
	const title = unique('Welder', info.project.name);
	await signInStaff(page, 'agency@sapar.test');
	await page.getByRole('link', { name: 'Our vacancies' }).click();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'New vacancy' }).click();
	await page.getByLabel('Country').selectOption('TR');
	await page.getByRole('button', { name: 'Publish vacancy' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expect(page.locator('#countryIso2-error')).toHaveText('Your licence does not permit recruiting for this country');
	await expect(page.locator('#title-error')).toHaveText('Enter a value');
	await expectAccessible(page);

	await page.getByLabel('Job title').fill(title);
	await page.getByLabel('Employer', { exact: true }).fill('ТОО Демо Курулуш');
	await page.getByLabel('Country').selectOption('KZ');
	await page.getByLabel('City', { exact: true }).fill('Астана');
	await page.getByLabel('Sector').selectOption('construction');
	await page.getByLabel('Occupation').selectOption('7');
	await page.getByLabel('Pay from').fill('400000');
	await page.getByLabel('Currency').selectOption('KZT');
	await page.getByLabel('Paid per').selectOption('month');
	await page.getByLabel('Hours per week').fill('40');
	await page.getByLabel('Housing').selectOption('free');
	await page.getByLabel('Contract length (months)').fill('9');
	await page.getByLabel('Fees charged to the worker').fill('20000');
	await page.getByLabel('What the fee is for').fill('Medical examination');
	await page.getByLabel('Russian').check();
	await page.getByLabel('Description').fill('Welding on a construction site. Safety equipment provided.');
	await page.getByRole('button', { name: 'Publish vacancy' }).click();
	await expect(page.getByRole('status')).toHaveText('The vacancy is published.');
	const staffUrl = page.url();

	// The migrant, in a browser of their own.
	const context = await browser.newContext({ javaScriptEnabled: info.project.name === 'js', locale: 'en-GB', viewport: { width: 360, height: 740 } });
	const migrant = await context.newPage();
	await migrant.goto(`/en/vacancies?country=KZ&q=${encodeURIComponent(title)}`);
	await expectAccessible(migrant);
	const item = migrant.locator('.results li').filter({ hasText: title });
	await expect(item).toContainText('The worker is charged 20,000 KZT');
	await item.getByRole('link', { name: title }).click();
	await expect(migrant.locator('main')).toContainText('Licence valid until');
	await expect(migrant.getByRole('note')).toContainText('the employer pays');
	await expectAccessible(migrant);
	await expect(migrant.getByRole('link', { name: 'Sign in with your phone' }).last()).toBeVisible();
	const vacancyUrl = migrant.url();

	const phone = await signInMigrant(migrant);
	await migrant.getByRole('link', { name: 'My profile' }).click();
	await migrant.getByLabel('Name').fill('Нурлан Ишкер');
	await migrant.getByRole('button', { name: 'Save' }).click();
	await migrant.goto(vacancyUrl);
	await migrant.getByLabel('Message to the agency (optional)').fill('I have five years of welding experience.');
	await migrant.getByRole('button', { name: 'Send my application' }).click();
	await expect(migrant.getByRole('status')).toContainText('Your application is sent');
	await expect(migrant.locator('.results').first()).toContainText('Sent');
	await expectAccessible(migrant);

	await page.goto(staffUrl);
	const card = page.locator('article').filter({ hasText: 'Нурлан Ишкер' });
	await expect(card).toContainText('five years of welding');
	const select = card.getByLabel('New status');
	const id = (await select.getAttribute('name'))!.replace('state-', '');
	await select.selectOption('shortlisted');
	await card.getByLabel('Message to the applicant').fill('Interview on Monday at 10:00');
	await card.getByRole('button', { name: 'Save the status' }).click();
	await expect(page.getByRole('status')).toHaveText('The application status is saved.');
	await expect(page.locator(`select[name="state-${id}"] option[value="offered"]`)).toHaveCount(1);
	await expectAccessible(page);

	await migrant.goto('/en/account/applications');
	await expect(migrant.locator('.results').first()).toContainText('Shortlisted: Interview on Monday at 10:00');
	const mine = await (await migrant.request.get('/api/v1/me/applications')).json();
	expect(mine.data.find((a: { title: string }) => a.title === title).state).toBe('shortlisted');

	// Offered, then placed: the migrant hears each change by SMS and may review the agency.
	for (const state of ['offered', 'placed']) {
		await page.locator(`select[name="state-${id}"]`).selectOption(state);
		await page.locator('article').filter({ hasText: 'Нурлан Ишкер' }).getByRole('button', { name: 'Save the status' }).click();
		await expect(page.getByRole('status')).toHaveText('The application status is saved.');
	}
	await readOutbox(migrant, phone, /Sapar: .*(Placed|Жумушка|Трудоустро).*account\/applications/);
	await migrant.goto('/en/account/applications');
	await migrant
		.getByRole('link', { name: /Review the agency/ })
		.first()
		.click();
	await migrant.getByRole('button', { name: 'Send the review' }).click();
	await expect(migrant.getByRole('alert')).toBeVisible();
	await expectAccessible(migrant);
	await migrant.getByLabel(/How much you paid the agency/).fill('0');
	await migrant.getByLabel('Partly').check();
	await migrant.getByLabel('Well', { exact: true }).check();
	await migrant.getByRole('group', { name: 'Would you recommend this agency to a friend?' }).getByLabel('Yes').check();
	await migrant.getByLabel('Comment (optional)').fill(`Honest about the fee (${title}).`);
	await migrant.getByRole('button', { name: 'Send the review' }).click();
	await expect(migrant.getByRole('status')).toContainText('will be published after it is checked');
	await context.close();

	// A licensing officer publishes it; the agency's public page counts it.
	const officerContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 360, height: 740 } });
	const officer = await officerContext.newPage();
	await signInStaff(officer, 'licensing@sapar.test');
	await officer.getByRole('link', { name: 'Agency reviews: moderation' }).click();
	const review = officer.locator('article').filter({ hasText: title });
	await review.getByRole('button', { name: 'Publish' }).click();
	await expect(officer.getByRole('status')).toContainText('Saved');
	await expectAccessible(officer);
	await officer.goto('/en/agencies/demo-agency');
	await expect(officer.locator('main')).toContainText(`Honest about the fee (${title}).`);
	await expectAccessible(officer);
	await officerContext.close();
});

import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectAccessible, signInStaff } from './support';

test.use({ locale: 'en-GB' });

// tests/e2e/alerts-server.ts: the loopback SMSC and fake Bot API, seen through a control endpoint.
const CONTROL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 101}`;
type Sms = { to: string; text: string; encoding: string; parts: number };
type Tg = {
	chat: string;
	text: string;
	markup: {
		inline_keyboard: { text: string; callback_data: string }[][];
	} | null;
};
const smsTo = async (request: APIRequestContext, phone: string) =>
	((await (await request.get(`${CONTROL}/smsc`)).json()) as Sms[]).filter((m) => m.to === phone);
const tgTo = async (request: APIRequestContext, chat: string) => ((await (await request.get(`${CONTROL}/bot`)).json()) as Tg[]).filter((m) => m.chat === chat);

test('a mission drafts, a colleague approves, SMS and Telegram deliver, "2" opens a case, STOP holds, the numbers match', async ({
	page,
	request,
	browser
}) => {
	test.setTimeout(300_000);
	const city = `Lyubertsy-${Date.now().toString(36)}`;
	const people = (await (
		await request.post(`${CONTROL}/seed`, {
			data: {
				city,
				people: [{ locale: 'ky' }, { locale: 'ru' }, { locale: 'en', telegram: true }, { locale: 'ru' }]
			}
		})
	).json()) as { phone: string; chat: string | null; locale: string }[];
	const [ky, ru, tg, stopper] = people;

	// The first officer drafts.
	await signInStaff(page, 'consul.moscow@sapar.test');
	await page.goto('/staff/alerts');
	await expectAccessible(page);
	await page.getByRole('link', { name: 'New alert' }).click();
	await page.getByRole('button', { name: 'Save draft' }).click();
	await expect(page.locator('.error-summary')).toContainText('Text in Kyrgyz — Title');
	await expectAccessible(page);
	await page.locator('#title_ky').fill('Базардагы рейд');
	await page.locator('#body_ky').fill('{city} шаарындагы базарда текшерүү жүрүп жатат. Документтериңизди өзүңүздө сактаңыз, коопсуз жерде болуңуз.');
	await page.locator('#title_ru').fill('Рейд на рынке');
	await page.locator('#body_ru').fill('На рынке в городе {city} идёт проверка. Держите документы при себе.');
	await page.locator('#title_en').fill('Raid at the market');
	await page.locator('#body_en').fill('There is an inspection at the market in {city}. Keep your documents with you.');
	await page.locator('#cities').fill(city);
	await page.getByLabel('Public: shown on the alerts page, in the feed and the API').check();
	await page.getByRole('button', { name: 'Save draft' }).click();
	await expect(page.locator('[role=status]')).toContainText('Draft saved');
	await expect(page.locator('main')).toContainText('4 people, of whom 4 can be reached.');
	await expect(page.locator('main')).toContainText('UCS-2');
	await expect(page.getByRole('button', { name: 'Approve and send' })).toHaveCount(0);
	await expectAccessible(page);
	const alertUrl = page.url().replace(/\?.*$/, '');

	// A colleague approves.
	const other = await browser.newPage({
		baseURL: page.url().replace(/\/staff.*$/, ''),
		locale: 'en-GB',
		javaScriptEnabled: false
	});
	await signInStaff(other, 'consul2.moscow@sapar.test');
	await other.goto(alertUrl);
	await other.getByRole('button', { name: 'Approve and send' }).click();
	await expect(other.locator('[role=status]')).toContainText('Approved');

	// The loopback servers receive: UCS-2 parts for the Kyrgyz reader, buttons on Telegram.
	await expect
		.poll(async () => (await smsTo(request, ky.phone)).length, {
			timeout: 90_000
		})
		.toBe(1);
	const [kySms] = await smsTo(request, ky.phone);
	expect(kySms.encoding).toBe('ucs2');
	expect(kySms.parts).toBeGreaterThan(1);
	expect(kySms.text).toContain(city);
	await expect
		.poll(async () => (await tgTo(request, tg.chat!)).length, {
			timeout: 60_000
		})
		.toBe(1);
	const [tgMsg] = await tgTo(request, tg.chat!);
	expect(tgMsg.markup!.inline_keyboard[0].map((b) => b.text)).toEqual(['I am safe', 'I need help']);

	// "2" by SMS: an urgent case in the mission's queue; the person gets its number.
	await expect
		.poll(async () => (await smsTo(request, ru.phone)).length, {
			timeout: 60_000
		})
		.toBe(1);
	await request.post(`${CONTROL}/smsc/mo`, {
		data: { from: ru.phone, text: '2' }
	});
	await expect
		.poll(async () => (await smsTo(request, ru.phone)).length, {
			timeout: 60_000
		})
		.toBe(2);
	const number = /SP-\d{4}-\d+/.exec((await smsTo(request, ru.phone))[1].text)![0];
	await other.goto('/staff/cases');
	await expect(other.locator('table')).toContainText(number);

	// STOP, then a follow-up to those who did not answer: the one who said STOP gets nothing more.
	await expect
		.poll(async () => (await smsTo(request, stopper.phone)).length, {
			timeout: 60_000
		})
		.toBe(1);
	await request.post(`${CONTROL}/smsc/mo`, {
		data: { from: stopper.phone, text: 'СТОП' }
	});

	// The one-time link in the SMS answers without signing in.
	const link = /\/a\/[A-Za-z0-9_-]{22}/.exec(kySms.text)![0];
	const anon = await browser.newPage({
		baseURL: page.url().replace(/\/staff.*$/, ''),
		javaScriptEnabled: false
	});
	await anon.goto(link);
	await expect(anon).toHaveURL(/\/ky\/a\//);
	await expectAccessible(anon);
	await anon.getByRole('button', { name: 'Мен коопсузмун' }).click();
	await expect(anon.locator('[role=status]')).toContainText('Коопсуз экениңизди белгиледик');

	// Progress equals what the loopback servers recorded.
	await page.goto(alertUrl);
	await expect(page.locator('main')).toContainText('People reached by the alert: 4');
	const smsRow = page.locator('tr', {
		has: page.locator('th', { hasText: /^SMS$/ })
	});
	const cells = async (row: typeof smsRow) => (await row.locator('td').allInnerTexts()).map(Number);
	await expect
		.poll(
			async () => {
				const [queued, sent, delivered] = await (async () => {
					await page.reload();
					return cells(smsRow);
				})();
				return { queued, handed: sent + delivered };
			},
			{ timeout: 60_000 }
		)
		.toEqual({ queued: 0, handed: 3 });
	const tgRow = page.locator('tr', {
		has: page.locator('th', { hasText: /^Telegram$/ })
	});
	const [, , tgDelivered] = await cells(tgRow);
	expect(tgDelivered).toBe((await tgTo(request, tg.chat!)).length);
	await expect(page.locator('main')).toContainText('Safe: 1');
	await expect(page.locator('main')).toContainText('Needs help: 1');
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Send again to those who did not answer' }).click();
	await expect
		.poll(async () => (await tgTo(request, tg.chat!)).length, {
			timeout: 60_000
		})
		.toBe(2);
	expect((await smsTo(request, stopper.phone)).length).toBe(1);

	// The roster: by city, the person who needs help with their case; CSV and XLSX.
	await page.goto(`${alertUrl}/roster`);
	await expect(page.locator('main')).toContainText(number);
	await expectAccessible(page);
	const csv = await page.request.get(`${alertUrl}/roster.csv`);
	expect(csv.headers()['content-disposition']).toContain('attachment');
	expect(await csv.text()).toContain(ru.phone);
	expect((await page.request.get(`${alertUrl}/roster.xlsx`)).headers()['content-type']).toContain('spreadsheetml');

	// Public: the page, the Atom feed and the API, in each language; nothing personal.
	for (const lang of ['ky', 'ru', 'en']) {
		await anon.goto(`/${lang}/alerts`);
		await expect(anon.locator('main')).toContainText(lang === 'ky' ? 'Базардагы рейд' : lang === 'ru' ? 'Рейд на рынке' : 'Raid at the market');
		await expectAccessible(anon);
	}
	const feed = await (await request.get(`${page.url().replace(/\/staff.*$/, '')}/ru/alerts.atom`)).text();
	expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
	expect(feed).toContain('Рейд на рынке');
	const api = await (await request.get(`${page.url().replace(/\/staff.*$/, '')}/api/v1/alerts?lang=en`)).json();
	expect(api.data[0]).toMatchObject({
		title: 'Raid at the market',
		urgent: false
	});
	expect(JSON.stringify(api)).not.toContain(ru.phone);
	expect((await request.get(`${page.url().replace(/\/staff.*$/, '')}/api/v1/alerts?limit=0`)).status()).toBe(400);
});

import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeMigrant } from '../../../../tests/support/factories';
import { startFakeBotApi, type FakeBotApi } from '../../../../tests/support/fake-bot-api';
import { authUser } from '../auth/auth.table';
import { submitHelpRequest } from '../cases/intake.service';
import { helpCase } from '../cases/cases.table';
import { telegramAdapter } from '../channels/adapters/telegram.adapter';
import { telegramLink } from '../channels/channels.table';
import { channelsConfig } from '../channels/config';
import { Dispatcher } from '../channels/dispatcher';
import { offInbound } from '../channels/inbound';
import { handleTelegramWebhook } from '../channels/telegram.webhook';
import { getDb } from '../db/client';
import { registerBot } from './bot';

const db = getDb();
let fake: FakeBotApi;
let dispatcher: Dispatcher;
const SECRET = 'bot-test-secret';
beforeAll(async () => {
	fake = await startFakeBotApi();
	registerBot(db);
	dispatcher = new Dispatcher(db, {
		adapters: { telegram: telegramAdapter({ token: fake.token, apiRoot: fake.apiRoot }) },
		pollMs: 50,
		flushMs: 10,
		sweepMs: 3_600_000,
		backoffMs: () => 0
	});
	await dispatcher.start();
});
afterAll(async () => {
	await dispatcher.stop();
	offInbound('bot');
	await fake.close();
});
afterEach(() => fake.reset());

let seq = Math.floor(Math.random() * 1_000_000);
const chat = () => 6_000_000_000 + seq++;
const cfg = () => ({
	...channelsConfig({ TELEGRAM: 'bot', TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, TELEGRAM_WEBHOOK_SECRET: SECRET }),
	telegram: 'bot' as const
});
const post = (update: unknown) =>
	handleTelegramWebhook(
		db,
		new Request('http://sapar.test/telegram/webhook', {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
			body: JSON.stringify(update)
		}),
		cfg()
	);

/** What the fake Bot API received for a chat, waiting until `n` messages are there. */
async function received(chatId: number, n: number) {
	const until = Date.now() + 15_000;
	for (;;) {
		const calls = fake.to(chatId);
		if (calls.length >= n) return calls.map((c) => c.payload as { text: string; reply_markup?: Record<string, unknown> });
		if (Date.now() > until) throw new Error(`chat ${chatId}: ${calls.length} of ${n} messages`);
		await new Promise((r) => setTimeout(r, 25));
	}
}

describe('the Telegram bot for migrants', () => {
	it('an unknown chat gets the menu and a share-phone button; sharing the account’s phone links it, in the account’s language', async () => {
		const id = chat();
		const actor = await makeMigrant();
		const phone = `+99677${String(id).slice(-7)}`;
		await db.update(authUser).set({ phoneNumber: phone, locale: 'ky' }).where(eq(authUser.id, actor.userId));

		await post(fake.textUpdate(id, 'hello', 'ru'));
		let got = await received(id, 1);
		expect(got[0].text).toMatch(/^Это бот Sapar/);
		expect(JSON.stringify(got[0].reply_markup)).toContain('request_contact');

		await post(fake.contactUpdate(id, phone.slice(1))); // Telegram gives numbers without the +
		got = await received(id, 2);
		expect(got[1].text).toMatch(/^Даяр: бул чат Sapar аккаунтуңузга байланды/);
		const [link] = await db.select().from(telegramLink).where(eq(telegramLink.userId, actor.userId));
		expect(link.chatId).toBe(String(id));

		// someone else's contact, or a number without an account, links nothing
		const other = chat();
		await post(fake.contactUpdate(other, '+996555000111'));
		expect((await received(other, 1))[0].text).toMatch(/^Нет учётной записи Sapar с этим номером/);
		await post(fake.contactUpdate(other, phone, 42));
		expect(
			await db
				.select()
				.from(telegramLink)
				.where(eq(telegramLink.chatId, String(other)))
		).toHaveLength(0);
	});

	it('/lang offers three languages; pressing one switches the linked account and answers in it', async () => {
		const id = chat();
		const actor = await makeMigrant();
		await db.insert(telegramLink).values({ userId: actor.userId, chatId: String(id) });
		await post(fake.textUpdate(id, '/lang', 'ru'));
		const [choose] = await received(id, 1);
		expect(JSON.stringify(choose.reply_markup)).toContain('lang:en');
		await post(fake.callbackUpdate(id, 'lang:en'));
		const got = await received(id, 2);
		expect(got[1].text).toMatch(/^This is the Sapar bot/);
		expect((await db.select({ l: authUser.locale }).from(authUser).where(eq(authUser.id, actor.userId)))[0].l).toBe('en');
		expect(fake.sent('answerCallbackQuery').at(-1)!.payload).toMatchObject({ text: 'English' });
	});

	it('/track follows a case through the tracking service; a wrong code says so without telling which part', async () => {
		const created = await submitHelpRequest(
			db,
			null,
			{ type: 'unpaid_wages', countryIso2: 'ru', city: 'Москва', narrative: 'The employer has not paid for three months.' },
			'ru'
		);
		if (!created.ok) throw new Error('case');
		const id = chat();
		await post(fake.textUpdate(id, `/track ${created.data.number} ${created.data.trackingCode}`, 'ru'));
		expect((await received(id, 1))[0].text).toMatch(new RegExp(`^Обращение ${created.data.number}: Получено`));
		await post(fake.textUpdate(id, `${created.data.number} WRONG-CODE`, 'ru'));
		expect((await received(id, 2))[1].text).toMatch(/^Обращение с таким номером и кодом не найдено/);
		await post(fake.textUpdate(id, '/track', 'en'));
		expect((await received(id, 3))[2].text).toMatch(/^Send the number and the secret code/);
	});

	it('/sos gives the help contacts of a city from the directory; /search searches the portal', async () => {
		const id = chat();
		await post(fake.textUpdate(id, '/sos Москва', 'ru'));
		const [sos] = await received(id, 1);
		expect(sos.text).toMatch(/^Помощь в городе Москва:/);
		expect(sos.text).toContain('Посольство Кыргызской Республики в Российской Федерации');
		await post(fake.textUpdate(id, '/sos Atlantis', 'en'));
		expect((await received(id, 2))[1].text).toMatch(/^We have no contacts for "Atlantis" yet/);
		await post(fake.textUpdate(id, '/search патент', 'ru'));
		const search = (await received(id, 3))[2].text;
		expect(search).toMatch(/^Найдено на Sapar:\n• /);
		expect(search).toMatch(/https?:\/\/[^\s]+\/ru\//);
	});

	it('/help asks a few questions and files the request through the same service as the web form', async () => {
		const id = chat();
		const actor = await makeMigrant();
		await db.update(authUser).set({ locale: 'ru' }).where(eq(authUser.id, actor.userId));
		await db.insert(telegramLink).values({ userId: actor.userId, chatId: String(id) });
		await post(fake.textUpdate(id, '/help', 'ru'));
		let got = await received(id, 1);
		expect(got[0].text).toMatch(/^Что случилось\?/);
		expect(JSON.stringify(got[0].reply_markup)).toContain('h:t:passport_taken');
		await post(fake.callbackUpdate(id, 'h:t:passport_taken'));
		got = await received(id, 2);
		expect(JSON.stringify(got[1].reply_markup)).toContain('h:c:RU');
		await post(fake.callbackUpdate(id, 'h:c:RU'));
		await received(id, 3);
		await post(fake.textUpdate(id, 'Екатеринбург', 'ru'));
		await received(id, 4);
		await post(fake.textUpdate(id, 'коротко', 'ru'));
		expect((await received(id, 5))[4].text).toMatch(/^Коротко опишите/);
		await post(fake.textUpdate(id, 'Работодатель забрал паспорт и не отдаёт.', 'ru'));
		await received(id, 6);
		await post(fake.callbackUpdate(id, 'h:d:yes'));
		const done = (await received(id, 7))[6].text;
		const number = /SP-\d{4}-\d+/.exec(done)![0];
		const [c] = await db.select().from(helpCase).where(eq(helpCase.number, number));
		expect(c).toMatchObject({ type: 'passport_taken', countryIso2: 'RU', city: 'Екатеринбург', urgency: 'critical', reporterUserId: actor.userId });
		// A stale button after the end says so; /cancel ends an open dialogue.
		await post(fake.callbackUpdate(id, 'h:d:no'));
		expect((await received(id, 8))[7].text).toMatch(/^Время ответа истекло/);
		await post(fake.textUpdate(id, '/help', 'ru'));
		await received(id, 9);
		await post(fake.textUpdate(id, '/cancel', 'ru'));
		expect((await received(id, 10))[9].text).toMatch(/^Прервано/);
	});
});

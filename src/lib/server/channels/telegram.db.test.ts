import { and, desc, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../../../../tests/support/fake-bot-api';
import { getDb } from '../db/client';
import { telegramAdapter } from './adapters/telegram.adapter';
import { inboundMessage, message, suppression } from './channels.table';
import { channelsConfig, productionProblems, telegramProblems } from './config';
import { isSuppressed } from './consent.service';
import { Dispatcher } from './dispatcher';
import { offInbound, onInbound } from './inbound';
import { enqueueMessage } from './message.service';
import { handleTelegramWebhook } from './telegram.webhook';

const db = getDb();
let fake: FakeBotApi;
let running: Dispatcher[] = [];
beforeAll(async () => {
	fake = await startFakeBotApi();
});
afterAll(() => fake.close());
afterEach(async () => {
	await Promise.all(running.map((d) => d.stop()));
	running = [];
	fake.reset();
	offInbound('test-alert-answers');
});

let chatSeq = Math.floor(Math.random() * 1_000_000);
const chat = () => 5_000_000_000 + chatSeq++;
const SECRET = 'test-webhook-secret';
const cfg = () => ({
	...channelsConfig({ TELEGRAM: 'bot', TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, TELEGRAM_WEBHOOK_SECRET: SECRET }),
	telegram: 'bot' as const
});
const post = (body: unknown, secret: string | null = SECRET) =>
	handleTelegramWebhook(
		db,
		new Request('http://sapar.test/telegram/webhook', {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...(secret !== null ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
			body: typeof body === 'string' ? body : JSON.stringify(body)
		}),
		cfg()
	);
const queuedTo = (address: string) => db.select().from(message).where(eq(message.address, address)).orderBy(desc(message.createdAt));
async function waitFor<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value) return value;
		if (Date.now() > until) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 25));
	}
}
function dispatcher() {
	const d = new Dispatcher(db, {
		adapters: { telegram: telegramAdapter({ token: fake.token, apiRoot: fake.apiRoot }) },
		pollMs: 50,
		flushMs: 10,
		sweepMs: 3_600_000,
		backoffMs: () => 0
	});
	running.push(d);
	return d;
}

describe('the dispatcher sends through the Bot API', () => {
	it('delivers with buttons; a 429 waits retry_after without using a try; a 403 suppresses the chat', async () => {
		const d = dispatcher();
		await d.start();
		const ok = String(chat());
		const slow = String(chat());
		const blocked = String(chat());
		fake.fail((c) => c.payload.chat_id === slow, { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } }, 1);
		fake.fail((c) => c.payload.chat_id === blocked, { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
		const buttons = { kind: 'inline' as const, rows: [[{ text: 'OK', data: 'alert:1:safe' }]] };
		const a = await enqueueMessage(db, { channel: 'telegram', address: ok, body: 'Салам', purpose: 'alert', buttons });
		const b = await enqueueMessage(db, { channel: 'telegram', address: slow, body: 'Салам', purpose: 'alert' });
		const c = await enqueueMessage(db, { channel: 'telegram', address: blocked, body: 'Салам', purpose: 'alert' });
		const row = (id: string | null) =>
			db
				.select()
				.from(message)
				.where(eq(message.id, id!))
				.then((r) => r[0]);
		await waitFor(async () => (await row(b)).status === 'delivered');
		await d.idle();
		expect(await row(a)).toMatchObject({ status: 'delivered', attempts: 1 });
		expect((await row(a)).providerIds![0]).toMatch(new RegExp(`^${ok}:\\d+$`));
		expect(fake.to(ok)[0].payload.reply_markup).toEqual({ inline_keyboard: [[{ text: 'OK', callback_data: 'alert:1:safe' }]] });
		// Throttled once, sent on the second call, and the throttle used up no try.
		expect(fake.to(slow)).toHaveLength(2);
		expect(await row(b)).toMatchObject({ status: 'delivered', attempts: 1 });
		expect(await row(c)).toMatchObject({ status: 'permanent_failure', error: 'telegram_403' });
		const [s] = await db
			.select()
			.from(suppression)
			.where(and(eq(suppression.channel, 'telegram'), eq(suppression.address, blocked)));
		expect(s.reason).toBe('telegram_blocked');
		// Nothing more goes to a chat that blocked the bot.
		const later = await enqueueMessage(db, { channel: 'telegram', address: blocked, body: 'again', purpose: 'alert' });
		await waitFor(async () => (await row(later)).status === 'suppressed');
		expect(fake.to(blocked)).toHaveLength(1);
	});
});

describe('the webhook', () => {
	it('refuses a wrong or missing secret (403), a body that is not an update (400), and never answers 500', async () => {
		const update = fake.textUpdate(chat(), 'hello');
		expect((await post(update, 'wrong')).status).toBe(403);
		expect((await post(update, null)).status).toBe(403);
		expect((await post('{not json')).status).toBe(400);
		expect((await post({ hello: 1 })).status).toBe(400);
		expect((await post(null)).status).toBe(400);
		expect((await post({ update_id: 1, message: 'odd' })).status).toBe(200);
		expect((await handleTelegramWebhook(db, new Request('http://x/', { method: 'POST', body: '{}' }), { ...cfg(), telegramWebhookSecret: '' })).status).toBe(
			404
		);
	});

	it('an unlinked chat that writes gets a helpful reply, recorded as ignored', async () => {
		const id = chat();
		expect((await post(fake.textUpdate(id, 'Салам', 'ky'))).status).toBe(200);
		const [reply] = await queuedTo(String(id));
		expect(reply).toMatchObject({ purpose: 'reply', locale: 'ky', priority: 0 });
		expect(reply.body).toMatch(/Sapar/);
		const [row] = await db
			.select()
			.from(inboundMessage)
			.where(eq(inboundMessage.address, String(id)));
		expect(row.handledBy).toBe('ignored');
	});

	it('a pressed button reaches the handler as callback data, and its notice is shown on the button', async () => {
		const seen: string[] = [];
		onInbound(
			'test-alert-answers',
			async (_db, m) => (m.callbackData?.startsWith('alert:') ? (seen.push(m.callbackData), { handled: true, notice: 'Рахмат, белгиленди' }) : null),
			{ order: 10 }
		);
		const id = chat();
		expect((await post(fake.callbackUpdate(id, 'alert:abc:safe'))).status).toBe(200);
		expect(seen).toEqual(['alert:abc:safe']);
		const [answer] = fake.sent('answerCallbackQuery');
		expect(answer.payload).toMatchObject({ text: 'Рахмат, белгиленди' });
		expect(await queuedTo(String(id))).toHaveLength(0);
	});

	it('/stop suppresses the chat with one confirmation; /start lifts it', async () => {
		const id = chat();
		await post(fake.textUpdate(id, '/stop', 'en'));
		expect(await isSuppressed(db, 'telegram', String(id))).toBe(true);
		const [confirm] = await queuedTo(String(id));
		expect(confirm).toMatchObject({ purpose: 'consent', locale: 'en' });
		await post(fake.textUpdate(id, '/start', 'en'));
		expect(await isSuppressed(db, 'telegram', String(id))).toBe(false);
	});
});

describe('configuration', () => {
	it('TELEGRAM=bot needs a token, and a webhook secret unless it polls', () => {
		const base = { SMS: 'off', EMAIL: 'off' };
		expect(telegramProblems(channelsConfig({ ...base, TELEGRAM: 'bot' })).join(' ')).toMatch(/TELEGRAM_BOT_TOKEN.*TELEGRAM_WEBHOOK_SECRET/);
		expect(telegramProblems(channelsConfig({ ...base, TELEGRAM: 'bot', TELEGRAM_BOT_TOKEN: 't', TELEGRAM_UPDATES: 'polling' }))).toEqual([]);
		expect(telegramProblems(channelsConfig({ ...base, TELEGRAM: 'bot', TELEGRAM_BOT_TOKEN: 't', TELEGRAM_WEBHOOK_SECRET: 'bad secret!' })).join(' ')).toMatch(
			/may only hold/
		);
		expect(productionProblems(channelsConfig({ ...base, TELEGRAM: 'bot', TELEGRAM_BOT_TOKEN: 't', TELEGRAM_WEBHOOK_SECRET: 'ok_secret-1' }))).toEqual([]);
		expect(() => channelsConfig({ TELEGRAM: 'robot' })).toThrow(/TELEGRAM must be one of/);
	});
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from '../../../../../tests/support/fake-bot-api';
import type { Inbound, OutgoingMessage } from '../types';
import { inboundOf, telegramAdapter } from './telegram.adapter';

describe('Telegram adapter against a fake Bot API on loopback', () => {
	let fake: FakeBotApi;
	beforeAll(async () => {
		fake = await startFakeBotApi();
	});
	afterAll(() => fake.close());
	beforeEach(() => fake.reset());

	const msg = (address: string, extra: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
		id: 'm1',
		channel: 'telegram',
		address,
		locale: 'ky',
		subject: null,
		body: 'Саламатсызбы!',
		buttons: null,
		purpose: 'alert',
		...extra
	});
	const adapter = () => telegramAdapter({ token: fake.token, apiRoot: fake.apiRoot });

	it('sends text with inline buttons, a contact keyboard or none; accepted counts as delivered', async () => {
		const a = adapter();
		expect(a.perAddressPerSecond).toBe(1);
		expect(a.ratePerSecond).toBeLessThanOrEqual(30);
		const inline = await a.send(
			msg('1001', {
				buttons: {
					kind: 'inline',
					rows: [
						[
							{ text: 'Мен коопсузмун', data: 'alert:x:safe' },
							{ text: 'Жардам керек', data: 'alert:x:help' }
						]
					]
				}
			})
		);
		expect(inline).toMatchObject({ ok: true, parts: 1, final: true });
		await a.send(msg('1001', { buttons: { kind: 'contact', text: 'Номерди бөлүшүү' } }));
		await a.send(msg('1001', { buttons: { kind: 'remove' } }));
		const [first, second, third] = fake.to(1001);
		expect(first.payload).toMatchObject({
			chat_id: '1001',
			text: 'Саламатсызбы!',
			reply_markup: {
				inline_keyboard: [
					[
						{ text: 'Мен коопсузмун', callback_data: 'alert:x:safe' },
						{ text: 'Жардам керек', callback_data: 'alert:x:help' }
					]
				]
			}
		});
		expect(second.payload.reply_markup).toMatchObject({ keyboard: [[{ text: 'Номерди бөлүшүү', request_contact: true }]] });
		expect(third.payload.reply_markup).toEqual({ remove_keyboard: true });
	});

	it('429 asks to wait retry_after; 403 (blocked) is unreachable; 400 (chat not found) is permanent', async () => {
		const a = adapter();
		fake.fail((c) => c.payload.chat_id === '2001', { error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } });
		fake.fail((c) => c.payload.chat_id === '2002', { error_code: 403, description: 'Forbidden: bot was blocked by the user' });
		fake.fail((c) => c.payload.chat_id === '2003', { error_code: 400, description: 'Bad Request: chat not found' });
		fake.fail((c) => c.payload.chat_id === '2004', { error_code: 502, description: 'Bad Gateway' });
		expect(await a.send(msg('2001'))).toEqual({ ok: false, permanent: false, reason: 'telegram_429', retryAfterMs: 7000 });
		expect(await a.send(msg('2002'))).toMatchObject({ ok: false, permanent: true, unreachable: true, reason: 'telegram_403' });
		expect(await a.send(msg('2003'))).toMatchObject({ ok: false, permanent: true, reason: 'telegram_400' });
		expect(await a.send(msg('2004'))).toMatchObject({ ok: false, permanent: false, reason: 'telegram_502' });
		const nowhere = telegramAdapter({ token: fake.token, apiRoot: 'http://127.0.0.1:1' });
		expect(await nowhere.send(msg('2005'))).toMatchObject({ ok: false, permanent: false, reason: 'telegram_unreachable' });
	});

	it('long polling hands updates to the layer and answers a pressed button with its notice', async () => {
		const a = telegramAdapter({ token: fake.token, apiRoot: fake.apiRoot, updates: 'polling', pollTimeout: 1 });
		const seen: Inbound[] = [];
		await a.start!({ receipt: () => {}, inbound: async (m) => (seen.push(m), m.callbackData ? { handled: true, notice: 'Рахмат' } : null) });
		fake.push(fake.textUpdate(3001, 'салам', 'ky'));
		fake.push(fake.callbackUpdate(3001, 'alert:x:safe'));
		const until = Date.now() + 10_000;
		while (fake.sent('answerCallbackQuery').length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
		await a.stop!();
		expect(fake.sent('deleteWebhook')).toHaveLength(1);
		expect(seen[0]).toMatchObject({ channel: 'telegram', address: '3001', text: 'салам', languageCode: 'ky' });
		expect(seen[1]).toMatchObject({ address: '3001', callbackData: 'alert:x:safe' });
		expect(fake.sent('answerCallbackQuery')[0].payload).toMatchObject({ text: 'Рахмат' });
	});

	it('a webhook is set at start with its secret', async () => {
		const a = telegramAdapter({
			token: fake.token,
			apiRoot: fake.apiRoot,
			updates: 'webhook',
			webhookUrl: 'https://sapar.test/telegram/webhook',
			webhookSecret: 's3cret'
		});
		await a.start!({ receipt: () => {}, inbound: async () => null });
		expect(fake.sent('setWebhook')[0].payload).toMatchObject({ url: 'https://sapar.test/telegram/webhook', secret_token: 's3cret' });
	});
});

describe('updates as inbound messages', () => {
	const from = { id: 42, is_bot: false, first_name: 'A', language_code: 'ru' };
	const chat = { id: 42, type: 'private' as const };
	it('text, own contact, someone else’s contact, and what is ignored', () => {
		expect(inboundOf({ update_id: 1, message: { message_id: 1, date: 0, chat, from, text: '/start' } } as never)?.inbound).toMatchObject({
			address: '42',
			text: '/start',
			languageCode: 'ru'
		});
		expect(
			inboundOf({
				update_id: 2,
				message: { message_id: 1, date: 0, chat, from, contact: { phone_number: '996700123456', first_name: 'A', user_id: 42 } }
			} as never)?.inbound.contactPhone
		).toBe('+996700123456');
		const foreign = inboundOf({
			update_id: 3,
			message: { message_id: 1, date: 0, chat, from, contact: { phone_number: '+996700999999', first_name: 'B', user_id: 7 } }
		} as never)?.inbound;
		expect(foreign?.contactPhone).toBeUndefined();
		expect(inboundOf({ update_id: 4, message: { message_id: 1, date: 0, chat: { id: -5, type: 'group', title: 'g' }, from, text: 'hi' } } as never)).toBeNull();
		expect(inboundOf({ update_id: 5, edited_message: {} } as never)).toBeNull();
		expect(inboundOf({ update_id: 6, message: 'nonsense' } as never)).toBeNull();
	});
});

import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { makeMigrant } from '../../../../tests/support/factories';
import { authUser } from '../auth/auth.table';
import { getDb } from '../db/client';
import { inboundMessage, message, suppression, telegramLink } from './channels.table';
import { isSuppressed } from './consent.service';
import { offInbound, onInbound, routeInbound } from './inbound';
import { enqueueMessage } from './message.service';

const db = getDb();
const phone = () => `+99670${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
afterEach(() => {
	offInbound('test-answers');
	offInbound('test-bot');
	offInbound('test-broken');
});

async function lastInbound(address: string) {
	const [row] = await db.select().from(inboundMessage).where(eq(inboundMessage.address, address)).orderBy(desc(inboundMessage.receivedAt)).limit(1);
	return row;
}

describe('opt-out comes first', () => {
	it.each(['STOP', 'stop', ' Stop. ', 'СТОП', 'стоп!', 'ТОКТОТ', 'токтотуу', 'Токтотуңуз', 'Toktot', 'ОТПИСАТЬСЯ'])(
		'"%s" by SMS suppresses the number, silently',
		async (word) => {
			const from = phone();
			const queued = await enqueueMessage(db, { channel: 'sms', address: from, body: 'later', purpose: 'alert', notBefore: new Date(Date.now() + 60_000) });
			const routed = await routeInbound(db, { channel: 'sms', address: from, text: word });
			expect(routed.handledBy).toBe('opt_out');
			expect(await isSuppressed(db, 'sms', from)).toBe(true);
			const [row] = await db.select().from(message).where(eq(message.id, queued!));
			expect(row.status).toBe('suppressed');
			// No confirmation SMS: an SMS STOP gets silence.
			const out = await db
				.select()
				.from(message)
				.where(and(eq(message.address, from), eq(message.status, 'created')));
			expect(out).toHaveLength(0);
			expect((await lastInbound(from)).handledBy).toBe('opt_out');
		}
	);

	it('handlers never see a STOP, even if they would take anything', async () => {
		let seen = 0;
		onInbound('test-answers', async () => {
			seen++;
			return { handled: true };
		});
		await routeInbound(db, { channel: 'sms', address: phone(), text: 'STOP' });
		expect(seen).toBe(0);
	});

	it('/stop in Telegram suppresses the chat and confirms in the language of the app', async () => {
		const chat = String(700_000 + Math.floor(Math.random() * 100_000));
		const routed = await routeInbound(db, { channel: 'telegram', address: chat, text: '/stop', languageCode: 'ru' });
		expect(routed.handledBy).toBe('opt_out');
		const [s] = await db
			.select()
			.from(suppression)
			.where(and(eq(suppression.channel, 'telegram'), eq(suppression.address, chat)));
		expect(s.reason).toBe('telegram_stop');
		const [reply] = await db.select().from(message).where(eq(message.address, chat));
		expect(reply).toMatchObject({ purpose: 'consent', priority: 0, locale: 'ru' });
		expect(reply.body).toMatch(/Больше сообщений/);
	});

	it('START (or /start) lifts a STOP, never a suppression the person did not ask for', async () => {
		const from = phone();
		await routeInbound(db, { channel: 'sms', address: from, text: 'СТОП' });
		expect((await routeInbound(db, { channel: 'sms', address: from, text: 'Start' })).handledBy).toBe('opt_in');
		expect(await isSuppressed(db, 'sms', from)).toBe(false);
		const other = phone();
		await db.insert(suppression).values({ channel: 'sms', address: other, reason: 'account_setting' });
		await routeInbound(db, { channel: 'sms', address: other, text: 'START' });
		expect(await isSuppressed(db, 'sms', other)).toBe(true);
	});
});

describe('domains receive the rest through onInbound', () => {
	it('handlers are asked in order until one takes it; its reply goes out on the same channel', async () => {
		const calls: string[] = [];
		onInbound(
			'test-bot',
			async () => {
				calls.push('bot');
				return { handled: true, reply: { body: 'menu' } };
			},
			{ order: 200 }
		);
		onInbound(
			'test-answers',
			async (_db, msg) => {
				calls.push('answers');
				return msg.text === '2' ? { handled: true, reply: { body: 'help is coming' } } : { handled: false };
			},
			{ order: 10, channels: ['sms', 'telegram'] }
		);
		const from = phone();
		const routed = await routeInbound(db, { channel: 'sms', address: from, text: '2' });
		expect(routed.handledBy).toBe('test-answers');
		expect(calls).toEqual(['answers']);
		const [reply] = await db.select().from(message).where(eq(message.address, from));
		expect(reply).toMatchObject({ channel: 'sms', body: 'help is coming', purpose: 'reply' });
		const other = await routeInbound(db, { channel: 'sms', address: phone(), text: 'hello' });
		expect(other.handledBy).toBe('test-bot');
	});

	it('knows the account behind a phone number or a linked chat', async () => {
		const actor = await makeMigrant();
		const from = phone();
		const chat = String(800_000 + Math.floor(Math.random() * 100_000));
		await db.update(authUser).set({ phoneNumber: from }).where(eq(authUser.id, actor.userId));
		await db.insert(telegramLink).values({ userId: actor.userId, chatId: chat });
		const seen: (string | null | undefined)[] = [];
		onInbound('test-answers', async (_db, msg) => {
			seen.push(msg.userId);
			return { handled: true };
		});
		await routeInbound(db, { channel: 'sms', address: from, text: '1' });
		await routeInbound(db, { channel: 'telegram', address: chat, callbackData: 'a:x:safe' });
		await routeInbound(db, { channel: 'sms', address: phone(), text: '1' });
		expect(seen).toEqual([actor.userId, actor.userId, null]);
	});

	it('a failing handler is logged and skipped; nothing handled is recorded as ignored, never lost', async () => {
		onInbound('test-broken', async () => {
			throw new Error('bug');
		});
		const from = phone();
		const routed = await routeInbound(db, { channel: 'sms', address: from, text: `unknown ${randomUUID()}` });
		expect(routed).toEqual({ handledBy: 'ignored', result: null });
		const row = await lastInbound(from);
		expect(row.handledBy).toBe('ignored');
		expect(row.body).toMatch(/^unknown /);
	});

	it('bad input is cut and cleaned, not refused', async () => {
		const from = phone();
		await routeInbound(db, { channel: 'sms', address: from, text: `a\u0000b${'x'.repeat(5000)}` });
		const row = await lastInbound(from);
		expect(row.body!.length).toBe(1999);
		expect(row.body!.startsWith('ab')).toBe(true);
	});
});

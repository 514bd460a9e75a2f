import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { auditLog } from '../audit/audit.table';
import { authUser } from '../auth/auth.table';
import { getDb } from '../db/client';
import { channelContact, message, telegramLink, telegramLinkCode } from './channels.table';
import { isSuppressed, preferencesOf, suppress } from './consent.service';
import { routeInbound } from './inbound';
import { contactsOf, enqueueMessage } from './message.service';
import { channelSettings, createTelegramLinkCode, moveChannelUp, saveSafeTime, setChannelOff, unlinkTelegram } from './settings.service';

const db = getDb();
const phone = () => `+99670${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
const chat = () => String(7_000_000_000 + Math.floor(Math.random() * 1_000_000_000));

async function migrantWithPhone() {
	const actor = await makeMigrant();
	const number = phone();
	await db.update(authUser).set({ phoneNumber: number, locale: 'ru' }).where(eq(authUser.id, actor.userId));
	return { actor, number };
}

describe('a person’s own channel settings', () => {
	it('shows every channel in order; moving one up changes what channel_contact offers first', async () => {
		const { actor, number } = await migrantWithPhone();
		await db.insert(telegramLink).values({ userId: actor.userId, chatId: chat() });
		let s = await channelSettings(db, actor, actor.userId);
		expect(s.channels.map((c) => c.channel)).toEqual(['telegram', 'sms', 'email']);
		expect(s.channels[1]).toMatchObject({ address: `${number.slice(0, 4)} ••• ${number.slice(-3)}`, off: null, available: true });
		expect(s.channels[2].address).toBeNull(); // a phone account has no real e-mail
		expect(await moveChannelUp(db, actor, actor.userId, 'sms')).toBe(true);
		s = await channelSettings(db, actor, actor.userId);
		expect(s.channels.map((c) => c.channel)).toEqual(['sms', 'telegram', 'email']);
		expect((await contactsOf(db, actor.userId))[0]).toMatchObject({ channel: 'sms', address: number });
		expect(await moveChannelUp(db, actor, actor.userId, 'fax')).toBe(false);
		const audit = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.entityId, actor.userId), eq(auditLog.action, 'channels.preferences')));
		expect(audit).toHaveLength(1);
	});

	it('turning a channel off suppresses it (queued messages too); turning it back on lifts even a STOP reply', async () => {
		const { actor, number } = await migrantWithPhone();
		const queued = await enqueueMessage(db, {
			channel: 'sms',
			address: number,
			body: 'later',
			purpose: 'case',
			userId: actor.userId,
			notBefore: new Date(Date.now() + 60_000)
		});
		expect(await setChannelOff(db, actor, actor.userId, 'sms', true)).toBe(true);
		expect(await isSuppressed(db, 'sms', number)).toBe(true);
		expect((await db.select().from(message).where(eq(message.id, queued!)))[0].status).toBe('suppressed');
		expect((await channelSettings(db, actor, actor.userId)).channels.find((c) => c.channel === 'sms')!.off).toBe('account_setting');
		expect((await db.select().from(channelContact).where(eq(channelContact.userId, actor.userId))).map((c) => c.channel)).not.toContain('sms');

		expect(await setChannelOff(db, actor, actor.userId, 'sms', false)).toBe(true);
		expect(await isSuppressed(db, 'sms', number)).toBe(false);
		await suppress(db, 'sms', number, 'stop_reply');
		expect(await setChannelOff(db, actor, actor.userId, 'sms', false)).toBe(true);
		expect(await isSuppressed(db, 'sms', number)).toBe(false);
		// a channel the person has no address on cannot be switched
		expect(await setChannelOff(db, actor, actor.userId, 'telegram', true)).toBe(false);
	});

	it('saves a safe time window (over midnight allowed) or any time; bad input changes nothing', async () => {
		const { actor } = await migrantWithPhone();
		expect((await saveSafeTime(db, actor, actor.userId, { when: 'window', from: '21:00', to: '07:30', timeZone: 'Europe/Moscow' })).ok).toBe(true);
		expect(await preferencesOf(db, actor.userId)).toMatchObject({ safeFrom: 21 * 60, safeTo: 7 * 60 + 30, timeZone: 'Europe/Moscow' });
		const bad = await saveSafeTime(db, actor, actor.userId, { when: 'window', from: '', to: '25:00', timeZone: 'Mars/Olympus' });
		expect(bad).toEqual({ ok: false, errors: { from: 'error_required', to: 'error_invalid', timeZone: 'error_invalid' } });
		expect(await saveSafeTime(db, actor, actor.userId, { when: 'window', from: '09:00', to: '09:00', timeZone: 'Asia/Bishkek' })).toEqual({
			ok: false,
			errors: { to: 'error_safe_time_same' }
		});
		expect(await preferencesOf(db, actor.userId)).toMatchObject({ safeFrom: 21 * 60, safeTo: 7 * 60 + 30, timeZone: 'Europe/Moscow' });
		expect((await saveSafeTime(db, actor, actor.userId, { when: 'any', from: '09:00', to: '', timeZone: 'Asia/Bishkek' })).ok).toBe(true);
		expect(await preferencesOf(db, actor.userId)).toMatchObject({ safeFrom: null, safeTo: null, timeZone: 'Asia/Bishkek' });
	});

	it('nobody else reads or changes them, staff included', async () => {
		const { actor } = await migrantWithPhone();
		const other = await makeMigrant();
		const staff = await makeStaff((await makeOrganisation('consulate')).id, 'consular_officer');
		for (const who of [other, staff]) {
			await expect(channelSettings(db, who, actor.userId)).rejects.toMatchObject({ code: expect.stringMatching(/^(forbidden|not_found)$/) });
			await expect(setChannelOff(db, who, actor.userId, 'sms', true)).rejects.toMatchObject({ code: expect.stringMatching(/^(forbidden|not_found)$/) });
			await expect(createTelegramLinkCode(db, who, actor.userId)).rejects.toMatchObject({ code: expect.stringMatching(/^(forbidden|not_found)$/) });
		}
	});
});

describe('linking Telegram with a one-time code', () => {
	async function lastReply(chatId: string) {
		const [row] = await db.select().from(message).where(eq(message.address, chatId)).orderBy(desc(message.createdAt)).limit(1);
		return row;
	}

	it('/start CODE links the chat once; the code then no longer works; unlink removes it', async () => {
		const { actor } = await migrantWithPhone();
		const { code } = await createTelegramLinkCode(db, actor, actor.userId);
		expect(code).toMatch(/^[A-Z2-9]{8}$/);
		const stored = await db.select().from(telegramLinkCode).where(eq(telegramLinkCode.userId, actor.userId));
		expect(stored).toHaveLength(1);
		expect(stored[0].codeHash).not.toContain(code);

		const chatId = chat();
		const routed = await routeInbound(db, { channel: 'telegram', address: chatId, text: `/start ${code.toLowerCase()}`, languageCode: 'ru' });
		expect(routed.handledBy).toBe('telegram_link');
		const [link] = await db.select().from(telegramLink).where(eq(telegramLink.userId, actor.userId));
		expect(link.chatId).toBe(chatId);
		expect(await lastReply(chatId)).toMatchObject({ purpose: 'reply', locale: 'ru', body: expect.stringMatching(/^Этот чат привязан/) });
		expect((await channelSettings(db, actor, actor.userId)).telegramLinked).toBe(true);

		const again = chat();
		expect((await routeInbound(db, { channel: 'telegram', address: again, text: `/start ${code}`, languageCode: 'ky' })).handledBy).toBe(
			'telegram_link_refused'
		);
		expect(await lastReply(again)).toMatchObject({ body: expect.stringMatching(/^Код туура эмес/) });
		expect(await db.select().from(telegramLink).where(eq(telegramLink.chatId, again))).toHaveLength(0);

		expect(await unlinkTelegram(db, actor, actor.userId)).toBe(true);
		expect(await db.select().from(telegramLink).where(eq(telegramLink.userId, actor.userId))).toHaveLength(0);
	});

	it('an expired code, or an older code after a new one, links nothing', async () => {
		const { actor } = await migrantWithPhone();
		const first = await createTelegramLinkCode(db, actor, actor.userId);
		const second = await createTelegramLinkCode(db, actor, actor.userId);
		expect((await routeInbound(db, { channel: 'telegram', address: chat(), text: `/start ${first.code}` })).handledBy).toBe('telegram_link_refused');
		await db
			.update(telegramLinkCode)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(telegramLinkCode.userId, actor.userId));
		expect((await routeInbound(db, { channel: 'telegram', address: chat(), text: `/start ${second.code}` })).handledBy).toBe('telegram_link_refused');
		expect(await db.select().from(telegramLink).where(eq(telegramLink.userId, actor.userId))).toHaveLength(0);
	});
});

import { createHash, randomInt } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import { requireAccess, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { authUser } from '../auth/auth.table';
import type { Db, Tx } from '../db/client';
import type { FieldErrors, Validated } from '../validation';
import { TIME_ZONES } from '#lib/channels';
import { CHANNELS, suppression, telegramLink, telegramLinkCode, type Channel } from './channels.table';
import { channelsConfig } from './config';
import { preferencesOf, unsuppress, suppress, writePreferences, type SuppressionReason } from './consent.service';

/**
 * A person's own channel settings (the account page `/{lang}/account/channels`, issue 12): the order of
 * channels, a safe time for non-urgent messages, opting out and back in per channel, and linking a
 * Telegram chat with a one-time code. The dispatcher reads all of it when it claims a message.
 */

export { TIME_ZONES };

/** Reasons the person may lift themselves (a provider's "cannot be reached" stays). */
const LIFTABLE: SuppressionReason[] = ['stop_reply', 'telegram_stop', 'telegram_blocked', 'unsubscribe_link', 'account_setting'];

export interface ChannelRow {
	channel: Channel;
	/** Masked address, or null when the person has none on this channel (e.g. Telegram not linked). */
	address: string | null;
	/** Switched on in this installation. */
	available: boolean;
	/** null = on; otherwise why it is off. */
	off: SuppressionReason | null;
}

export interface ChannelSettings {
	/** All channels, in the person's order. */
	channels: ChannelRow[];
	safeFrom: number | null;
	safeTo: number | null;
	timeZone: string;
	telegramLinked: boolean;
	telegramBot: string | null;
}

const mask = (channel: Channel, address: string) => {
	if (channel === 'sms') return `${address.slice(0, 4)} ••• ${address.slice(-3)}`;
	if (channel === 'email') {
		const [local, domain] = address.split('@');
		return `${local[0]}•••@${domain}`;
	}
	return '✓';
};

/** The person's own addresses per channel (placeholder e-mails of phone accounts are none). */
async function addressesOf(db: Tx, userId: string): Promise<Partial<Record<Channel, string>>> {
	const [user] = await db.select({ phone: authUser.phoneNumber, email: authUser.email }).from(authUser).where(eq(authUser.id, userId));
	const [link] = await db.select({ chatId: telegramLink.chatId }).from(telegramLink).where(eq(telegramLink.userId, userId));
	const out: Partial<Record<Channel, string>> = {};
	if (user?.phone) out.sms = user.phone;
	if (user?.email && !user.email.endsWith('.invalid')) out.email = user.email;
	if (link) out.telegram = link.chatId;
	return out;
}

/** The full order: the person's choice first, the rest as the channel_contact view ranks them. */
export function fullOrder(order: readonly string[]): Channel[] {
	const chosen = order.filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c));
	const rest = (['telegram', 'sms', 'email'] as const).filter((c) => !chosen.includes(c));
	return [...new Set([...chosen, ...rest])];
}

export async function channelSettings(db: Db, actor: Actor, userId: string): Promise<ChannelSettings> {
	requireAccess(actor, 'profile.read', { ownerUserId: userId });
	const cfg = channelsConfig();
	const prefs = await preferencesOf(db, userId);
	const addresses = await addressesOf(db, userId);
	const channels: ChannelRow[] = [];
	for (const channel of fullOrder(prefs.channelOrder)) {
		const address = addresses[channel] ?? null;
		let off: SuppressionReason | null = null;
		if (address) {
			const [row] = await db
				.select({ reason: suppression.reason })
				.from(suppression)
				.where(and(eq(suppression.channel, channel), eq(suppression.address, address)));
			off = row?.reason ?? null;
		}
		channels.push({ channel, address: address ? mask(channel, address) : null, available: cfg[channel] !== 'off', off });
	}
	return {
		channels,
		safeFrom: prefs.safeFrom,
		safeTo: prefs.safeTo,
		timeZone: prefs.timeZone,
		telegramLinked: !!addresses.telegram,
		telegramBot: process.env.TELEGRAM_BOT_USERNAME?.replace(/^@/, '') || null
	};
}

/** Moves a channel one place up in the person's order. */
export async function moveChannelUp(db: Db, actor: Actor, userId: string, channel: string): Promise<boolean> {
	requireAccess(actor, 'profile.update', { ownerUserId: userId });
	if (!(CHANNELS as readonly string[]).includes(channel)) return false;
	await db.transaction(async (tx) => {
		const prefs = await preferencesOf(tx, userId);
		const order = fullOrder(prefs.channelOrder);
		const i = order.indexOf(channel as Channel);
		if (i > 0) [order[i - 1], order[i]] = [order[i], order[i - 1]];
		await writePreferences(tx, userId, { ...prefs, channelOrder: order });
		await recordAudit(tx, { action: 'channels.preferences', entityType: 'user', entityId: userId, ...auditedBy(actor), data: { order } });
	});
	return true;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const toMinutes = (v: string) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5));

export interface SafeTime {
	safeFrom: number | null;
	safeTo: number | null;
	timeZone: string;
}

/** The safe-time form (`when` any | window, `from`/`to` HH:MM, `timeZone`): every field's problem at once. */
export function checkSafeTime(input: Record<string, string | undefined>): Validated<SafeTime> {
	const errors: FieldErrors = {};
	const when = input.when;
	const from = (input.from ?? '').trim();
	const to = (input.to ?? '').trim();
	const timeZone = input.timeZone ?? '';
	if (when !== 'any' && when !== 'window') errors.when = 'error_required';
	if (when === 'window') {
		if (!HHMM.test(from)) errors.from = from ? 'error_invalid' : 'error_required';
		if (!HHMM.test(to)) errors.to = to ? 'error_invalid' : 'error_required';
		else if (from === to) errors.to = 'error_safe_time_same';
	}
	if (!(TIME_ZONES as readonly string[]).includes(timeZone)) errors.timeZone = 'error_invalid';
	if (Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, data: { safeFrom: when === 'window' ? toMinutes(from) : null, safeTo: when === 'window' ? toMinutes(to) : null, timeZone } };
}

/** Saves the safe time window (or "any time") and time zone; field errors as message keys. */
export async function saveSafeTime(db: Db, actor: Actor, userId: string, input: Record<string, string>): Promise<Validated<SafeTime>> {
	requireAccess(actor, 'profile.update', { ownerUserId: userId });
	const checked = checkSafeTime(input);
	if (!checked.ok) return checked;
	await db.transaction(async (tx) => {
		const prefs = await preferencesOf(tx, userId);
		await writePreferences(tx, userId, { ...prefs, ...checked.data });
		await recordAudit(tx, { action: 'channels.preferences', entityType: 'user', entityId: userId, ...auditedBy(actor), data: { ...checked.data } });
	});
	return checked;
}

/** Turns a channel off (nothing more goes there, whatever the purpose except sign-in codes) or back on. */
export async function setChannelOff(db: Db, actor: Actor, userId: string, channel: string, off: boolean): Promise<boolean> {
	requireAccess(actor, 'profile.update', { ownerUserId: userId });
	if (!(CHANNELS as readonly string[]).includes(channel)) return false;
	const c = channel as Channel;
	return db.transaction(async (tx) => {
		const address = (await addressesOf(tx, userId))[c];
		if (!address) return false;
		if (off) await suppress(tx, c, address, 'account_setting');
		else await unsuppress(tx, c, address, LIFTABLE);
		await recordAudit(tx, {
			action: off ? 'channels.opt_out' : 'channels.opt_in',
			entityType: 'user',
			entityId: userId,
			...auditedBy(actor),
			data: { channel: c }
		});
		return true;
	});
}

// ─── Telegram: a one-time code from the account page, sent to the bot as /start CODE ─────────────

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I
export const LINK_CODE_MINUTES = 15;
const hashCode = (code: string) => createHash('sha256').update(`sapar:telegram-link:${code}`).digest('hex');

/** A new code (the previous ones of this person stop working); only its hash is kept. */
export async function createTelegramLinkCode(db: Db, actor: Actor, userId: string): Promise<{ code: string; expiresAt: Date }> {
	requireAccess(actor, 'profile.update', { ownerUserId: userId });
	const code = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
	const expiresAt = new Date(Date.now() + LINK_CODE_MINUTES * 60_000);
	await db.transaction(async (tx) => {
		await tx.delete(telegramLinkCode).where(eq(telegramLinkCode.userId, userId));
		await tx.insert(telegramLinkCode).values({ codeHash: hashCode(code), userId, expiresAt });
	});
	return { code, expiresAt };
}

/**
 * The bot got `/start CODE` (channels/inbound.ts): links the chat to the code's account and uses the
 * code up. Returns the account, or null for a wrong or expired code. A chat belongs to one account and
 * an account has one chat: an earlier link of either is replaced.
 */
export async function linkTelegramByCode(db: Db, chatId: string, rawCode: string): Promise<string | null> {
	const code = rawCode.trim().toUpperCase().replace(/[\s-]/g, '');
	if (!/^[A-Z2-9]{8}$/.test(code)) return null;
	return db.transaction(async (tx) => {
		const [row] = await tx
			.delete(telegramLinkCode)
			.where(and(eq(telegramLinkCode.codeHash, hashCode(code)), gt(telegramLinkCode.expiresAt, new Date())))
			.returning({ userId: telegramLinkCode.userId });
		if (!row) return null;
		await linkTelegram(tx, row.userId, chatId);
		await recordAudit(tx, { action: 'channels.telegram_link', entityType: 'user', entityId: row.userId, actorUserId: row.userId, data: { via: 'code' } });
		return row.userId;
	});
}

/** Links a chat to an account (the code above, or a shared contact in the bot). */
export async function linkTelegram(tx: Tx, userId: string, chatId: string): Promise<void> {
	await tx.delete(telegramLink).where(eq(telegramLink.chatId, chatId));
	await tx
		.insert(telegramLink)
		.values({ userId, chatId })
		.onConflictDoUpdate({ target: telegramLink.userId, set: { chatId, linkedAt: new Date() } });
}

export async function unlinkTelegram(db: Db, actor: Actor, userId: string): Promise<boolean> {
	requireAccess(actor, 'profile.update', { ownerUserId: userId });
	return db.transaction(async (tx) => {
		const rows = await tx.delete(telegramLink).where(eq(telegramLink.userId, userId)).returning({ chatId: telegramLink.chatId });
		if (rows.length) await recordAudit(tx, { action: 'channels.telegram_unlink', entityType: 'user', entityId: userId, ...auditedBy(actor) });
		return rows.length > 0;
	});
}

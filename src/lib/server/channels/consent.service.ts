import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { channelPreference, message, suppression, type Channel, CHANNELS } from './channels.table';

export type SuppressionReason = (typeof suppression.$inferInsert)['reason'];

/**
 * The address says stop: nothing more goes to it on this channel, whatever the purpose (except a
 * sign-in code the person asks for afterwards). What is still queued for it is marked suppressed.
 */
export async function suppress(db: Tx, channel: Channel, address: string, reason: SuppressionReason): Promise<void> {
	await db.insert(suppression).values({ channel, address, reason }).onConflictDoNothing();
	await db
		.update(message)
		.set({ status: 'suppressed', doneAt: new Date(), error: 'opted_out' })
		.where(and(eq(message.channel, channel), eq(message.address, address), eq(message.status, 'created'), ne(message.purpose, 'otp')));
}

/** The address may be sent to again (the person's own action: START, /start, the account page). */
export async function unsuppress(db: Tx, channel: Channel, address: string, reasons?: SuppressionReason[]): Promise<boolean> {
	const where = reasons?.length
		? and(eq(suppression.channel, channel), eq(suppression.address, address), inArray(suppression.reason, reasons))
		: and(eq(suppression.channel, channel), eq(suppression.address, address));
	const rows = await db.delete(suppression).where(where).returning({ address: suppression.address });
	return rows.length > 0;
}

export async function isSuppressed(db: Tx, channel: Channel, address: string): Promise<boolean> {
	const [row] = await db
		.select({ a: suppression.address })
		.from(suppression)
		.where(and(eq(suppression.channel, channel), eq(suppression.address, address)));
	return !!row;
}

/** Which of these addresses are suppressed on the channel (one query per dispatcher batch). */
export async function suppressedAmong(db: Tx, channel: Channel, addresses: string[]): Promise<Set<string>> {
	if (addresses.length === 0) return new Set();
	const { rows } = await db.execute<{ address: string }>(
		sql`select address from suppression where channel = ${channel} and address = any(${sql.param(addresses)}::text[])`
	);
	return new Set(rows.map((r) => r.address));
}

export interface Preferences {
	channelOrder: Channel[];
	/** Safe time window in the person's local minutes from midnight; null = any time. */
	safeFrom: number | null;
	safeTo: number | null;
	timeZone: string;
}

export const DEFAULT_PREFERENCES: Preferences = { channelOrder: [], safeFrom: null, safeTo: null, timeZone: 'Asia/Bishkek' };

export async function preferencesOf(db: Tx, userId: string): Promise<Preferences> {
	const [row] = await db.select().from(channelPreference).where(eq(channelPreference.userId, userId));
	if (!row) return { ...DEFAULT_PREFERENCES };
	return {
		channelOrder: row.channelOrder.filter((c): c is Channel => (CHANNELS as readonly string[]).includes(c)),
		safeFrom: row.safeFrom,
		safeTo: row.safeTo,
		timeZone: row.timeZone
	};
}

/** Preferences of many people at once (the dispatcher's safe-time check). */
export async function preferencesAmong(db: Tx, userIds: string[]): Promise<Map<string, Preferences>> {
	const map = new Map<string, Preferences>();
	if (userIds.length === 0) return map;
	const rows = await db.select().from(channelPreference).where(inArray(channelPreference.userId, userIds));
	for (const row of rows) {
		map.set(row.userId, { channelOrder: row.channelOrder as Channel[], safeFrom: row.safeFrom, safeTo: row.safeTo, timeZone: row.timeZone });
	}
	return map;
}

export async function writePreferences(db: Tx, userId: string, prefs: Preferences): Promise<void> {
	const values = { channelOrder: prefs.channelOrder, safeFrom: prefs.safeFrom, safeTo: prefs.safeTo, timeZone: prefs.timeZone, updatedAt: new Date() };
	await db
		.insert(channelPreference)
		.values({ userId, ...values })
		.onConflictDoUpdate({ target: channelPreference.userId, set: values });
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes since local midnight in a time zone (UTC when the zone is unknown). */
export function localMinutes(at: Date, timeZone: string): number {
	let f = formatters.get(timeZone);
	if (!f) {
		try {
			f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
		} catch {
			f = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
		}
		formatters.set(timeZone, f);
	}
	const parts = f.formatToParts(at);
	const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
	const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
	return hour * 60 + minute;
}

/**
 * When a non-urgent message may go to this person: null = now, else the start of their next safe
 * window. A window may run over midnight (e.g. 20:00–02:00); from = to, or none, means any time.
 */
export function nextSafeTime(now: Date, prefs: Pick<Preferences, 'safeFrom' | 'safeTo' | 'timeZone'>): Date | null {
	const { safeFrom: from, safeTo: to } = prefs;
	if (from == null || to == null || from === to) return null;
	const t = localMinutes(now, prefs.timeZone);
	const inside = from < to ? t >= from && t < to : t >= from || t < to;
	if (inside) return null;
	const wait = (from - t + 1440) % 1440;
	const start = new Date(now.getTime() + wait * 60_000);
	start.setUTCSeconds(0, 0);
	return start;
}

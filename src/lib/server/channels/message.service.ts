import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { AppError } from '../errors';
import { authUser } from '../auth/auth.table';
import { channelContact, message, type Buttons, type Channel, type MessageStatus } from './channels.table';

/** The NOTIFY channel that wakes the dispatchers (payload: the message channel). */
export const WAKE = 'sapar_message';

export const ADDRESS: Record<Channel, RegExp> = {
	sms: /^\+[1-9]\d{6,14}$/,
	telegram: /^-?\d{1,20}$/,
	email: /^[^\s@<>]{1,64}@[^\s@<>]{1,189}\.[^\s@<>]{2,}$/
};
const MAX_BODY: Record<Channel, number> = { sms: 1600, telegram: 4096, email: 20_000 };

/** Sign-in codes and replies to a person first, then urgent messages, then the rest. */
export const priorityOf = (purpose: string, urgent: boolean) => (purpose === 'otp' || purpose === 'reply' || purpose === 'consent' ? 0 : urgent ? 1 : 2);

export interface EnqueueInput {
	channel: Channel;
	address: string;
	body: string;
	purpose: string;
	locale?: string;
	subject?: string | null;
	buttons?: Buttons | null;
	/** The domain row this message serves; at most one message per ref and channel (a second is ignored). */
	refId?: string | null;
	batchId?: string | null;
	userId?: string | null;
	/** May ignore the person's safe time (never an opt-out). */
	urgent?: boolean;
	notBefore?: Date;
	/** Seconds to wait for delivery before the person's next channel gets it; omit for no fallback. */
	fallbackSeconds?: number | null;
}

function check(input: EnqueueInput) {
	if (!ADDRESS[input.channel]?.test(input.address)) throw new AppError('bad_request', `invalid ${input.channel} address`);
	if (!input.body || input.body.length > MAX_BODY[input.channel] || input.body.includes('\u0000')) {
		throw new AppError('bad_request', `invalid ${input.channel} body`);
	}
	if (!/^[a-z][a-z_.]{1,39}$/.test(input.purpose)) throw new AppError('bad_request', 'invalid purpose');
}

/**
 * Queues one message. Pass the domain's transaction to make the message part of its change (it only
 * exists if the change commits). Returns the id, or null when this ref already has a message on this
 * channel.
 */
export async function enqueueMessage(db: Tx, input: EnqueueInput): Promise<string | null> {
	check(input);
	const urgent = input.urgent ?? false;
	const rows = await db
		.insert(message)
		.values({
			channel: input.channel,
			address: input.address,
			body: input.body,
			purpose: input.purpose,
			locale: input.locale ?? 'ky',
			subject: input.subject ?? null,
			buttons: input.buttons ?? null,
			refId: input.refId ?? null,
			batchId: input.batchId ?? null,
			userId: input.userId ?? null,
			urgent,
			priority: priorityOf(input.purpose, urgent),
			notBefore: input.notBefore ?? sql`now()`,
			fallbackSeconds: input.fallbackSeconds ?? null
		})
		.onConflictDoNothing()
		.returning({ id: message.id });
	await wakeDispatchers(db, input.channel);
	return rows[0]?.id ?? null;
}

/**
 * After a set-based insert (`INSERT INTO message … SELECT …`, see docs/decisions/0014), wake the
 * dispatchers instead of waiting for their next poll.
 */
export async function wakeDispatchers(db: Tx, channel: Channel): Promise<void> {
	await db.execute(sql`select pg_notify(${WAKE}, ${channel})`);
}

/** A person's reachable channels in their order (from the channel_contact view). */
export async function contactsOf(db: Tx, userId: string) {
	return db.select().from(channelContact).where(eq(channelContact.userId, userId)).orderBy(asc(channelContact.position));
}

export interface PersonMessage {
	userId: string;
	purpose: string;
	/** The text for a channel and language; null leaves that channel out. */
	render: (channel: Channel, locale: string) => { body: string; subject?: string; buttons?: Buttons | null } | null;
	/** Only these channels (e.g. ['sms'] for something tied to the phone number). */
	channels?: Channel[];
	refId?: string | null;
	batchId?: string | null;
	urgent?: boolean;
	/** Fall back to the next channel after this many seconds without delivery. */
	fallbackSeconds?: number | null;
}

/**
 * Queues a message to a person with an account on the first channel of their order that can reach
 * them (and is not opted out), in their language. Returns the id, or null when no channel can.
 */
export async function enqueueForPerson(db: Tx, input: PersonMessage): Promise<string | null> {
	const [user] = await db.select({ locale: authUser.locale }).from(authUser).where(eq(authUser.id, input.userId));
	if (!user) return null;
	const locale = user.locale ?? 'ky';
	for (const contact of await contactsOf(db, input.userId)) {
		if (input.channels && !input.channels.includes(contact.channel)) continue;
		const text = input.render(contact.channel, locale);
		if (!text) continue;
		return enqueueMessage(db, {
			channel: contact.channel,
			address: contact.address,
			locale,
			purpose: input.purpose,
			userId: input.userId,
			refId: input.refId,
			batchId: input.batchId,
			urgent: input.urgent,
			fallbackSeconds: input.fallbackSeconds,
			...text
		});
	}
	return null;
}

/** Cancels what a batch has not sent yet (e.g. an alert being called off). Returns how many. */
export async function cancelBatch(db: Tx, batchId: string): Promise<number> {
	const rows = await db
		.update(message)
		.set({ status: 'cancelled', doneAt: new Date(), error: 'cancelled' })
		.where(and(eq(message.batchId, batchId), eq(message.status, 'created')))
		.returning({ id: message.id });
	return rows.length;
}

/** Counts by channel and status for a batch (progress pages); in-doubt resends counted apart. */
export async function batchCounts(db: Tx, batchId: string) {
	const rows = await db
		.select({
			channel: message.channel,
			status: message.status,
			n: sql<number>`count(*)::int`,
			inDoubt: sql<number>`(count(*) filter (where ${message.inDoubt}))::int`
		})
		.from(message)
		.where(eq(message.batchId, batchId))
		.groupBy(message.channel, message.status);
	return rows as { channel: Channel; status: MessageStatus; n: number; inDoubt: number }[];
}

/** Messages by id (tests and domain pages). */
export async function messagesById(db: Tx, ids: string[]) {
	if (ids.length === 0) return [];
	return db.select().from(message).where(inArray(message.id, ids));
}

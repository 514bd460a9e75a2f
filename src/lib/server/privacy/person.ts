import type { PgColumn } from 'drizzle-orm/pg-core';
import { and, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { alert, alertRecipient } from '../alerts/alerts.table';
import { authAccount, authSession, authUser, authVerification } from '../auth/auth.table';
import { botDialogue } from '../bot/dialogue.table';
import { decryptNullable, decryptField } from '../cases/field-crypto';
import { channelPreference, inboundMessage, message, suppression, telegramLink, telegramLinkCode } from '../channels/channels.table';
import type { Db, Tx } from '../db/client';
import { reset } from '../http/rate-limit';
import { hotlinePhoneIndex } from '../hotline/hotline.service';
import { hotlineCall } from '../hotline/hotline.table';
import { organisation } from '../org/org.table';

/**
 * What Sapar holds about a person outside their own migrant records: channels (preferences, Telegram,
 * messages, opt-outs), alerts that reached them, hotline calls from their phone, sign-in codes and
 * sessions. Found by account id, and by the addresses the account has (phone, Telegram chat, e-mail).
 */
export interface Addresses {
	userId: string;
	phone: string | null;
	chatId: string | null;
	email: string | null;
}

export async function addressesOf(db: Db | Tx, userId: string): Promise<Addresses> {
	const [user] = await db.select({ phone: authUser.phoneNumber, email: authUser.email }).from(authUser).where(eq(authUser.id, userId));
	const [link] = await db.select({ chatId: telegramLink.chatId }).from(telegramLink).where(eq(telegramLink.userId, userId));
	// Phone-only accounts carry a placeholder e-mail that is no address.
	const email = user?.email && !/\.invalid$/.test(user.email) ? user.email : null;
	return { userId, phone: user?.phone ?? null, chatId: link?.chatId ?? null, email };
}

const list = (a: Addresses) => [a.phone, a.chatId, a.email].filter((x): x is string => !!x);

/** Hotline calls logged with this phone: by blind index, and calls logged before the index existed by decrypting them. */
async function hotlineCallIds(db: Db | Tx, phone: string | null): Promise<string[]> {
	if (!phone) return [];
	const indexed = await db
		.select({ id: hotlineCall.id })
		.from(hotlineCall)
		.where(eq(hotlineCall.phoneIndex, hotlinePhoneIndex(phone)));
	const older = await db
		.select({ id: hotlineCall.id, phoneEnc: hotlineCall.phoneEnc })
		.from(hotlineCall)
		.where(and(isNull(hotlineCall.phoneIndex), isNotNull(hotlineCall.phoneEnc)));
	return [...indexed.map((r) => r.id), ...older.filter((r) => decryptNullable(r.phoneEnc, r.id, 'phone') === phone).map((r) => r.id)];
}

export async function exportTraces(db: Db, a: Addresses) {
	const addresses = list(a);
	const byAddress = (column: PgColumn) => (addresses.length ? inArray(column, addresses) : sql`false`);
	const calls = await hotlineCallIds(db, a.phone);
	const [preferences, telegram, messages, inbound, optOuts, alerts, hotline, sessions, botDraft] = await Promise.all([
		db
			.select({
				channelOrder: channelPreference.channelOrder,
				safeFrom: channelPreference.safeFrom,
				safeTo: channelPreference.safeTo,
				timeZone: channelPreference.timeZone
			})
			.from(channelPreference)
			.where(eq(channelPreference.userId, a.userId)),
		db.select({ chatId: telegramLink.chatId, linkedAt: telegramLink.linkedAt }).from(telegramLink).where(eq(telegramLink.userId, a.userId)),
		db
			.select({
				channel: message.channel,
				address: message.address,
				subject: message.subject,
				body: message.body,
				purpose: message.purpose,
				status: message.status,
				createdAt: message.createdAt
			})
			.from(message)
			.where(or(eq(message.userId, a.userId), byAddress(message.address)))
			.orderBy(desc(message.createdAt))
			.limit(1000),
		db
			.select({ channel: inboundMessage.channel, address: inboundMessage.address, body: inboundMessage.body, receivedAt: inboundMessage.receivedAt })
			.from(inboundMessage)
			.where(or(eq(inboundMessage.userId, a.userId), byAddress(inboundMessage.address)))
			.orderBy(desc(inboundMessage.receivedAt))
			.limit(1000),
		db
			.select({ channel: suppression.channel, address: suppression.address, reason: suppression.reason, createdAt: suppression.createdAt })
			.from(suppression)
			.where(byAddress(suppression.address)),
		db
			.select({
				title: alert.title,
				answer: alertRecipient.answer,
				answeredAt: alertRecipient.answeredAt,
				country: alertRecipient.countryIso2,
				city: alertRecipient.city,
				receivedAt: alertRecipient.createdAt
			})
			.from(alertRecipient)
			.innerJoin(alert, eq(alert.id, alertRecipient.alertId))
			.where(or(eq(alertRecipient.userId, a.userId), a.phone ? eq(alertRecipient.phone, a.phone) : sql`false`)),
		calls.length
			? db
					.select({
						id: hotlineCall.id,
						organisation: organisation.name,
						at: hotlineCall.createdAt,
						topic: hotlineCall.topic,
						language: hotlineCall.language,
						questionEnc: hotlineCall.questionEnc,
						answerEnc: hotlineCall.answerEnc,
						caseNumber: hotlineCall.caseNumber
					})
					.from(hotlineCall)
					.innerJoin(organisation, eq(organisation.id, hotlineCall.organisationId))
					.where(inArray(hotlineCall.id, calls))
			: Promise.resolve([]),
		db
			.select({ createdAt: authSession.createdAt, expiresAt: authSession.expiresAt, ipAddress: authSession.ipAddress, userAgent: authSession.userAgent })
			.from(authSession)
			.where(eq(authSession.userId, a.userId)),
		a.chatId
			? db
					.select({ step: botDialogue.step, data: botDialogue.data, updatedAt: botDialogue.updatedAt })
					.from(botDialogue)
					.where(eq(botDialogue.chatId, a.chatId))
			: Promise.resolve([])
	]);
	return {
		channelPreferences: preferences[0] ?? null,
		telegram: telegram[0] ?? null,
		messages,
		inboundMessages: inbound,
		optOuts,
		alerts,
		hotlineCalls: hotline.map(({ id, questionEnc, answerEnc, ...c }) => ({
			...c,
			question: questionEnc ? decryptField(questionEnc, id, 'question') : '',
			answer: decryptNullable(answerEnc, id, 'answer')
		})),
		sessions,
		telegramBotDraft: botDraft[0] ?? null
	};
}

/**
 * Removes the person's traces (inside the deletion's transaction): what belongs to them goes; shared
 * records (messages, alert recipients, hotline calls) lose the address and the link, so counts stay.
 * Returns counts per kind for the audit entry (never the values).
 */
export async function eraseTraces(tx: Tx, a: Addresses): Promise<Record<string, number>> {
	const addresses = list(a);
	const n = (rows: unknown[]) => rows.length;
	const calls = await hotlineCallIds(tx, a.phone);
	const counts: Record<string, number> = {
		messages: n(
			await tx
				.update(message)
				.set({ address: null, subject: null, body: null, buttons: null, userId: null })
				.where(or(eq(message.userId, a.userId), addresses.length ? inArray(message.address, addresses) : sql`false`))
				.returning({ id: message.id })
		),
		inboundMessages: n(
			await tx
				.update(inboundMessage)
				.set({ address: null, body: null, userId: null })
				.where(or(eq(inboundMessage.userId, a.userId), addresses.length ? inArray(inboundMessage.address, addresses) : sql`false`))
				.returning({ id: inboundMessage.id })
		),
		optOuts: addresses.length ? n(await tx.delete(suppression).where(inArray(suppression.address, addresses)).returning({ a: suppression.address })) : 0,
		alertRecipients: n(
			await tx
				.update(alertRecipient)
				.set({ userId: null, phone: null })
				.where(or(eq(alertRecipient.userId, a.userId), a.phone ? eq(alertRecipient.phone, a.phone) : sql`false`))
				.returning({ id: alertRecipient.id })
		),
		alertLists: a.phone
			? n(
					await tx
						.update(alert)
						.set({ listPhones: sql`array_remove(${alert.listPhones}, ${a.phone})` })
						.where(sql`${a.phone} = any(${alert.listPhones})`)
						.returning({ id: alert.id })
				)
			: 0,
		hotlineCalls: calls.length
			? n(await tx.update(hotlineCall).set({ phoneEnc: null, phoneIndex: null }).where(inArray(hotlineCall.id, calls)).returning({ id: hotlineCall.id }))
			: 0,
		telegram: n(await tx.delete(telegramLink).where(eq(telegramLink.userId, a.userId)).returning({ id: telegramLink.userId })),
		telegramCodes: n(await tx.delete(telegramLinkCode).where(eq(telegramLinkCode.userId, a.userId)).returning({ id: telegramLinkCode.userId })),
		botDialogue: a.chatId ? n(await tx.delete(botDialogue).where(eq(botDialogue.chatId, a.chatId)).returning({ id: botDialogue.chatId })) : 0,
		channelPreferences: n(await tx.delete(channelPreference).where(eq(channelPreference.userId, a.userId)).returning({ id: channelPreference.userId })),
		signInCodes: a.phone
			? n(
					await tx
						// better-auth's identifier is `phone-number-otp-<phone>`
						.delete(authVerification)
						.where(sql`${authVerification.identifier} like ${`%${a.phone}`}`)
						.returning({ id: authVerification.id })
				)
			: 0,
		sessions: n(await tx.delete(authSession).where(eq(authSession.userId, a.userId)).returning({ id: authSession.id })),
		accounts: n(await tx.delete(authAccount).where(eq(authAccount.userId, a.userId)).returning({ id: authAccount.id }))
	};
	return counts;
}

/** Rate-limit counters keyed by the phone (hashed): after the transaction. */
export async function forgetCounters(a: Addresses): Promise<void> {
	if (!a.phone) return;
	await reset('otpPhone', a.phone);
}

import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { isLocale, type Locale } from '#lib/i18n';
import { m } from '#lib/paraglide/messages.js';
import type { Actor } from '../access/access';
import { recordAudit } from '../audit/audit.service';
import { authUser } from '../auth/auth.table';
import { keyword, type Buttons, type Channel, type Inbound, type InboundResult } from '../channels';
import { submitHelpRequest } from '../cases/intake.service';
import { helpCase } from '../cases/cases.table';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { log } from '../log';
import { alert, alertRecipient, type Answer } from './alerts.table';
import { channelTexts } from './alerts.service';
import { fill, recipientIdOf, tokenOf } from './template';
import { config } from '../config';

/** Replies that mean "I am safe" (1) or "I need help" (2), compared as whole messages, in three languages. */
const SAFE_WORDS = new Set([
	'1',
	'SAFE',
	'I AM SAFE',
	"I'M SAFE",
	'OK',
	'OKAY',
	'КООПСУЗ',
	'КООПСУЗМУН',
	'МЕН КООПСУЗМУН',
	'ЖАКШЫ',
	'БААРЫ ЖАКШЫ',
	'KOOPSUZ',
	'KOOPSUZMUN',
	'В БЕЗОПАСНОСТИ',
	'Я В БЕЗОПАСНОСТИ',
	'ВСЁ ХОРОШО',
	'ВСЕ ХОРОШО',
	'ХОРОШО',
	'ОК',
	'НОРМ'
]);
const HELP_WORDS = new Set([
	'2',
	'HELP',
	'I NEED HELP',
	'SOS',
	'ЖАРДАМ',
	'ЖАРДАМ КЕРЕК',
	'МАГА ЖАРДАМ КЕРЕК',
	'JARDAM',
	'ZHARDAM',
	'ПОМОГИТЕ',
	'ПОМОЩЬ',
	'НУЖНА ПОМОЩЬ',
	'МНЕ НУЖНА ПОМОЩЬ',
	'СОС',
	'POMOGITE',
	'POMOSH'
]);

export function answerOf(text: string | undefined): Answer | null {
	const k = keyword(text);
	if (SAFE_WORDS.has(k)) return 'safe';
	if (HELP_WORDS.has(k)) return 'help';
	return null;
}

const localeOf = (l: string | null | undefined): Locale => (isLocale(l) ? l : 'ky');

export interface AnswerOutcome {
	answer: Answer;
	locale: Locale;
	caseNumber: string | null;
	trackingCode: string | null;
}

/**
 * Records an answer. "I need help" opens one urgent case (capability D), routed to the mission of the
 * person's country and linked to the alert, with the contact the person already gave. Answering again
 * changes the answer; a case once opened stays.
 */
export async function recordAnswer(db: Db, recipientId: string, answer: Answer, channel: Channel | 'link'): Promise<AnswerOutcome> {
	return db.transaction(async (tx) => {
		const [r] = await tx
			.select({ r: alertRecipient, a: alert, phone: authUser.phoneNumber })
			.from(alertRecipient)
			.innerJoin(alert, eq(alert.id, alertRecipient.alertId))
			.leftJoin(authUser, eq(authUser.id, alertRecipient.userId))
			.where(eq(alertRecipient.id, recipientId))
			.for('update', { of: alertRecipient });
		if (!r || !r.a.asksAnswer || !['sending', 'sent', 'cancelled'].includes(r.a.status)) throw new AppError('not_found', 'recipient');
		const locale = localeOf(r.r.locale);
		let caseId = r.r.caseId;
		let caseNumber: string | null = null;
		let trackingCode: string | null = null;
		if (answer === 'help' && !caseId) {
			const phone = r.phone ?? r.r.phone;
			const actor: Actor | null = r.r.userId ? { userId: r.r.userId, role: 'migrant', organisationId: null } : null;
			const created = await submitHelpRequest(
				tx as unknown as Db,
				actor,
				{
					type: 'other',
					countryIso2: r.r.countryIso2 ?? r.a.listCountryIso2 ?? r.a.filters.countries[0] ?? 'KG',
					city: r.r.city || r.a.filters.cities[0] || '—',
					narrative: m.alert_help_narrative({ title: r.a.title[locale] ?? r.a.title.ky ?? '' }, { locale }),
					contactPhone: phone ?? '',
					contactChannel: phone ? 'sms' : 'none',
					inDanger: 'yes'
				},
				locale,
				'alert'
			);
			if (!created.ok) throw new Error(`alert help case not valid: ${Object.keys(created.errors).join(',')}`);
			caseId = created.data.id;
			caseNumber = created.data.number;
			trackingCode = created.data.trackingCode;
		} else if (caseId) {
			const [c] = await tx.select({ number: helpCase.number }).from(helpCase).where(eq(helpCase.id, caseId));
			caseNumber = c?.number ?? null;
		}
		await tx.update(alertRecipient).set({ answer, answeredAt: new Date(), answerChannel: channel, caseId }).where(eq(alertRecipient.id, recipientId));
		await recordAudit(tx, { action: 'alert.answer', entityType: 'alert', entityId: r.a.id, data: { answer, channel, case: caseId } });
		return { answer, locale, caseNumber, trackingCode };
	});
}

/** The text that confirms an answer to the person. */
export function answerReply(o: AnswerOutcome): string {
	if (o.answer === 'safe') return m.alert_reply_safe({}, { locale: o.locale });
	if (o.trackingCode && o.caseNumber) return m.alert_reply_help_new({ number: o.caseNumber, code: o.trackingCode }, { locale: o.locale });
	return m.alert_reply_help({ number: o.caseNumber ?? '' }, { locale: o.locale });
}

/** The recipient behind an answer link, for the two-button page (no sign-in). */
export async function recipientByToken(db: Db, token: string) {
	const id = recipientIdOf(token);
	if (!id) throw new AppError('not_found', 'token');
	const [row] = await db
		.select({ r: alertRecipient, a: alert })
		.from(alertRecipient)
		.innerJoin(alert, eq(alert.id, alertRecipient.alertId))
		.where(and(eq(alertRecipient.id, id), inArray(alert.status, ['sending', 'sent', 'cancelled'])));
	if (!row) throw new AppError('not_found', 'token');
	return row;
}

/** The latest alert waiting for this person's answer (7 days), by account or by phone. */
async function pendingFor(db: Tx, message: Inbound) {
	const who = message.userId
		? or(eq(alertRecipient.userId, message.userId), message.channel === 'sms' ? eq(alertRecipient.phone, message.address) : undefined)
		: message.channel === 'sms'
			? eq(alertRecipient.phone, message.address)
			: undefined;
	if (!who) return null;
	const [row] = await db
		.select({ id: alertRecipient.id, locale: alertRecipient.locale })
		.from(alertRecipient)
		.innerJoin(alert, eq(alert.id, alertRecipient.alertId))
		.where(and(who, eq(alert.asksAnswer, true), inArray(alert.status, ['sending', 'sent']), sql`${alertRecipient.createdAt} > now() - interval '7 days'`))
		.orderBy(desc(alertRecipient.createdAt))
		.limit(1);
	return row ?? null;
}

const CALLBACK = /^a:([A-Za-z0-9_-]{22}):([12])$/;

/**
 * Answers that come in by SMS ("1", "2" and words) and Telegram buttons. A reply that is not an
 * answer, from someone with an alert waiting, gets a hint; anything else is left to other handlers.
 */
export async function handleAnswer(db: Db, message: Inbound): Promise<InboundResult | null> {
	if (message.channel === 'telegram' && message.callbackData) {
		const hit = CALLBACK.exec(message.callbackData);
		if (!hit) return null;
		const id = recipientIdOf(hit[1]);
		const [r] = id ? await db.select({ userId: alertRecipient.userId }).from(alertRecipient).where(eq(alertRecipient.id, id)) : [];
		// Only the person the buttons were sent to answers with them.
		if (!r || !id || !message.userId || r.userId !== message.userId) return { handled: true };
		const outcome = await recordAnswer(db, id, hit[2] === '1' ? 'safe' : 'help', 'telegram');
		return { handled: true, reply: { body: answerReply(outcome) } };
	}
	if (message.channel !== 'sms' && message.channel !== 'telegram') return null;
	if (message.callbackData) return null;
	const pending = await pendingFor(db, message);
	if (!pending) return null;
	const answer = answerOf(message.text);
	if (!answer) {
		if (message.channel !== 'sms') return null;
		return { handled: true, reply: { body: m.alert_reply_hint({}, { locale: localeOf(pending.locale) }) } };
	}
	const outcome = await recordAnswer(db, pending.id, answer, message.channel);
	log.info('alert answered', { channel: message.channel, answer });
	return { handled: true, reply: { body: answerReply(outcome) } };
}

/** How an alert reads on the next channel when the first one fails (the dispatcher's fallback). */
export async function renderFallback(
	db: Db,
	original: { refId: string | null; locale: string },
	channel: Channel
): Promise<{ body: string; subject?: string | null; buttons?: Buttons | null } | null> {
	if (!original.refId) return null;
	const [row] = await db
		.select({ r: alertRecipient, a: alert })
		.from(alertRecipient)
		.innerJoin(alert, eq(alert.id, alertRecipient.alertId))
		.where(eq(alertRecipient.id, original.refId));
	if (!row || row.a.status === 'cancelled') return null;
	const locale = localeOf(row.r.locale);
	const t = channelTexts(row.a, locale);
	const token = tokenOf(row.r.id);
	const values = { city: row.r.city ?? '', link: `${config.origin}/a/${token}` };
	if (channel === 'sms') return { body: fill(t.sms, values) };
	if (channel === 'email') return { body: fill(t.email, values), subject: t.subject };
	return {
		body: fill(t.telegram, values),
		buttons: row.a.asksAnswer
			? {
					kind: 'inline',
					rows: [
						[
							{ text: t.safe, data: `a:${token}:1` },
							{ text: t.help, data: `a:${token}:2` }
						]
					]
				}
			: null
	};
}

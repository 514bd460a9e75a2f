/**
 * The hotline desk (issue 17, docs/decisions: hotline desk): operators log calls in seconds, send the
 * caller a portal link by SMS, and with the caller's consent turn a call into a help case or a referral
 * to the help directory. Calls belong to the operator's organisation and are seen by it alone; the
 * caller's phone, question and answer are encrypted like cases (field-crypto).
 */
import { blindIndex } from '../crypto/blind-index';
import { randomUUID } from 'node:crypto';
import { count, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { HOTLINE_KINDS, HOTLINE_LANGUAGES, HOTLINE_TOPICS, LINK_TARGETS, portalLocale, portalPath } from '#lib/hotline';
import { CASE_TYPES } from '#lib/cases';
import { tr } from '#lib/i18n';
import { requireAccess, requireRecentAuth, scopeFilter, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { maskPhone, normalisePhone } from '../auth/phone';
import { enqueueMessage } from '../channels/message.service';
import { decryptField, decryptNullable, encryptField, encryptNullable } from '../cases/field-crypto';
import { submitHelpRequest } from '../cases/intake.service';
import { config } from '../config';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { organisation } from '../org/org.table';
import { directoryEntry } from '../portal/portal.table';
import { country } from '../reference/reference.table';
import { optionalText, requiredText, validate, isUuid, type Validated } from '../validation';
import { hotlineCall } from './hotline.table';

const consent = z.literal('yes', { error: 'error_hotline_consent' });

export const callSchema = z.object({
	phone: optionalText(32),
	language: z.enum(HOTLINE_LANGUAGES, { error: 'error_choose_one' }),
	topic: z.enum(HOTLINE_TOPICS, { error: 'error_choose_one' }),
	destination: z
		.string()
		.trim()
		.regex(/^([A-Za-z]{2})?$/, { error: 'error_country' })
		.optional()
		.default('')
		.transform((v) => v.toUpperCase()),
	question: requiredText(1000),
	answer: optionalText(2000)
});

/** May this actor's organisation run a hotline desk at all? */
async function requireDesk(db: Tx, actor: Actor) {
	requireAccess(actor, 'hotline.log');
	const [org] = actor.organisationId ? await db.select({ kind: organisation.kind }).from(organisation).where(eq(organisation.id, actor.organisationId)) : [];
	if (!org || !(HOTLINE_KINDS as readonly string[]).includes(org.kind)) throw new AppError('forbidden', `${org?.kind ?? 'no organisation'} runs no hotline`);
}

export async function mayRunHotline(db: Db, actor: Actor): Promise<boolean> {
	try {
		await requireDesk(db, actor);
		return true;
	} catch {
		return false;
	}
}

/** The blind index that finds a caller's calls by phone (the person's export and deletion). */
export const hotlinePhoneIndex = (phone: string) => blindIndex('hotline_phone', phone);

/** Logs a call for the operator's organisation; nothing personal reaches the audit log. */
export async function logCall(db: Db, actor: Actor, input: unknown): Promise<Validated<{ id: string }>> {
	await requireDesk(db, actor);
	const parsed = validate(callSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const phone = v.phone ? normalisePhone(v.phone) : null;
	if (v.phone && !phone) return { ok: false, errors: { phone: 'error_phone_invalid' } };
	if (v.destination) {
		const [known] = await db.select({ iso2: country.iso2 }).from(country).where(eq(country.iso2, v.destination));
		if (!known) return { ok: false, errors: { destination: 'error_country' } };
	}
	const id = randomUUID();
	await db.transaction(async (tx) => {
		await tx.insert(hotlineCall).values({
			id,
			organisationId: actor.organisationId!,
			operatorUserId: actor.userId,
			phoneEnc: encryptNullable(phone, id, 'phone'),
			phoneIndex: phone ? hotlinePhoneIndex(phone) : null,
			language: v.language,
			topic: v.topic,
			destinationIso2: v.destination || null,
			questionEnc: encryptField(v.question, id, 'question'),
			answerEnc: encryptNullable(v.answer, id, 'answer')
		});
		await recordAudit(tx, {
			action: 'hotline.log',
			entityType: 'hotline_call',
			entityId: id,
			...auditedBy(actor),
			data: { topic: v.topic, anonymous: !phone }
		});
	});
	return { ok: true, data: { id } };
}

/** The organisation's latest calls: no phone, question or answer (those open one call at a time, audited). */
export async function listCalls(db: Db, actor: Actor, limit = 50) {
	const scope = scopeFilter(actor, 'hotline.read');
	if (!('organisationId' in scope)) throw new AppError('forbidden', 'hotline calls are per organisation');
	const rows = await db
		.select({
			id: hotlineCall.id,
			createdAt: hotlineCall.createdAt,
			topic: hotlineCall.topic,
			language: hotlineCall.language,
			destinationIso2: hotlineCall.destinationIso2,
			anonymous: isNull(hotlineCall.phoneEnc),
			caseNumber: hotlineCall.caseNumber,
			referred: sql<boolean>`${hotlineCall.referralEntryId} is not null`
		})
		.from(hotlineCall)
		.where(eq(hotlineCall.organisationId, scope.organisationId))
		.orderBy(desc(hotlineCall.createdAt))
		.limit(Math.min(Math.max(limit, 1), 200));
	return rows;
}

async function callInScope(db: Tx, actor: Actor, id: string, permission: 'hotline.read' | 'hotline.log') {
	requireAccess(actor, permission);
	if (!isUuid(id)) throw new AppError('not_found', 'hotline call');
	const [row] = await db.select().from(hotlineCall).where(eq(hotlineCall.id, id));
	if (!row) throw new AppError('not_found', 'hotline call');
	requireAccess(actor, permission, { organisationId: row.organisationId });
	return row;
}

const phoneOf = (row: { id: string; phoneEnc: string | null }) => decryptNullable(row.phoneEnc, row.id, 'phone');

/** The operator's own call just logged is shown without re-authentication (they have just typed it in). */
export const OWN_CALL_MINUTES = 30;

/**
 * One call with its question and answer decrypted (the view is audited); the phone is shown masked.
 * Decrypting needs a recent sign-in or re-authentication (issue 15), except for the operator's own
 * call within OWN_CALL_MINUTES of logging it.
 */
export async function getCall(db: Db, actor: Actor, id: string, now = new Date()) {
	const row = await callInScope(db, actor, id, 'hotline.read');
	const fresh = row.operatorUserId === actor.userId && now.getTime() - row.createdAt.getTime() < OWN_CALL_MINUTES * 60_000;
	if (!fresh) requireRecentAuth(actor, now);
	const phone = phoneOf(row);
	const [referral] = row.referralEntryId
		? await db.select({ name: directoryEntry.name, phones: directoryEntry.phones }).from(directoryEntry).where(eq(directoryEntry.id, row.referralEntryId))
		: [];
	await db.transaction((tx) => recordAudit(tx, { action: 'hotline.view', entityType: 'hotline_call', entityId: row.id, ...auditedBy(actor) }));
	return {
		id: row.id,
		createdAt: row.createdAt,
		topic: row.topic,
		language: row.language,
		destinationIso2: row.destinationIso2,
		phone: phone ? maskPhone(phone) : null,
		// '' after retention minimised the call (hotline/retention.ts)
		question: row.questionEnc ? decryptField(row.questionEnc, row.id, 'question') : '',
		answer: decryptNullable(row.answerEnc, row.id, 'answer'),
		smsCount: row.smsCount,
		caseNumber: row.caseNumber,
		referral: referral ?? null,
		consentAt: row.consentAt
	};
}

const linkSchema = z.object({ target: z.enum(LINK_TARGETS, { error: 'error_choose_one' }) });

/** Sends the caller a portal link by SMS (the development outbox outside production). */
export async function sendCallLink(db: Db, actor: Actor, id: string, input: unknown): Promise<Validated<{ sent: true }>> {
	const row = await callInScope(db, actor, id, 'hotline.log');
	const parsed = validate(linkSchema, input);
	if (!parsed.ok) return parsed;
	const phone = phoneOf(row);
	if (!phone) return { ok: false, errors: { form: 'error_hotline_no_phone' } };
	const path = portalPath(parsed.data.target, portalLocale(row.language), row.destinationIso2);
	if (!path) return { ok: false, errors: { target: 'error_hotline_no_destination' } };
	await db.transaction(async (tx) => {
		await enqueueMessage(tx, {
			channel: 'sms',
			address: phone,
			body: `Sapar: ${config.origin}${path}`,
			purpose: 'hotline',
			locale: portalLocale(row.language)
		});
		await tx
			.update(hotlineCall)
			.set({ smsCount: sql`${hotlineCall.smsCount} + 1` })
			.where(eq(hotlineCall.id, row.id));
		await recordAudit(tx, { action: 'hotline.sms', entityType: 'hotline_call', entityId: row.id, ...auditedBy(actor), data: { target: parsed.data.target } });
	});
	return { ok: true, data: { sent: true } };
}

const caseSchema = z.object({
	consent,
	type: z.enum(CASE_TYPES, { error: 'error_choose_one' }),
	city: requiredText(120),
	narrative: requiredText(5000),
	countryIso2: z.string().optional()
});

/**
 * With the caller's consent, opens a help case from the call (routed like any request: the mission in
 * the country, else the national intake). The tracking code is returned once, for the operator to read
 * out, and sent by SMS when the caller gave a phone.
 */
export async function callToCase(
	db: Db,
	actor: Actor,
	id: string,
	input: Record<string, string>
): Promise<Validated<{ number: string; trackingCode: string }>> {
	const row = await callInScope(db, actor, id, 'hotline.log');
	if (row.caseId || row.caseNumber) throw new AppError('conflict', 'call already has a case', { userMessage: 'error_hotline_already_case' });
	const parsed = validate(caseSchema, { ...input, countryIso2: input.countryIso2 || row.destinationIso2 || '' });
	if (!parsed.ok) return parsed;
	const phone = phoneOf(row);
	const locale = portalLocale(row.language);
	const created = await submitHelpRequest(
		db,
		null,
		{
			type: parsed.data.type,
			countryIso2: input.countryIso2 || row.destinationIso2 || '',
			city: parsed.data.city,
			narrative: parsed.data.narrative,
			contactPhone: phone ?? '',
			contactChannel: phone ? 'sms' : 'none'
		},
		locale,
		'hotline'
	);
	if (!created.ok) return created;
	const { number, trackingCode } = created.data;
	await db.transaction(async (tx) => {
		await tx.update(hotlineCall).set({ caseId: created.data.id, caseNumber: number, consentAt: new Date() }).where(eq(hotlineCall.id, row.id));
		if (phone) {
			await enqueueMessage(tx, {
				channel: 'sms',
				address: phone,
				body: `Sapar ${number} / ${trackingCode}: ${config.origin}/${locale}/help/track`,
				purpose: 'hotline',
				locale,
				refId: created.data.id
			});
		}
		await recordAudit(tx, {
			action: 'hotline.to_case',
			entityType: 'hotline_call',
			entityId: row.id,
			...auditedBy(actor),
			data: { caseId: created.data.id, consent: true }
		});
	});
	return { ok: true, data: { number, trackingCode } };
}

const referSchema = z.object({ consent, entryId: z.string().refine(isUuid, { error: 'error_choose_one' }) });

/** With the caller's consent, refers them to a help-directory entry and sends its contacts by SMS. */
export async function referCall(db: Db, actor: Actor, id: string, input: unknown): Promise<Validated<{ referred: true }>> {
	const row = await callInScope(db, actor, id, 'hotline.log');
	const parsed = validate(referSchema, input);
	if (!parsed.ok) return parsed;
	const [entry] = await db.select().from(directoryEntry).where(eq(directoryEntry.id, parsed.data.entryId));
	if (!entry) return { ok: false, errors: { entryId: 'error_choose_one' } };
	const phone = phoneOf(row);
	const locale = portalLocale(row.language);
	await db.transaction(async (tx) => {
		await tx.update(hotlineCall).set({ referralEntryId: entry.id, consentAt: new Date() }).where(eq(hotlineCall.id, row.id));
		if (phone) {
			const contacts = [tr(entry.name, locale), ...entry.phones.slice(0, 2), entry.email ?? ''].filter(Boolean).join(', ');
			await enqueueMessage(tx, { channel: 'sms', address: phone, body: `Sapar: ${contacts}`.slice(0, 480), purpose: 'hotline', locale });
		}
		await recordAudit(tx, {
			action: 'hotline.refer',
			entityType: 'hotline_call',
			entityId: row.id,
			...auditedBy(actor),
			data: { entryId: entry.id, consent: true }
		});
	});
	return { ok: true, data: { referred: true } };
}

/** Help-directory entries to refer to: those in the call's destination, else all (names only). */
export async function referralChoices(db: Db, actor: Actor, destinationIso2: string | null) {
	requireAccess(actor, 'hotline.read');
	return db
		.select({ id: directoryEntry.id, name: directoryEntry.name, countryIso2: directoryEntry.countryIso2 })
		.from(directoryEntry)
		.where(destinationIso2 ? eq(directoryEntry.countryIso2, destinationIso2) : undefined)
		.orderBy(directoryEntry.countryIso2, directoryEntry.slug)
		.limit(200);
}

/** Calls counted by topic, language and destination, for the organisation's desk (no names, no text). */
export async function callCounts(db: Db, actor: Actor) {
	const scope = scopeFilter(actor, 'hotline.read');
	if (!('organisationId' in scope)) throw new AppError('forbidden', 'hotline calls are per organisation');
	const mine = eq(hotlineCall.organisationId, scope.organisationId);
	const by = <C extends typeof hotlineCall.topic | typeof hotlineCall.language | typeof hotlineCall.destinationIso2>(column: C) =>
		db.select({ key: column, n: count() }).from(hotlineCall).where(mine).groupBy(column).orderBy(desc(count()));
	const [topic, language, destination] = await Promise.all([by(hotlineCall.topic), by(hotlineCall.language), by(hotlineCall.destinationIso2)]);
	return { topic, language, destination, total: topic.reduce((s, r) => s + r.n, 0) };
}

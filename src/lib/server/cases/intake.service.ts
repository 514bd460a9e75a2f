import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { requireAccess, type Actor } from '../access/access';
import { recordAudit } from '../audit/audit.service';
import { normalisePhone } from '../auth/phone';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { enqueueMessage } from '../channels/message.service';
import { confirmToReporter } from './confirmations';
import { membership, organisation } from '../org/org.table';
import { normalise } from '../portal/normalise';
import { agency } from '../recruitment/recruitment.table';
import { country } from '../reference/reference.table';
import { optionalText, requiredText, validate, type Validated } from '../validation';
import {
	CASE_TYPES,
	PERSON_REOPEN_DAYS,
	SCREENING,
	caseAttachment,
	caseDeadline,
	caseEvent,
	caseMessage,
	caseNumberSeq,
	caseTransition,
	helpCase,
	type CaseType,
	type Urgency
} from './cases.table';
import { decryptField, decryptNullable, encryptField, encryptNullable } from './field-crypto';
import { checkFile, storeFile } from './case-files';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Default deadlines when an organisation has set none: first response in 48 hours (Sri Lanka's
 * complaint system gives agencies 48 hours to answer), resolution in 30 days (the Philippine 30-day
 * conciliation); a day for the first response where a life or liberty may be at stake.
 */
export const DEFAULT_DEADLINES: Record<CaseType, { firstResponseHours: number; resolutionDays: number }> = Object.fromEntries(
	CASE_TYPES.map((t) => [t, { firstResponseHours: ['detention', 'death_repatriation', 'missing_person', 'abuse'].includes(t) ? 24 : 48, resolutionDays: 30 }])
) as Record<CaseType, { firstResponseHours: number; resolutionDays: number }>;

/** Cases where someone says they are in danger now are answered within 4 hours whatever the type. */
const CRITICAL_FIRST_RESPONSE_HOURS = 4;

export async function deadlinesFor(db: Tx, organisationId: string, type: CaseType, urgency: Urgency, from: Date) {
	const [row] = await db
		.select()
		.from(caseDeadline)
		.where(and(eq(caseDeadline.organisationId, organisationId), eq(caseDeadline.type, type)));
	const d = row ?? DEFAULT_DEADLINES[type];
	const hours = urgency === 'critical' ? Math.min(d.firstResponseHours, CRITICAL_FIRST_RESPONSE_HOURS) : d.firstResponseHours;
	return { firstResponseDue: new Date(from.getTime() + hours * HOUR), resolutionDue: new Date(from.getTime() + d.resolutionDays * DAY) };
}

// ─── Numbers and tracking codes ──────────────────────────────────────────────

// Crockford-style alphabet: no I, L, O, U (nothing to misread on a phone screen).
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 12 random characters (60 bits) in three groups: XXXX-XXXX-XXXX. */
export function newTrackingCode(): string {
	const bytes = randomBytes(12);
	const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
	return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Codes are compared without dashes, spaces or case, and look-alike letters are folded. */
export function trackingHash(code: string): string {
	const clean = code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	return createHash('sha256').update(clean).digest('hex');
}

export const CASE_NUMBER = /^SP-\d{4}-\d{6,}$/;
export const normaliseCaseNumber = (value: string) => value.trim().toUpperCase().replace(/\s+/g, '');

async function nextCaseNumber(tx: Tx, at: Date): Promise<string> {
	const { rows } = await tx.execute<{ n: string }>(sql`select nextval(${sql.raw(`'${caseNumberSeq.seqName}'`)}) as n`);
	return `SP-${at.getUTCFullYear()}-${String(rows[0].n).padStart(6, '0')}`;
}

// ─── Routing ─────────────────────────────────────────────────────────────────

/** The national intake organisation when no mission covers the country (configurable). */
export const intakeSlug = () => process.env.SAPAR_CASE_INTAKE ?? 'ceca-bishkek';

/**
 * Who receives a new case: the Kyrgyz mission in the country (the one in the same city when there are
 * several, else the first by slug), otherwise the national intake organisation. Only a mission with
 * staff on Sapar takes cases: every mission in the help directory is one a person can register with
 * (issue 16), but a case sent to a mission nobody works from would wait unseen.
 */
export async function routeCase(db: Tx, countryIso2: string, city: string): Promise<string> {
	const staffed = sql`exists (select 1 from ${membership} where ${membership.organisationId} = ${organisation.id})`;
	const missions = await db
		.select({ id: organisation.id, city: organisation.city })
		.from(organisation)
		.where(and(eq(organisation.kind, 'consulate'), eq(organisation.countryIso2, countryIso2), eq(organisation.active, true), staffed))
		.orderBy(asc(organisation.slug));
	const wanted = normalise(city);
	const sameCity = missions.find((m) => Object.values(m.city ?? {}).some((c) => c && normalise(c) === wanted));
	const chosen = sameCity ?? missions[0];
	if (chosen) return chosen.id;
	const [intake] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.slug, intakeSlug()));
	if (!intake) throw new Error(`intake organisation ${intakeSlug()} is missing`);
	return intake.id;
}

/** The register's agency when exactly one matches the name given. */
async function findAgency(db: Tx, name: string): Promise<string | null> {
	const key = normalise(name);
	if (key.length < 3) return null;
	const rows = await db
		.select({ id: agency.organisationId })
		.from(agency)
		.where(sql`${agency.searchText} like ${`%${key}%`}`)
		.limit(2);
	return rows.length === 1 ? rows[0].id : null;
}

// ─── The help request ────────────────────────────────────────────────────────

const CHANNELS = ['none', 'sms', 'email'] as const;

export const helpRequestSchema = z
	.object({
		type: z.enum(CASE_TYPES, { error: 'error_choose_one' }),
		countryIso2: z
			.string({ error: 'error_country' })
			.trim()
			.regex(/^[A-Za-z]{2}$/, { error: 'error_country' })
			.transform((v) => v.toUpperCase()),
		city: requiredText(120),
		narrative: z
			.string({ error: 'error_required' })
			.trim()
			.min(1, { error: 'error_required' })
			.min(10, { error: 'error_case_narrative_short' })
			.max(5000, { error: 'error_too_long' }),
		employerName: optionalText(200),
		agencyName: optionalText(200),
		contactName: optionalText(120),
		contactPhone: optionalText(32),
		contactEmail: z
			.union([z.literal(''), z.string().trim().toLowerCase().email({ error: 'error_email' }).max(254, { error: 'error_too_long' })])
			.optional()
			.default(''),
		contactChannel: z.enum(CHANNELS, { error: 'error_choose_one' }).optional().default('none'),
		safeTime: optionalText(200),
		idDocument: optionalText(40),
		screening: z
			.array(z.enum(SCREENING, { error: 'error_invalid' }))
			.max(SCREENING.length)
			.optional()
			.default([]),
		inDanger: z
			.union([z.boolean(), z.literal('on'), z.literal('yes'), z.literal('')])
			.optional()
			.default(false)
	})
	.refine((v) => v.contactChannel !== 'sms' || v.contactPhone, { path: ['contactPhone'], error: 'error_case_phone_needed' })
	.refine((v) => v.contactChannel !== 'email' || v.contactEmail, { path: ['contactEmail'], error: 'error_case_email_needed' });

export type HelpRequestInput = z.input<typeof helpRequestSchema>;

export interface Contact {
	name: string;
	phone: string | null;
	email: string | null;
	channel: (typeof CHANNELS)[number];
	safeTime: string;
}

/**
 * A person asks for help, anonymously (actor null) or signed in. Returns the case number and the
 * tracking code (shown once; only its hash is kept). No IP address is stored for anyone.
 */
export async function submitHelpRequest(
	db: Db,
	actor: Actor | null,
	input: unknown,
	locale: string,
	source: 'web' | 'api' | 'alert' | 'hotline' | 'telegram' = 'web'
): Promise<Validated<{ id: string; number: string; trackingCode: string }>> {
	const parsed = validate(helpRequestSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const phone = v.contactPhone ? normalisePhone(v.contactPhone) : null;
	if (v.contactPhone && !phone) return { ok: false, errors: { contactPhone: 'error_phone_invalid' } };
	const [known] = await db.select({ iso2: country.iso2 }).from(country).where(eq(country.iso2, v.countryIso2));
	if (!known) return { ok: false, errors: { countryIso2: 'error_country' } };
	if (actor && actor.role !== 'migrant') throw new AppError('forbidden', 'staff record cases in the back office');

	const id = randomUUID();
	const trackingCode = newTrackingCode();
	const traffickingFlag = v.screening.length > 0;
	const inDanger = v.inDanger === true || v.inDanger === 'on' || v.inDanger === 'yes';
	const urgency: Urgency = inDanger
		? 'critical'
		: traffickingFlag || ['detention', 'death_repatriation', 'missing_person', 'abuse'].includes(v.type)
			? 'high'
			: 'normal';
	const contact: Contact = { name: v.contactName, phone, email: v.contactEmail || null, channel: v.contactChannel, safeTime: v.safeTime };
	const hasContact = contact.name || contact.phone || contact.email || contact.safeTime;

	const number = await db.transaction(async (tx) => {
		const now = new Date();
		const organisationId = await routeCase(tx, v.countryIso2, v.city);
		const number = await nextCaseNumber(tx, now);
		await tx.insert(helpCase).values({
			id,
			number,
			trackingHash: trackingHash(trackingCode),
			type: v.type,
			countryIso2: v.countryIso2,
			city: v.city,
			employerName: v.employerName || null,
			agencyName: v.agencyName || null,
			agencyId: v.agencyName ? await findAgency(tx, v.agencyName) : null,
			urgency,
			traffickingFlag,
			screening: v.screening,
			organisationId,
			reporterUserId: actor?.userId ?? null,
			narrativeEnc: encryptField(v.narrative, id, 'narrative'),
			contactEnc: hasContact ? encryptField(JSON.stringify(contact), id, 'contact') : null,
			idDocumentEnc: encryptNullable(v.idDocument, id, 'id_document'),
			language: locale,
			...(await deadlinesFor(tx, organisationId, v.type, urgency, now)),
			createdAt: now,
			updatedAt: now
		});
		await tx
			.insert(caseEvent)
			.values({ caseId: id, kind: 'created', actorUserId: actor?.userId ?? null, data: { type: v.type, urgency, traffickingFlag, source } });
		// No client address, even for signed-in people: the person may be hiding from someone.
		await recordAudit(tx, {
			action: 'case.create',
			entityType: 'help_case',
			entityId: id,
			actorUserId: actor?.userId ?? null,
			data: { source, anonymous: !actor }
		});
		// An alert answer and the bot already tell the person the number and code themselves.
		if (source !== 'alert' && source !== 'telegram') await confirmToReporter(tx, { number, reporterUserId: actor?.userId ?? null }, { kind: 'submitted' });
		return number;
	});
	return { ok: true, data: { id, number, trackingCode } };
}

// ─── Following a case with its number and code ───────────────────────────────

/** The case behind a number and code, or not_found for any mismatch (nothing tells which part was wrong). */
async function caseByCode(db: Tx, number: string, code: string) {
	const n = normaliseCaseNumber(number);
	if (!CASE_NUMBER.test(n) || !code || code.length > 40) throw new AppError('not_found', 'case');
	const [row] = await db.select().from(helpCase).where(eq(helpCase.number, n));
	const expected = Buffer.from(row?.trackingHash ?? '0'.repeat(64), 'hex');
	const given = Buffer.from(trackingHash(code), 'hex');
	if (!row || !timingSafeEqual(expected, given)) throw new AppError('not_found', 'case');
	return row;
}

/** The last moment the person may reopen a closed case themselves (null when it is not closed or was minimised). */
export function personReopenUntil(row: { status: string; closedAt: Date | null; minimisedAt: Date | null }): Date | null {
	if (row.status !== 'closed' || !row.closedAt || row.minimisedAt) return null;
	return new Date(row.closedAt.getTime() + PERSON_REOPEN_DAYS * DAY);
}

/** Names of the organisations that accepted a referral of the case (the person is told where it went). */
async function acceptedReferrals(db: Tx, caseId: string) {
	const rows = await db
		.select({ name: organisation.name })
		.from(caseTransition)
		.innerJoin(organisation, eq(organisation.id, caseTransition.toOrganisationId))
		.where(and(eq(caseTransition.caseId, caseId), eq(caseTransition.kind, 'referral'), eq(caseTransition.status, 'accepted')))
		.orderBy(asc(caseTransition.decidedAt));
	return rows.map((r) => r.name);
}

/**
 * What the person sees: status, type, place, messages; once closed, the outcome and until when they may
 * reopen it. Not the narrative, contact details or the case worker's outcome note.
 */
export async function trackCase(db: Db, number: string, code: string, now = new Date()) {
	const row = await caseByCode(db, number, code);
	const closed = row.status === 'closed';
	const [messages, files, referredTo] = await Promise.all([
		db.select().from(caseMessage).where(eq(caseMessage.caseId, row.id)).orderBy(asc(caseMessage.at)),
		db
			.select()
			.from(caseAttachment)
			.where(and(eq(caseAttachment.caseId, row.id), eq(caseAttachment.fromPerson, true)))
			.orderBy(asc(caseAttachment.createdAt)),
		closed ? acceptedReferrals(db, row.id) : Promise.resolve([])
	]);
	const until = personReopenUntil(row);
	return {
		outcome: closed
			? { closedAt: row.closedAt, outcomes: row.outcomes, wagesRecovered: row.wagesRecovered, wagesCurrency: row.wagesCurrency, referredTo }
			: null,
		/** set while the person may still reopen the case */
		reopenUntil: until && until > now ? until : null,
		number: row.number,
		status: row.status,
		type: row.type,
		countryIso2: row.countryIso2,
		city: row.city,
		createdAt: row.createdAt,
		updatedAt: row.updatedAt,
		messages: messages.map((m) => ({ fromPerson: m.fromPerson, at: m.at, body: decryptField(m.bodyEnc, m.id, 'message') })),
		// Only what the person sent: staff files stay with the case workers.
		files: files.map((f) => ({ name: decryptField(f.fileNameEnc, f.id, 'file_name'), mediaType: f.mediaType, size: f.size, at: f.createdAt }))
	};
}

export const addInformationSchema = z.object({ body: optionalText(5000) });
/** Files one person may send to a case from the tracking page (more go through the case worker). */
export const MAX_PERSON_FILES = 20;

/**
 * The person answers or adds information, a file (photo of a contract, a pay slip), or both; it lands on
 * the timeline and reopens nothing by itself.
 */
export async function addInformation(
	db: Db,
	number: string,
	code: string,
	input: { body?: unknown; file?: File | null }
): Promise<Validated<{ number: string }>> {
	const row = await caseByCode(db, number, code);
	// A closed case takes no more replies: the person reopens it (within the period) or asks anew.
	if (row.status === 'closed') return { ok: false, errors: { form: 'error_case_closed_reply' } };
	const parsed = validate(addInformationSchema, { body: input.body ?? '' });
	const checked = await checkFile(input.file);
	if (!parsed.ok || !checked.ok) return { ok: false, errors: { ...(parsed.ok ? {} : parsed.errors), ...(checked.ok ? {} : { file: checked.error }) } };
	const body = parsed.data.body;
	const file = checked.file;
	if (!body && !file) return { ok: false, errors: { body: 'error_required' } };
	if (file) {
		const [sent] = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(caseAttachment)
			.where(and(eq(caseAttachment.caseId, row.id), eq(caseAttachment.fromPerson, true)));
		if (sent.n >= MAX_PERSON_FILES) return { ok: false, errors: { file: 'error_case_files_limit' } };
	}
	await db.transaction(async (tx) => {
		if (body) {
			const id = randomUUID();
			await tx.insert(caseMessage).values({ id, caseId: row.id, fromPerson: true, bodyEnc: encryptField(body, id, 'message') });
		}
		if (file) await storeFile(tx, row.id, file, { userId: null, fromPerson: true });
		await tx.insert(caseEvent).values({ caseId: row.id, kind: 'information_added', data: file ? { type: file.mediaType, size: file.bytes.length } : {} });
		await tx.update(helpCase).set({ updatedAt: new Date() }).where(eq(helpCase.id, row.id));
		await recordAudit(tx, { action: 'case.information_added', entityType: 'help_case', entityId: row.id, data: file ? { attachment: file.id } : {} });
	});
	return { ok: true, data: { number: row.number } };
}

export const personReopenSchema = z.object({ reason: requiredText(2000) });

/**
 * The person reopens their closed case from the tracking page, within PERSON_REOPEN_DAYS of its closing,
 * saying why (kept as their message). It goes back to the organisation that handled it, with fresh
 * deadlines; if that organisation is no longer active it is routed anew as a new request would be.
 */
export async function reopenByPerson(db: Db, number: string, code: string, input: unknown, now = new Date()): Promise<Validated<{ number: string }>> {
	const row = await caseByCode(db, number, code);
	if (row.status !== 'closed') throw new AppError('invalid_transition', 'not closed', { userMessage: 'error_case_not_closed' });
	const until = personReopenUntil(row);
	if (!until || now > until) throw new AppError('invalid_transition', 'reopen period over', { userMessage: 'error_case_reopen_expired' });
	const parsed = validate(personReopenSchema, input);
	if (!parsed.ok) return parsed;
	await db.transaction(async (tx) => {
		const [owner] = await tx.select({ active: organisation.active }).from(organisation).where(eq(organisation.id, row.organisationId));
		const organisationId = owner?.active ? row.organisationId : await routeCase(tx, row.countryIso2, row.city);
		const moved = organisationId !== row.organisationId;
		const due = await deadlinesFor(tx, organisationId, row.type, row.urgency, now);
		// The status guard makes a double submission a no-op instead of a second reopening.
		const [done] = await tx
			.update(helpCase)
			.set({
				status: 'in_progress',
				closedAt: null,
				organisationId,
				assigneeUserId: moved ? null : row.assigneeUserId,
				firstResponseAt: null,
				...due,
				updatedAt: now
			})
			.where(and(eq(helpCase.id, row.id), eq(helpCase.status, 'closed')))
			.returning({ id: helpCase.id });
		if (!done) throw new AppError('invalid_transition', 'reopened meanwhile', { userMessage: 'error_case_not_closed' });
		const id = randomUUID();
		await tx.insert(caseMessage).values({ id, caseId: row.id, fromPerson: true, bodyEnc: encryptField(parsed.data.reason, id, 'message'), at: now });
		await tx.insert(caseEvent).values({ caseId: row.id, kind: 'reopened', data: { by: 'person', organisation: organisationId, moved }, at: now });
		await recordAudit(tx, { action: 'case.reopen_by_person', entityType: 'help_case', entityId: row.id, data: { organisation: organisationId, moved } });
	});
	return { ok: true, data: { number: row.number } };
}

/** Decrypted contact details (null when none were given). */
export const contactOf = (row: { id: string; contactEnc: string | null }): Contact | null => {
	const json = decryptNullable(row.contactEnc, row.id, 'contact');
	return json ? (JSON.parse(json) as Contact) : null;
};

/** Delivers a case worker's message through the channel the person chose (job queue). */
export async function deliverToPerson(db: Tx, row: { id: string; number: string; contactEnc: string | null }, body: string): Promise<void> {
	const contact = contactOf(row);
	if (!contact) return;
	const text = `Sapar ${row.number}: ${body}`;
	if (contact.channel === 'sms' && contact.phone)
		await enqueueMessage(db, { channel: 'sms', address: contact.phone, body: text.slice(0, 480), purpose: 'case' });
	if (contact.channel === 'email' && contact.email)
		await enqueueMessage(db, { channel: 'email', address: contact.email, subject: `Sapar ${row.number}`, body: text, purpose: 'case' });
}

/** The signed-in migrant's own requests (number, type, status only); anonymous ones are never linked to anyone. */
export async function myHelpRequests(db: Db, actor: Actor) {
	requireAccess(actor, 'profile.read', { ownerUserId: actor.userId });
	return db
		.select({ number: helpCase.number, type: helpCase.type, status: helpCase.status, createdAt: helpCase.createdAt })
		.from(helpCase)
		.where(eq(helpCase.reporterUserId, actor.userId))
		.orderBy(desc(helpCase.createdAt))
		.limit(50);
}

import { createHash, randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { BLACKLIST_REASONS, EVIDENCE_KINDS, REPLY_DAYS, type BlacklistReason, type ProceedingEventKind, type ProceedingState } from '#lib/employers';
import { requireAccess, type Actor } from '../access/access';
import type { Permission } from '../access/roles';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { authUser } from '../auth/auth.table';
import { config } from '../config';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { enqueueMessage } from '../channels/message.service';
import { organisation } from '../org/org.table';
import { normalise, queryTokens } from '../portal/normalise';
import { agency } from '../recruitment/recruitment.table';
import { addDays, addYear, today } from '../recruitment/licence-status';
import { country } from '../reference/reference.table';
import { isoDate, isUuid, optionalText, requiredText, validate, type Validated } from '../validation';
import { employer, employerProceeding, employerReport, proceedingEvent } from './employers.table';
import { decisionNoticeText, replyNoticeText } from './employers.texts';
import { loadCase } from '../cases/case.service';
import { caseEvent } from '../cases/cases.table';

/** Black lists are kept by the ministry (seed 004: "black lists of unscrupulous employers"). */
export const BLACKLIST_KINDS: readonly string[] = ['ministry'];

const iso2 = z
	.string({ error: 'error_country' })
	.trim()
	.toUpperCase()
	.regex(/^[A-Z]{2}$/, { error: 'error_country' });
const reason = z.enum(BLACKLIST_REASONS, { error: 'error_choose_one' });
const reasons = z.array(reason, { error: 'error_choose_one' }).min(1, { error: 'error_choose_one' });

export const employerKey = (name: string, countryIso2: string, city: string) => `${countryIso2}|${normalise(name)}|${normalise(city)}`;
export const employerSearchText = (name: string, city: string) => `${normalise(name)} ${normalise(city)}`;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

async function knownCountry(db: Db | Tx, iso: string) {
	const [found] = await db.select({ iso2: country.iso2 }).from(country).where(eq(country.iso2, iso));
	return !!found;
}

/** The ministry desk: the permission, and an organisation that keeps black lists. */
async function desk(db: Db | Tx, actor: Actor, permission: Permission) {
	requireAccess(actor, permission);
	if (!actor.organisationId) throw new AppError('forbidden', 'no organisation');
	const [org] = await db.select({ kind: organisation.kind }).from(organisation).where(eq(organisation.id, actor.organisationId));
	if (!org || !BLACKLIST_KINDS.includes(org.kind)) throw new AppError('forbidden', 'black lists are kept by the ministry');
}

// ─── Reports (anyone) ───

const reportSchema = z.object({
	employerName: requiredText(200),
	countryIso2: iso2,
	city: requiredText(100),
	reason,
	description: requiredText(5000).refine((v) => v.length >= 20, { error: 'error_too_short' }),
	contact: optionalText(200)
});

/** A report from anyone; a signed-in migrant's report is linked to them (and shown in their data export). */
export async function submitReport(db: Db, input: unknown, reporterUserId: string | null): Promise<Validated<{ id: string }>> {
	const parsed = validate(reportSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	if (!(await knownCountry(db, v.countryIso2))) return { ok: false, errors: { countryIso2: 'error_country' } };
	const [row] = await db
		.insert(employerReport)
		.values({
			employerName: v.employerName,
			countryIso2: v.countryIso2,
			city: v.city,
			reason: v.reason,
			description: v.description,
			contact: v.contact || null,
			reporterUserId
		})
		.returning({ id: employerReport.id });
	return { ok: true, data: { id: row.id } };
}

const caseReportSchema = z.object({
	employerName: requiredText(200),
	reason,
	description: requiredText(5000).refine((v) => v.length >= 20, { error: 'error_too_short' })
});

/**
 * A case worker sends the employer of one of their organisation's cases to the black-list desk: place
 * from the case, what happened in the worker's words (never the person's identity), the case number
 * for follow-up. Noted on the case's timeline.
 */
export async function reportEmployerFromCase(db: Db, actor: Actor, caseId: string, input: unknown): Promise<Validated<{ id: string }>> {
	const { row } = await loadCase(db, actor, caseId, 'case.update');
	const parsed = validate(caseReportSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const id = await db.transaction(async (tx) => {
		const [report] = await tx
			.insert(employerReport)
			.values({
				employerName: v.employerName,
				countryIso2: row.countryIso2,
				city: row.city,
				reason: v.reason,
				description: v.description,
				sourceOrganisationId: row.organisationId,
				sourceCaseNumber: row.number
			})
			.returning({ id: employerReport.id });
		await tx
			.insert(caseEvent)
			.values({ caseId: row.id, kind: 'employer_reported', actorUserId: actor.userId, actorOrganisationId: actor.organisationId, data: { reason: v.reason } });
		await recordAudit(tx, { action: 'employer_report.from_case', entityType: 'help_case', entityId: row.id, ...auditedBy(actor), data: { report: report.id } });
		return report.id;
	});
	return { ok: true, data: { id } };
}

/** The ministry's inbox: new reports and every proceeding, newest activity first. */
export async function employerDesk(db: Db, actor: Actor) {
	await desk(db, actor, 'employer.review');
	const reports = await db
		.select({
			id: employerReport.id,
			employerName: employerReport.employerName,
			countryIso2: employerReport.countryIso2,
			city: employerReport.city,
			reason: employerReport.reason,
			createdAt: employerReport.createdAt,
			sourceCaseNumber: employerReport.sourceCaseNumber
		})
		.from(employerReport)
		.where(eq(employerReport.state, 'new'))
		.orderBy(asc(employerReport.createdAt))
		.limit(200);
	const proceedings = await db
		.select({
			id: employerProceeding.id,
			number: employerProceeding.number,
			state: employerProceeding.state,
			name: employer.name,
			countryIso2: employer.countryIso2,
			city: employer.city,
			replyDueOn: employerProceeding.replyDueOn,
			updatedAt: employerProceeding.updatedAt
		})
		.from(employerProceeding)
		.innerJoin(employer, eq(employer.id, employerProceeding.employerId))
		.orderBy(desc(employerProceeding.updatedAt))
		.limit(200);
	return { reports, proceedings };
}

async function loadReport(db: Db | Tx, reportId: string) {
	if (!isUuid(reportId)) throw new AppError('not_found', 'report id');
	const [row] = await db.select().from(employerReport).where(eq(employerReport.id, reportId));
	if (!row) throw new AppError('not_found', 'report');
	if (row.state !== 'new') throw new AppError('invalid_transition', 'report already handled', { userMessage: 'error_report_handled' });
	return row;
}

/** One new report, for the ministry to open a proceeding or dismiss it. */
export async function employerReportDetail(db: Db, actor: Actor, reportId: string) {
	await desk(db, actor, 'employer.review');
	if (!isUuid(reportId)) throw new AppError('not_found', 'report id');
	const [found] = await db
		.select({ row: employerReport, sourceOrganisation: organisation.name })
		.from(employerReport)
		.leftJoin(organisation, eq(organisation.id, employerReport.sourceOrganisationId))
		.where(eq(employerReport.id, reportId));
	if (!found) throw new AppError('not_found', 'report');
	return { ...found.row, sourceOrganisation: found.sourceOrganisation };
}

export async function dismissReport(db: Db, actor: Actor, reportId: string, input: unknown): Promise<Validated<{ id: string }>> {
	await desk(db, actor, 'employer.review');
	const parsed = validate(z.object({ note: requiredText(1000) }), input);
	if (!parsed.ok) return parsed;
	await db.transaction(async (tx) => {
		const report = await loadReport(tx, reportId);
		await tx.update(employerReport).set({ state: 'dismissed', stateNote: parsed.data.note }).where(eq(employerReport.id, report.id));
		await recordAudit(tx, {
			action: 'employer_report.dismiss',
			entityType: 'employer_report',
			entityId: report.id,
			...auditedBy(actor),
			data: { note: parsed.data.note }
		});
	});
	return { ok: true, data: { id: reportId } };
}

async function nextNumber(tx: Tx): Promise<string> {
	const year = today().slice(0, 4);
	await tx.execute(sql`select pg_advisory_xact_lock(hashtext('employer_proceeding_number'))`);
	const [{ n }] = await tx
		.select({ n: sql<number>`count(*)::int` })
		.from(employerProceeding)
		.where(sql`${employerProceeding.number} like ${`BL-${year}-%`}`);
	return `BL-${year}-${String(n + 1).padStart(4, '0')}`;
}

async function addEvent(
	tx: Tx,
	proceedingId: string,
	kind: ProceedingEventKind,
	actorUserId: string | null,
	note: string | null = null,
	data: typeof proceedingEvent.$inferInsert.data = null
) {
	await tx.insert(proceedingEvent).values({ proceedingId, kind, note, data, actorUserId });
	await tx.update(employerProceeding).set({ updatedAt: new Date() }).where(eq(employerProceeding.id, proceedingId));
}

/**
 * Opens a proceeding from a report (or adds the report to the employer's open proceeding). The case
 * worker confirms the employer's name, country and city as the report gives them.
 */
export async function openProceeding(db: Db, actor: Actor, reportId: string, input: unknown): Promise<Validated<{ id: string }>> {
	await desk(db, actor, 'employer.review');
	const parsed = validate(z.object({ employerName: requiredText(200), countryIso2: iso2, city: requiredText(100) }), input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	if (!(await knownCountry(db, v.countryIso2))) return { ok: false, errors: { countryIso2: 'error_country' } };
	const id = await db.transaction(async (tx) => {
		const report = await loadReport(tx, reportId);
		const key = employerKey(v.employerName, v.countryIso2, v.city);
		await tx
			.insert(employer)
			.values({ name: v.employerName, countryIso2: v.countryIso2, city: v.city, key, searchText: employerSearchText(v.employerName, v.city) })
			.onConflictDoNothing({ target: employer.key });
		const [emp] = await tx.select().from(employer).where(eq(employer.key, key));
		const [open] = await tx
			.select({ id: employerProceeding.id })
			.from(employerProceeding)
			.where(and(eq(employerProceeding.employerId, emp.id), sql`${employerProceeding.state} not in ('dismissed', 'delisted')`));
		let proceedingId = open?.id;
		if (!proceedingId) {
			const [created] = await tx
				.insert(employerProceeding)
				.values({ number: await nextNumber(tx), employerId: emp.id, organisationId: actor.organisationId!, reviewerUserId: actor.userId })
				.returning({ id: employerProceeding.id });
			proceedingId = created.id;
			await addEvent(tx, proceedingId, 'opened', actor.userId);
		}
		await tx.update(employerReport).set({ state: 'linked', proceedingId }).where(eq(employerReport.id, report.id));
		await addEvent(tx, proceedingId, 'report_linked', actor.userId, null);
		await recordAudit(tx, {
			action: 'employer_proceeding.open',
			entityType: 'employer_proceeding',
			entityId: proceedingId,
			...auditedBy(actor),
			data: { reportId: report.id }
		});
		return proceedingId;
	});
	return { ok: true, data: { id } };
}

async function loadProceeding(db: Db | Tx, id: string) {
	if (!isUuid(id)) throw new AppError('not_found', 'proceeding id');
	const [row] = await db.select().from(employerProceeding).where(eq(employerProceeding.id, id));
	if (!row) throw new AppError('not_found', 'proceeding');
	return row;
}

function expectState(p: { state: ProceedingState }, allowed: ProceedingState[], userMessage: string) {
	if (!allowed.includes(p.state)) throw new AppError('invalid_transition', `proceeding is ${p.state}`, { userMessage });
}

/** Everything about one proceeding, for the ministry. The view shows reporters' contacts: audited. */
export async function proceedingDetail(db: Db, actor: Actor, id: string) {
	await desk(db, actor, 'employer.review');
	const p = await loadProceeding(db, id);
	const [emp] = await db.select().from(employer).where(eq(employer.id, p.employerId));
	const reports = await db.select().from(employerReport).where(eq(employerReport.proceedingId, id)).orderBy(asc(employerReport.createdAt));
	const events = await db
		.select({
			id: proceedingEvent.id,
			kind: proceedingEvent.kind,
			note: proceedingEvent.note,
			data: proceedingEvent.data,
			at: proceedingEvent.at,
			actorName: authUser.name
		})
		.from(proceedingEvent)
		.leftJoin(authUser, eq(authUser.id, proceedingEvent.actorUserId))
		.where(eq(proceedingEvent.proceedingId, id))
		.orderBy(asc(proceedingEvent.at));
	const agencies = await db
		.select({ id: agency.organisationId, name: agency.name })
		.from(agency)
		.where(sql`${agency.email} is not null`)
		.orderBy(asc(agency.name));
	await db.transaction((tx) => recordAudit(tx, { action: 'employer_proceeding.view', entityType: 'employer_proceeding', entityId: id, ...auditedBy(actor) }));
	const { replyTokenHash: _hash, ...proceeding } = p;
	return { proceeding, employer: emp, reports, events, agencies };
}

const evidenceSchema = z.object({
	evidenceKind: z.enum(EVIDENCE_KINDS, { error: 'error_choose_one' }),
	description: requiredText(2000),
	obtainedOn: isoDate.refine((v) => v <= today(), { error: 'error_date_future' })
});

export async function addEvidence(db: Db, actor: Actor, id: string, input: unknown): Promise<Validated<{ id: string }>> {
	await desk(db, actor, 'employer.review');
	const parsed = validate(evidenceSchema, input);
	if (!parsed.ok) return parsed;
	await db.transaction(async (tx) => {
		const p = await loadProceeding(tx, id);
		expectState(p, ['review', 'notified'], 'error_proceeding_closed');
		const v = parsed.data;
		await addEvent(tx, id, 'evidence', actor.userId, v.description, { evidenceKind: v.evidenceKind, obtainedOn: v.obtainedOn });
		await recordAudit(tx, {
			action: 'employer_proceeding.evidence',
			entityType: 'employer_proceeding',
			entityId: id,
			...auditedBy(actor),
			data: { kind: v.evidenceKind }
		});
	});
	return { ok: true, data: { id } };
}

const replyLink = (token: string) => `${config.origin}/ru/employers/reply/${token}`;

async function noticeAddress(tx: Tx, p: { noticeEmail: string | null; noticeAgencyId: string | null }) {
	if (p.noticeEmail) return p.noticeEmail;
	if (!p.noticeAgencyId) return null;
	const [a] = await tx.select({ email: agency.email }).from(agency).where(eq(agency.organisationId, p.noticeAgencyId));
	return a?.email ?? null;
}

/**
 * Notice to the employer with a private reply link, by email or through a licensed agency that
 * forwards it. The employer has REPLY_DAYS days; a new notice replaces the earlier link.
 */
export async function sendNotice(db: Db, actor: Actor, id: string, input: unknown): Promise<Validated<{ id: string }>> {
	await desk(db, actor, 'employer.review');
	const parsed = validate(
		z.object({ noticeEmail: optionalText(200).pipe(z.union([z.literal(''), z.email({ error: 'error_email' })])), noticeAgencyId: optionalText(40) }),
		input
	);
	if (!parsed.ok) return parsed;
	const { noticeEmail, noticeAgencyId } = parsed.data;
	if (!noticeEmail && !noticeAgencyId) return { ok: false, errors: { noticeEmail: 'error_notice_channel' } };
	if (noticeAgencyId) {
		const [a] = isUuid(noticeAgencyId) ? await db.select({ email: agency.email }).from(agency).where(eq(agency.organisationId, noticeAgencyId)) : [];
		if (!a?.email) return { ok: false, errors: { noticeAgencyId: 'error_choose_one' } };
	}
	const mail = await db.transaction(async (tx) => {
		const p = await loadProceeding(tx, id);
		expectState(p, ['review', 'notified'], 'error_proceeding_closed');
		const token = randomBytes(24).toString('base64url');
		const replyDueOn = addDays(today(), REPLY_DAYS);
		const [emp] = await tx.select().from(employer).where(eq(employer.id, p.employerId));
		const set = {
			state: 'notified' as const,
			noticeEmail: noticeEmail || null,
			noticeAgencyId: noticeAgencyId || null,
			replyTokenHash: hashToken(token),
			replyDueOn
		};
		await tx.update(employerProceeding).set(set).where(eq(employerProceeding.id, id));
		const to = (await noticeAddress(tx, set))!;
		const text = replyNoticeText({ number: p.number, employer: emp.name, due: replyDueOn, link: replyLink(token), viaAgency: !noticeEmail });
		await addEvent(tx, id, 'notified', actor.userId, noticeEmail ? null : 'agency');
		await recordAudit(tx, {
			action: 'employer_proceeding.notify',
			entityType: 'employer_proceeding',
			entityId: id,
			...auditedBy(actor),
			data: { via: noticeEmail ? 'email' : 'agency', replyDueOn }
		});
		return { to, ...text };
	});
	// Sent once the notice is on file, so a failed save never leaves a live link behind.
	await sendMail(db, mail);
	return { ok: true, data: { id } };
}

const decisionFields = {
	reasons,
	summary: requiredText(2000)
};

/**
 * The case worker hands the file to a supervisor: evidence is on file, and the employer has
 * answered or the reply period is over.
 */
export async function submitForDecision(db: Db, actor: Actor, id: string, input: unknown): Promise<Validated<{ id: string }>> {
	await desk(db, actor, 'employer.review');
	const parsed = validate(z.object(decisionFields), input);
	if (!parsed.ok) return parsed;
	await db.transaction(async (tx) => {
		const p = await loadProceeding(tx, id);
		expectState(p, ['notified'], 'error_notice_first');
		const [{ n }] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(proceedingEvent)
			.where(and(eq(proceedingEvent.proceedingId, id), eq(proceedingEvent.kind, 'evidence')));
		if (!n) throw new AppError('invalid_transition', 'no evidence', { userMessage: 'error_evidence_first' });
		if (!p.repliedAt && p.replyDueOn! >= today()) throw new AppError('invalid_transition', 'reply period open', { userMessage: 'error_reply_period' });
		await tx
			.update(employerProceeding)
			.set({ state: 'awaiting_decision', reasons: parsed.data.reasons, summary: parsed.data.summary })
			.where(eq(employerProceeding.id, id));
		await addEvent(tx, id, 'submitted', actor.userId, parsed.data.summary);
		await recordAudit(tx, {
			action: 'employer_proceeding.submit',
			entityType: 'employer_proceeding',
			entityId: id,
			...auditedBy(actor),
			data: { reasons: parsed.data.reasons }
		});
	});
	return { ok: true, data: { id } };
}

const decisionSchema = z.discriminatedUnion('decision', [
	z.object({ decision: z.literal('list'), ...decisionFields, listedUntil: optionalText(10) }),
	z.object({ decision: z.literal('dismiss'), note: requiredText(2000) })
]);

/** The employer's (or forwarding agency's) notice of a decision, with a fresh link to appeal; sent after commit. */
async function noticeOfDecision(tx: Tx, p: typeof employerProceeding.$inferSelect, outcome: 'listed' | 'dismissed' | 'appeal_upheld' | 'delisted') {
	const to = await noticeAddress(tx, p);
	if (!to) return null;
	const token = randomBytes(24).toString('base64url');
	await tx
		.update(employerProceeding)
		.set({ replyTokenHash: hashToken(token) })
		.where(eq(employerProceeding.id, p.id));
	const [emp] = await tx.select().from(employer).where(eq(employer.id, p.employerId));
	return { to, ...decisionNoticeText({ number: p.number, employer: emp.name, outcome, link: replyLink(token) }) };
}

async function sendMail(db: Tx, mail: { to: string; subject: string; text: string } | null) {
	if (mail) await enqueueMessage(db, { channel: 'email', address: mail.to, subject: mail.subject, body: mail.text, purpose: 'employer' });
}

/** A supervisor other than the reviewer decides: publish the listing or dismiss. */
export async function decideProceeding(db: Db, actor: Actor, id: string, input: unknown): Promise<Validated<{ id: string }>> {
	await desk(db, actor, 'employer.decide');
	const raw = (input ?? {}) as Record<string, unknown>;
	const parsed = validate(decisionSchema, raw.decision === 'list' || raw.decision === 'dismiss' ? raw : { ...raw, decision: 'dismiss', note: '' });
	if (!parsed.ok) return raw.decision === 'list' || raw.decision === 'dismiss' ? parsed : { ok: false, errors: { decision: 'error_choose_one' } };
	const v = parsed.data;
	const listedOn = today();
	if (v.decision === 'list' && v.listedUntil) {
		const until = isoDate.safeParse(v.listedUntil);
		if (!until.success) return { ok: false, errors: { listedUntil: 'error_date' } };
		if (v.listedUntil <= listedOn) return { ok: false, errors: { listedUntil: 'error_date_past' } };
		if (v.listedUntil > addYear(addYear(addYear(listedOn)))) return { ok: false, errors: { listedUntil: 'error_listing_long' } };
	}
	const mail = await db.transaction(async (tx) => {
		const p = await loadProceeding(tx, id);
		expectState(p, ['awaiting_decision'], 'error_not_awaiting_decision');
		if (p.reviewerUserId === actor.userId) throw new AppError('forbidden', 'reviewer cannot decide', { userMessage: 'error_own_review' });
		const common = { decidedByUserId: actor.userId, decidedAt: new Date() };
		if (v.decision === 'list') {
			await tx
				.update(employerProceeding)
				.set({ ...common, state: 'listed', reasons: v.reasons, summary: v.summary, listedOn, listedUntil: v.listedUntil || null })
				.where(eq(employerProceeding.id, id));
			await addEvent(tx, id, 'listed', actor.userId, v.summary);
		} else {
			await tx
				.update(employerProceeding)
				.set({ ...common, state: 'dismissed' })
				.where(eq(employerProceeding.id, id));
			await addEvent(tx, id, 'dismissed', actor.userId, v.note);
		}
		await recordAudit(tx, {
			action: `employer_proceeding.${v.decision}`,
			entityType: 'employer_proceeding',
			entityId: id,
			...auditedBy(actor),
			data: v.decision === 'list' ? { reasons: v.reasons, listedUntil: v.listedUntil || null } : { note: v.note }
		});
		return noticeOfDecision(tx, p, v.decision === 'list' ? 'listed' : 'dismissed');
	});
	await sendMail(db, mail);
	return { ok: true, data: { id } };
}

/** A supervisor decides an appeal (uphold keeps the listing) or removes a listing (delist). */
export async function closeListing(db: Db, actor: Actor, id: string, input: unknown): Promise<Validated<{ id: string }>> {
	await desk(db, actor, 'employer.decide');
	const parsed = validate(z.object({ outcome: z.enum(['uphold', 'delist'], { error: 'error_choose_one' }), note: requiredText(2000) }), input);
	if (!parsed.ok) return parsed;
	const { outcome, note } = parsed.data;
	const mail = await db.transaction(async (tx) => {
		const p = await loadProceeding(tx, id);
		expectState(p, outcome === 'uphold' ? ['appealed'] : ['listed', 'appealed'], 'error_not_listed');
		if (outcome === 'uphold') {
			await tx.update(employerProceeding).set({ state: 'listed' }).where(eq(employerProceeding.id, id));
			await addEvent(tx, id, 'appeal_upheld', actor.userId, note);
		} else {
			await tx.update(employerProceeding).set({ state: 'delisted', delistedOn: today() }).where(eq(employerProceeding.id, id));
			await addEvent(tx, id, 'delisted', actor.userId, note);
		}
		await recordAudit(tx, { action: `employer_proceeding.${outcome}`, entityType: 'employer_proceeding', entityId: id, ...auditedBy(actor), data: { note } });
		return noticeOfDecision(tx, p, outcome === 'uphold' ? 'appeal_upheld' : 'delisted');
	});
	await sendMail(db, mail);
	return { ok: true, data: { id } };
}

// ─── The employer's side: reply and appeal through the private link ───

async function byToken(db: Db | Tx, token: string) {
	if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
	const [row] = await db
		.select()
		.from(employerProceeding)
		.where(eq(employerProceeding.replyTokenHash, hashToken(token)));
	return row ?? null;
}

/** What the employer may see: the allegations by category (never who reported), the deadline and the decision. */
export async function proceedingForEmployer(db: Db, token: string) {
	const p = await byToken(db, token);
	if (!p) return null;
	const [emp] = await db.select().from(employer).where(eq(employer.id, p.employerId));
	const categories = await db.selectDistinct({ reason: employerReport.reason }).from(employerReport).where(eq(employerReport.proceedingId, p.id));
	return {
		number: p.number,
		employer: { name: emp.name, countryIso2: emp.countryIso2, city: emp.city },
		state: p.state,
		allegations: categories.map((c) => c.reason),
		replyDueOn: p.replyDueOn,
		reply: p.reply,
		reasons: p.reasons as BlacklistReason[],
		summary: p.state === 'listed' || p.state === 'appealed' || p.state === 'delisted' ? p.summary : null,
		listedOn: p.listedOn,
		canReply: p.state === 'notified' || p.state === 'awaiting_decision',
		canAppeal: p.state === 'listed'
	};
}

export async function submitEmployerReply(db: Db, token: string, input: unknown): Promise<Validated<{ number: string }>> {
	const parsed = validate(z.object({ reply: requiredText(5000) }), input);
	if (!parsed.ok) return parsed;
	return db.transaction(async (tx) => {
		const p = await byToken(tx, token);
		if (!p) throw new AppError('not_found', 'reply token');
		expectState(p, ['notified', 'awaiting_decision'], 'error_reply_closed');
		await tx.update(employerProceeding).set({ reply: parsed.data.reply, repliedAt: new Date() }).where(eq(employerProceeding.id, p.id));
		await addEvent(tx, p.id, 'replied', null, parsed.data.reply);
		await recordAudit(tx, {
			action: 'employer_proceeding.reply',
			entityType: 'employer_proceeding',
			entityId: p.id,
			actorUserId: null,
			actorOrganisationId: null
		});
		return { ok: true as const, data: { number: p.number } };
	});
}

export async function submitAppeal(db: Db, token: string, input: unknown): Promise<Validated<{ number: string }>> {
	const parsed = validate(z.object({ grounds: requiredText(5000) }), input);
	if (!parsed.ok) return parsed;
	return db.transaction(async (tx) => {
		const p = await byToken(tx, token);
		if (!p) throw new AppError('not_found', 'reply token');
		expectState(p, ['listed'], 'error_appeal_closed');
		await tx
			.update(employerProceeding)
			.set({ state: 'appealed', appealGrounds: parsed.data.grounds, appealedAt: new Date() })
			.where(eq(employerProceeding.id, p.id));
		await addEvent(tx, p.id, 'appealed', null, parsed.data.grounds);
		await recordAudit(tx, {
			action: 'employer_proceeding.appeal',
			entityType: 'employer_proceeding',
			entityId: p.id,
			actorUserId: null,
			actorOrganisationId: null
		});
		return { ok: true as const, data: { number: p.number } };
	});
}

// ─── The public black list ───

/** Listed (or under appeal) and not past the decision's end date. */
const published = () =>
	and(inArray(employerProceeding.state, ['listed', 'appealed']), or(isNull(employerProceeding.listedUntil), gte(employerProceeding.listedUntil, today())));

const publicColumns = {
	number: employerProceeding.number,
	name: employer.name,
	countryIso2: employer.countryIso2,
	city: employer.city,
	reasons: employerProceeding.reasons,
	summary: employerProceeding.summary,
	listedOn: employerProceeding.listedOn,
	listedUntil: employerProceeding.listedUntil,
	state: employerProceeding.state
};

export interface BlacklistQuery {
	q?: string;
	country?: string;
}

export async function searchBlacklist(db: Db, query: BlacklistQuery, limit = 50) {
	const tokens = queryTokens((query.q ?? '').slice(0, 200));
	const countryIso2 = /^[A-Za-z]{2}$/.test(query.country ?? '') ? query.country!.toUpperCase() : null;
	const rows = await db
		.select(publicColumns)
		.from(employerProceeding)
		.innerJoin(employer, eq(employer.id, employerProceeding.employerId))
		.where(
			and(published(), countryIso2 ? eq(employer.countryIso2, countryIso2) : undefined, ...tokens.map((t) => sql`${employer.searchText} like ${`%${t}%`}`))
		)
		.orderBy(desc(employerProceeding.listedOn), asc(employer.name))
		.limit(limit);
	return rows.map((r) => ({ ...r, reasons: r.reasons as BlacklistReason[], underAppeal: r.state === 'appealed' }));
}
export type BlacklistEntry = Awaited<ReturnType<typeof searchBlacklist>>[number];

/**
 * The contract check's black-list flag: an employer listed in the destination country whose name
 * has every word the migrant typed (any script), or is close to it (trigram word similarity at
 * pg_trgm's default threshold, 0.6; the operator uses the trigram index).
 */
export async function employerFlag(db: Db, name: string, countryIso2: string) {
	const tokens = queryTokens(name.slice(0, 200));
	if (!tokens.length || !/^[A-Z]{2}$/.test(countryIso2)) return null;
	const phrase = tokens.join(' ');
	const [found] = await db
		.select({ name: employer.name, number: employerProceeding.number, listedOn: employerProceeding.listedOn })
		.from(employerProceeding)
		.innerJoin(employer, eq(employer.id, employerProceeding.employerId))
		.where(
			and(
				published(),
				eq(employer.countryIso2, countryIso2),
				or(and(...tokens.map((t) => sql`${employer.searchText} like ${`%${t}%`}`)), sql`${phrase} <% ${employer.searchText}`)
			)
		)
		.limit(1);
	return found ? { code: 'blacklisted_employer' as const, data: { name: found.name, number: found.number } } : null;
}

/** Reports a migrant made, for their data export. */
export async function reportsOf(db: Db | Tx, userId: string) {
	return db
		.select({
			employerName: employerReport.employerName,
			countryIso2: employerReport.countryIso2,
			city: employerReport.city,
			reason: employerReport.reason,
			description: employerReport.description,
			contact: employerReport.contact,
			state: employerReport.state,
			createdAt: employerReport.createdAt
		})
		.from(employerReport)
		.where(eq(employerReport.reporterUserId, userId));
}

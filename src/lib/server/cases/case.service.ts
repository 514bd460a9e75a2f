import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { requireAccess, requireRecentAuth, scopeFilter, type Actor } from '../access/access';
import type { Permission } from '../access/roles';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { authUser } from '../auth/auth.table';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { membership, organisation } from '../org/org.table';
import { isUuid, isoDate, optionalText, requiredText, validate, type Validated } from '../validation';
import {
	CASE_TYPES,
	CONFIDENTIALITY,
	CONSENT,
	OUTCOMES,
	URGENCIES,
	caseEvent,
	caseMessage,
	caseTask,
	caseTransition,
	helpCase,
	type CaseEventKind
} from './cases.table';
import { NRM_STEPS } from '#lib/cases';
import { decryptField, decryptNullable, encryptField } from './field-crypto';
import { contactOf, deadlinesFor, deliverToPerson } from './intake.service';
import { confirmToReporter } from './confirmations';

type CaseRow = typeof helpCase.$inferSelect;

/** Why someone opens a case; asked once per session per case and written to the audit log with every view. */
export const VIEW_REASONS = ['triage', 'follow_up', 'referral_review', 'supervision', 'person_asked'] as const;
export type ViewReason = (typeof VIEW_REASONS)[number];
export const isViewReason = (v: unknown): v is ViewReason => VIEW_REASONS.includes(v as ViewReason);

const URGENCY_RANK = sql`case ${helpCase.urgency} when 'critical' then 0 when 'high' then 1 when 'normal' then 2 else 3 end`;
/** The next deadline: first response until there is one, then resolution. */
const NEXT_DUE = sql<Date>`case when ${helpCase.firstResponseAt} is null then least(${helpCase.firstResponseDue}, ${helpCase.resolutionDue}) else ${helpCase.resolutionDue} end`;

// ─── Access ──────────────────────────────────────────────────────────────────

/** Organisations that accepted a referral of the case: they may read it, not change it. */
async function referredTo(db: Tx, caseId: string): Promise<string[]> {
	const rows = await db
		.select({ org: caseTransition.toOrganisationId })
		.from(caseTransition)
		.where(and(eq(caseTransition.caseId, caseId), eq(caseTransition.kind, 'referral'), eq(caseTransition.status, 'accepted')));
	return rows.map((r) => r.org);
}

/**
 * The one check for a case: the permission with organisation scope on the owning organisation, or —
 * for reading only — an accepted referral to the actor's organisation. Anything else is not found.
 */
export async function loadCase(db: Tx, actor: Actor, caseId: string, permission: Permission): Promise<{ row: CaseRow; owner: boolean }> {
	requireAccess(actor, permission);
	if (!isUuid(caseId)) throw new AppError('not_found', 'case');
	const [row] = await db.select().from(helpCase).where(eq(helpCase.id, caseId));
	if (!row) throw new AppError('not_found', 'case');
	if (row.organisationId === actor.organisationId) {
		requireAccess(actor, permission, { organisationId: row.organisationId });
		return { row, owner: true };
	}
	if (permission === 'case.read' && actor.organisationId && (await referredTo(db, row.id)).includes(actor.organisationId)) return { row, owner: false };
	throw new AppError('not_found', 'case');
}

/** Whether the actor's role may read the encrypted fields at the case's confidentiality level. */
export function maySeeSensitive(actor: Actor, row: Pick<CaseRow, 'confidentiality' | 'assigneeUserId'>): boolean {
	if (actor.role === 'supervisor') return true;
	if (row.confidentiality === 'strict') return false;
	if (row.confidentiality === 'restricted') return row.assigneeUserId === actor.userId;
	return ['case_worker', 'consular_officer'].includes(actor.role);
}

async function event(tx: Tx, actor: Actor, caseId: string, kind: CaseEventKind, data: Record<string, string | number | boolean | null | string[]> = {}) {
	await tx.insert(caseEvent).values({ caseId, kind, actorUserId: actor.userId, actorOrganisationId: actor.organisationId, data });
}

async function touch(tx: Tx, caseId: string, set: Partial<CaseRow> = {}) {
	await tx
		.update(helpCase)
		.set({ ...set, updatedAt: new Date() })
		.where(eq(helpCase.id, caseId));
}

// ─── Queue ───────────────────────────────────────────────────────────────────

export const queueFilterSchema = z.object({
	view: z.enum(['open', 'mine', 'overdue', 'closed']).catch('open'),
	page: z.coerce.number().int().min(1).max(1000).catch(1)
});
const QUEUE_PAGE = 50;

/** The organisation's cases, most urgent first, then the nearest deadline. No encrypted field is read. */
export async function caseQueue(db: Db, actor: Actor, filters: { view?: string; page?: number | string } = {}) {
	const scope = scopeFilter(actor, 'case.read');
	if (!('organisationId' in scope)) throw new AppError('forbidden', 'cases are kept per organisation');
	const f = queueFilterSchema.parse(filters);
	const where = [eq(helpCase.organisationId, scope.organisationId)];
	if (f.view === 'closed') where.push(eq(helpCase.status, 'closed'));
	else where.push(ne(helpCase.status, 'closed'));
	if (f.view === 'mine') where.push(eq(helpCase.assigneeUserId, actor.userId));
	if (f.view === 'overdue') where.push(sql`${NEXT_DUE} < now()`);
	const rows = await db
		.select({
			id: helpCase.id,
			number: helpCase.number,
			type: helpCase.type,
			countryIso2: helpCase.countryIso2,
			city: helpCase.city,
			urgency: helpCase.urgency,
			traffickingFlag: helpCase.traffickingFlag,
			status: helpCase.status,
			assigneeName: authUser.name,
			due: NEXT_DUE,
			createdAt: helpCase.createdAt
		})
		.from(helpCase)
		.leftJoin(authUser, eq(authUser.id, helpCase.assigneeUserId))
		.where(and(...where))
		.orderBy(f.view === 'closed' ? desc(helpCase.closedAt) : URGENCY_RANK, asc(NEXT_DUE))
		.limit(QUEUE_PAGE + 1)
		.offset((f.page - 1) * QUEUE_PAGE);
	const now = Date.now();
	return {
		items: rows.slice(0, QUEUE_PAGE).map((r) => ({ ...r, due: new Date(r.due), overdue: r.status !== 'closed' && new Date(r.due).getTime() < now })),
		view: f.view,
		page: f.page,
		hasNext: rows.length > QUEUE_PAGE
	};
}

/** Cases other organisations referred to the actor's organisation and it accepted (read only). */
export async function referredCases(db: Db, actor: Actor) {
	const scope = scopeFilter(actor, 'case.read');
	if (!('organisationId' in scope)) return [];
	return db
		.select({ id: helpCase.id, number: helpCase.number, type: helpCase.type, status: helpCase.status, urgency: helpCase.urgency })
		.from(caseTransition)
		.innerJoin(helpCase, eq(helpCase.id, caseTransition.caseId))
		.where(and(eq(caseTransition.toOrganisationId, scope.organisationId), eq(caseTransition.kind, 'referral'), eq(caseTransition.status, 'accepted')))
		.orderBy(desc(caseTransition.decidedAt))
		.limit(100);
}

// ─── One case ────────────────────────────────────────────────────────────────

/** Opens a case: audited with the reason on every view; encrypted fields only when the level allows. */
export async function openCase(db: Db, actor: Actor, caseId: string, reason: ViewReason) {
	if (!isViewReason(reason)) throw new AppError('bad_request', 'view reason');
	const { row, owner } = await loadCase(db, actor, caseId, 'case.read');
	const sensitive = maySeeSensitive(actor, row);
	// A trafficking narrative is decrypted only after a recent sign-in or re-authentication.
	if (sensitive && row.traffickingFlag) requireRecentAuth(actor);
	const [events, messages, tasks, transitions] = await Promise.all([
		db
			.select({ e: caseEvent, actorName: authUser.name, orgName: organisation.name })
			.from(caseEvent)
			.leftJoin(authUser, eq(authUser.id, caseEvent.actorUserId))
			.leftJoin(organisation, eq(organisation.id, caseEvent.actorOrganisationId))
			.where(eq(caseEvent.caseId, row.id))
			.orderBy(asc(caseEvent.at)),
		db.select().from(caseMessage).where(eq(caseMessage.caseId, row.id)).orderBy(asc(caseMessage.at)),
		db.select().from(caseTask).where(eq(caseTask.caseId, row.id)).orderBy(asc(caseTask.dueOn)),
		db
			.select({ t: caseTransition, toName: organisation.name })
			.from(caseTransition)
			.innerJoin(organisation, eq(organisation.id, caseTransition.toOrganisationId))
			.where(eq(caseTransition.caseId, row.id))
			.orderBy(desc(caseTransition.createdAt))
	]);
	await db.transaction((tx) =>
		recordAudit(tx, { action: 'case.view', entityType: 'help_case', entityId: row.id, ...auditedBy(actor), data: { reason, sensitive } })
	);
	const { narrativeEnc, contactEnc, idDocumentEnc, outcomeNoteEnc, trackingHash, ...plain } = row;
	void trackingHash;
	return {
		case: plain,
		owner,
		sensitive: sensitive
			? {
					narrative: decryptNullable(narrativeEnc, row.id, 'narrative'),
					contact: contactOf({ id: row.id, contactEnc }),
					idDocument: decryptNullable(idDocumentEnc, row.id, 'id_document'),
					outcomeNote: decryptNullable(outcomeNoteEnc, row.id, 'outcome_note'),
					messages: messages.map((m) => ({ fromPerson: m.fromPerson, at: m.at, body: decryptField(m.bodyEnc, m.id, 'message') }))
				}
			: null,
		events: events.map(({ e, actorName, orgName }) => ({ ...e, actorName, orgName })),
		tasks,
		transitions: transitions.map(({ t: { noteEnc, ...t }, toName }) => ({ ...t, toName, note: sensitive ? decryptNullable(noteEnc, t.id, 'note') : null }))
	};
}

/** Colleagues a case may be assigned to: members of the owning organisation with a case role. */
export async function assignableColleagues(db: Tx, organisationId: string) {
	return db
		.select({ id: authUser.id, name: authUser.name })
		.from(membership)
		.innerJoin(authUser, eq(authUser.id, membership.userId))
		.where(and(eq(membership.organisationId, organisationId), inArray(membership.role, ['case_worker', 'supervisor', 'consular_officer'])))
		.orderBy(asc(authUser.name));
}

export const triageSchema = z.object({
	type: z.enum(CASE_TYPES, { error: 'error_choose_one' }),
	urgency: z.enum(URGENCIES, { error: 'error_choose_one' }),
	confidentiality: z.enum(CONFIDENTIALITY, { error: 'error_choose_one' }),
	traffickingFlag: z
		.union([z.boolean(), z.literal('on'), z.literal('')])
		.optional()
		.default(false)
});

export async function triageCase(db: Db, actor: Actor, caseId: string, input: unknown): Promise<Validated<{ id: string }>> {
	const { row } = await loadCase(db, actor, caseId, 'case.update');
	const parsed = validate(triageSchema, input);
	if (!parsed.ok) return parsed;
	const v = { ...parsed.data, traffickingFlag: parsed.data.traffickingFlag === true || parsed.data.traffickingFlag === 'on' };
	await db.transaction(async (tx) => {
		const retimed = v.type !== row.type || v.urgency !== row.urgency ? await deadlinesFor(tx, row.organisationId, v.type, v.urgency, row.createdAt) : {};
		await touch(tx, row.id, { ...v, ...retimed, status: row.status === 'new' ? 'in_progress' : row.status });
		if (row.status === 'new') await confirmToReporter(tx, row, { kind: 'in_progress' });
		await event(tx, actor, row.id, 'triaged', v);
		await recordAudit(tx, { action: 'case.triage', entityType: 'help_case', entityId: row.id, ...auditedBy(actor), data: v });
	});
	return { ok: true, data: { id: row.id } };
}

export async function assignCase(db: Db, actor: Actor, caseId: string, userId: string): Promise<void> {
	const { row } = await loadCase(db, actor, caseId, 'case.assign');
	const colleague = (await assignableColleagues(db, row.organisationId)).find((c) => c.id === userId);
	if (!colleague) throw new AppError('bad_request', 'not a colleague', { userMessage: 'error_case_assignee' });
	await db.transaction(async (tx) => {
		await touch(tx, row.id, { assigneeUserId: colleague.id });
		await event(tx, actor, row.id, 'assigned', { to: colleague.name });
		await recordAudit(tx, { action: 'case.assign', entityType: 'help_case', entityId: row.id, ...auditedBy(actor), data: { assignee: colleague.id } });
	});
}

export const messageSchema = z.object({ body: requiredText(2000) });

/** A message to the person: shown on the tracking page and sent by the channel they chose (job queue). */
export async function sendCaseMessage(db: Db, actor: Actor, caseId: string, input: unknown): Promise<Validated<{ id: string }>> {
	const { row } = await loadCase(db, actor, caseId, 'case.update');
	const parsed = validate(messageSchema, input);
	if (!parsed.ok) return parsed;
	const id = randomUUID();
	await db.transaction(async (tx) => {
		await tx
			.insert(caseMessage)
			.values({ id, caseId: row.id, fromPerson: false, bodyEnc: encryptField(parsed.data.body, id, 'message'), authorUserId: actor.userId });
		await touch(tx, row.id, { firstResponseAt: row.firstResponseAt ?? new Date(), status: row.status === 'new' ? 'in_progress' : row.status });
		if (row.status === 'new') await confirmToReporter(tx, row, { kind: 'in_progress' });
		await event(tx, actor, row.id, 'message_sent');
		await recordAudit(tx, { action: 'case.message', entityType: 'help_case', entityId: row.id, ...auditedBy(actor) });
	});
	await deliverToPerson(db, row, parsed.data.body);
	return { ok: true, data: { id } };
}

export const taskSchema = z.object({ title: requiredText(200), dueOn: isoDate });

export async function addCaseTask(db: Db, actor: Actor, caseId: string, input: unknown): Promise<Validated<{ id: string }>> {
	const { row } = await loadCase(db, actor, caseId, 'case.update');
	const parsed = validate(taskSchema, input);
	if (!parsed.ok) return parsed;
	const id = await db.transaction(async (tx) => {
		const [task] = await tx
			.insert(caseTask)
			.values({ caseId: row.id, ...parsed.data, createdBy: actor.userId })
			.returning({ id: caseTask.id });
		await event(tx, actor, row.id, 'task_added', { title: parsed.data.title, dueOn: parsed.data.dueOn });
		await recordAudit(tx, { action: 'case.update', entityType: 'help_case', entityId: row.id, ...auditedBy(actor), data: { task: task.id } });
		return task.id;
	});
	return { ok: true, data: { id } };
}

export async function completeCaseTask(db: Db, actor: Actor, caseId: string, taskId: string): Promise<void> {
	const { row } = await loadCase(db, actor, caseId, 'case.update');
	if (!isUuid(taskId)) throw new AppError('not_found', 'task');
	await db.transaction(async (tx) => {
		const [task] = await tx
			.update(caseTask)
			.set({ doneAt: new Date() })
			.where(and(eq(caseTask.id, taskId), eq(caseTask.caseId, row.id), isNull(caseTask.doneAt)))
			.returning();
		if (!task) throw new AppError('not_found', 'task');
		await event(tx, actor, row.id, 'task_done', { title: task.title });
		await recordAudit(tx, { action: 'case.update', entityType: 'help_case', entityId: row.id, ...auditedBy(actor), data: { taskDone: task.id } });
	});
}

/**
 * Records a step of the national referral mechanism as done on a trafficking-flagged case (once per
 * step; the timeline says who and when).
 */
export async function recordNrmStep(db: Db, actor: Actor, caseId: string, step: string): Promise<void> {
	const { row } = await loadCase(db, actor, caseId, 'case.update');
	if (!(NRM_STEPS as readonly string[]).includes(step)) throw new AppError('bad_request', 'nrm step', { userMessage: 'error_choose_one' });
	if (!row.traffickingFlag) throw new AppError('invalid_transition', 'not flagged', { userMessage: 'error_nrm_not_flagged' });
	await db.transaction(async (tx) => {
		const [done] = await tx
			.select({ id: caseEvent.id })
			.from(caseEvent)
			.where(and(eq(caseEvent.caseId, row.id), eq(caseEvent.kind, 'nrm_step'), sql`${caseEvent.data}->>'step' = ${step}`));
		if (done) throw new AppError('conflict', 'nrm step done', { userMessage: 'error_nrm_step_done' });
		await event(tx, actor, row.id, 'nrm_step', { step });
		await touch(tx, row.id);
		await recordAudit(tx, { action: 'case.update', entityType: 'help_case', entityId: row.id, ...auditedBy(actor), data: { nrmStep: step } });
	});
}

export const closeSchema = z
	.object({
		outcomes: z.array(z.enum(OUTCOMES, { error: 'error_choose_one' }), { error: 'error_case_outcome' }).min(1, { error: 'error_case_outcome' }),
		wagesRecovered: z
			.union([
				z.literal(''),
				z
					.string()
					.trim()
					.regex(/^\d{1,10}([.,]\d{1,2})?$/, { error: 'error_amount' })
			])
			.optional()
			.default(''),
		wagesCurrency: z
			.union([z.literal(''), z.string().regex(/^[A-Z]{3}$/, { error: 'error_choose_one' })])
			.optional()
			.default(''),
		outcomeNote: optionalText(2000)
	})
	.refine((v) => !(v.outcomes.includes('closed_without_result') && v.outcomes.length > 1), { path: ['outcomes'], error: 'error_case_outcome_alone' })
	.refine((v) => !v.outcomes.includes('wages_recovered') || (v.wagesRecovered && Number(v.wagesRecovered.replace(',', '.')) > 0), {
		path: ['wagesRecovered'],
		error: 'error_amount'
	})
	.refine((v) => !v.wagesRecovered || v.wagesCurrency, { path: ['wagesCurrency'], error: 'error_choose_one' });

/** Records the outcome and redress and closes the case. */
export async function closeCase(db: Db, actor: Actor, caseId: string, input: unknown): Promise<Validated<{ id: string }>> {
	const { row } = await loadCase(db, actor, caseId, 'case.update');
	if (row.status === 'closed') throw new AppError('invalid_transition', 'already closed', { userMessage: 'error_invalid_transition' });
	const parsed = validate(closeSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const wages = v.outcomes.includes('wages_recovered') ? v.wagesRecovered.replace(',', '.') : null;
	await db.transaction(async (tx) => {
		await touch(tx, row.id, {
			status: 'closed',
			closedAt: new Date(),
			outcomes: v.outcomes,
			wagesRecovered: wages,
			wagesCurrency: wages ? v.wagesCurrency : null,
			outcomeNoteEnc: v.outcomeNote ? encryptField(v.outcomeNote, row.id, 'outcome_note') : null
		});
		await event(tx, actor, row.id, 'closed', { outcomes: v.outcomes, wages: wages ? `${wages} ${v.wagesCurrency}` : null });
		await confirmToReporter(tx, row, { kind: 'closed', outcomes: v.outcomes });
		await recordAudit(tx, { action: 'case.close', entityType: 'help_case', entityId: row.id, ...auditedBy(actor), data: { outcomes: v.outcomes } });
	});
	return { ok: true, data: { id: row.id } };
}

export const reopenSchema = z.object({ reason: requiredText(1000) });

export async function reopenCase(db: Db, actor: Actor, caseId: string, input: unknown): Promise<Validated<{ id: string }>> {
	const { row } = await loadCase(db, actor, caseId, 'case.update');
	if (row.status !== 'closed') throw new AppError('invalid_transition', 'not closed', { userMessage: 'error_invalid_transition' });
	const parsed = validate(reopenSchema, input);
	if (!parsed.ok) return parsed;
	await db.transaction(async (tx) => {
		await touch(tx, row.id, { status: 'in_progress', closedAt: null });
		await event(tx, actor, row.id, 'reopened', { reason: parsed.data.reason });
		await confirmToReporter(tx, row, { kind: 'reopened' });
		await recordAudit(tx, { action: 'case.reopen', entityType: 'help_case', entityId: row.id, ...auditedBy(actor) });
	});
	return { ok: true, data: { id: row.id } };
}

// ─── Referrals and transfers ─────────────────────────────────────────────────

export const referSchema = z.object({
	kind: z.enum(['referral', 'transfer'], { error: 'error_choose_one' }),
	toOrganisationId: z.uuid({ error: 'error_choose_one' }),
	consent: z.enum(CONSENT, { error: 'error_case_consent' }),
	note: requiredText(2000)
});

/** Organisations a case may go to (any active one except agencies and the owner). */
export async function referralTargets(db: Tx, actor: Actor) {
	return db
		.select({ id: organisation.id, name: organisation.name, kind: organisation.kind, countryIso2: organisation.countryIso2 })
		.from(organisation)
		.where(
			and(eq(organisation.active, true), ne(organisation.kind, 'agency'), ne(organisation.id, actor.organisationId ?? '00000000-0000-0000-0000-000000000000'))
		)
		.orderBy(asc(organisation.slug));
}

/**
 * Sends a referral (the case stays; the receiver may read it once it accepts) or a transfer (ownership
 * moves on acceptance). The person's consent is recorded, or the danger to life that overrides it.
 */
export async function referCase(db: Db, actor: Actor, caseId: string, input: unknown): Promise<Validated<{ id: string }>> {
	const { row } = await loadCase(db, actor, caseId, 'case.refer');
	const parsed = validate(referSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const target = (await referralTargets(db, actor)).find((o) => o.id === v.toOrganisationId);
	if (!target) return { ok: false, errors: { toOrganisationId: 'error_choose_one' } };
	const [pending] = await db
		.select({ id: caseTransition.id })
		.from(caseTransition)
		.where(and(eq(caseTransition.caseId, row.id), eq(caseTransition.toOrganisationId, target.id), eq(caseTransition.status, 'pending')));
	if (pending) return { ok: false, errors: { toOrganisationId: 'error_case_pending' } };
	if (row.status === 'closed') throw new AppError('invalid_transition', 'closed case', { userMessage: 'error_invalid_transition' });
	const id = await db.transaction(async (tx) => {
		const tid = randomUUID();
		const [t] = await tx
			.insert(caseTransition)
			.values({
				id: tid,
				caseId: row.id,
				kind: v.kind,
				fromOrganisationId: row.organisationId,
				toOrganisationId: target.id,
				consent: v.consent,
				noteEnc: encryptField(v.note, tid, 'note'),
				createdBy: actor.userId
			})
			.returning({ id: caseTransition.id });
		await event(tx, actor, row.id, v.kind === 'referral' ? 'referral_sent' : 'transfer_sent', { to: target.id, consent: v.consent });
		await recordAudit(tx, {
			action: v.kind === 'referral' ? 'case.refer' : 'case.transfer',
			entityType: 'help_case',
			entityId: row.id,
			...auditedBy(actor),
			data: { to: target.id, consent: v.consent }
		});
		return t.id;
	});
	return { ok: true, data: { id } };
}

/** Pending referrals and transfers to the actor's organisation, with what it needs to decide (no encrypted field). */
export async function incomingTransitions(db: Db, actor: Actor) {
	const scope = scopeFilter(actor, 'case.refer');
	if (!('organisationId' in scope)) return [];
	const rows = await db
		.select({
			id: caseTransition.id,
			kind: caseTransition.kind,
			consent: caseTransition.consent,
			noteEnc: caseTransition.noteEnc,
			createdAt: caseTransition.createdAt,
			fromName: organisation.name,
			number: helpCase.number,
			type: helpCase.type,
			urgency: helpCase.urgency,
			traffickingFlag: helpCase.traffickingFlag,
			countryIso2: helpCase.countryIso2
		})
		.from(caseTransition)
		.innerJoin(helpCase, eq(helpCase.id, caseTransition.caseId))
		.innerJoin(organisation, eq(organisation.id, caseTransition.fromOrganisationId))
		.where(and(eq(caseTransition.toOrganisationId, scope.organisationId), eq(caseTransition.status, 'pending')))
		.orderBy(asc(caseTransition.createdAt));
	// The receiving organisation reads why the case is offered: it needs that to decide.
	return rows.map(({ noteEnc, ...t }) => ({ ...t, note: decryptNullable(noteEnc, t.id, 'note') }));
}

export const decideSchema = z
	.object({ decision: z.enum(['accept', 'reject'], { error: 'error_choose_one' }), reason: optionalText(1000) })
	.refine((v) => v.decision === 'accept' || v.reason, { path: ['reason'], error: 'error_reject_reason' });

/** The receiving organisation accepts (a transfer moves ownership) or rejects with a reason. */
export async function decideTransition(db: Db, actor: Actor, transitionId: string, input: unknown): Promise<Validated<{ caseId: string }>> {
	requireAccess(actor, 'case.refer');
	if (!isUuid(transitionId)) throw new AppError('not_found', 'transition');
	const [t] = await db.select().from(caseTransition).where(eq(caseTransition.id, transitionId));
	if (!t) throw new AppError('not_found', 'transition');
	requireAccess(actor, 'case.refer', { organisationId: t.toOrganisationId });
	if (t.status !== 'pending') throw new AppError('invalid_transition', `transition ${t.status}`, { userMessage: 'error_invalid_transition' });
	const parsed = validate(decideSchema, input);
	if (!parsed.ok) return parsed;
	const accepted = parsed.data.decision === 'accept';
	await db.transaction(async (tx) => {
		// The guard on status makes a double submission a no-op instead of a second decision.
		const [done] = await tx
			.update(caseTransition)
			.set({ status: accepted ? 'accepted' : 'rejected', decisionReason: parsed.data.reason || null, decidedBy: actor.userId, decidedAt: new Date() })
			.where(and(eq(caseTransition.id, t.id), eq(caseTransition.status, 'pending')))
			.returning({ id: caseTransition.id });
		if (!done) throw new AppError('invalid_transition', 'decided meanwhile', { userMessage: 'error_invalid_transition' });
		if (accepted && t.kind === 'transfer') {
			// The new owner's clocks start now, by its own deadlines for the case type.
			const [c] = await tx.select({ type: helpCase.type, urgency: helpCase.urgency }).from(helpCase).where(eq(helpCase.id, t.caseId));
			const due = await deadlinesFor(tx, t.toOrganisationId, c.type, c.urgency, new Date());
			await touch(tx, t.caseId, { organisationId: t.toOrganisationId, assigneeUserId: null, ...due });
			// Other organisations' pending offers for this case lapse with the move.
			await tx
				.update(caseTransition)
				.set({ status: 'rejected', decisionReason: 'transferred', decidedAt: new Date() })
				.where(and(eq(caseTransition.caseId, t.caseId), eq(caseTransition.status, 'pending')));
		}
		await event(tx, actor, t.caseId, `${t.kind}_${accepted ? 'accepted' : 'rejected'}` as CaseEventKind, { reason: parsed.data.reason || null });
		await recordAudit(tx, {
			action: 'case.transition_decide',
			entityType: 'help_case',
			entityId: t.caseId,
			...auditedBy(actor),
			data: { transition: t.id, kind: t.kind, accepted }
		});
	});
	return { ok: true, data: { caseId: t.caseId } };
}

/** For pages: does a case exist for the actor at all (owner or referred), without auditing a view. */
export async function caseHeader(db: Db, actor: Actor, caseId: string) {
	const { row, owner } = await loadCase(db, actor, caseId, 'case.read');
	return { id: row.id, number: row.number, owner };
}

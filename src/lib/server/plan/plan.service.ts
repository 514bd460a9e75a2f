import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Translated } from '#lib/i18n';
import { requireAccess, scopeFilter, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { authUser } from '../auth/auth.table';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { organisation } from '../org/org.table';
import { isUuid, requiredText, validate, type Validated } from '../validation';
import {
	planGoal,
	planPractice,
	planTask,
	planTaskCoExecutor,
	planTaskEvidence,
	planTaskPractice,
	planTaskUpdate,
	TASK_STATUSES,
	type TaskStatus
} from './plan.table';

/**
 * The action plan: public reading (tasks, progress by goal and by body, export) and the responsible
 * body's own updates (docs/decisions/0022). Each body sees and changes only the tasks it is responsible
 * for; another organisation's task answers not_found.
 */

export type ShownStatus = TaskStatus | 'overdue';
export const SHOWN_STATUSES: ShownStatus[] = ['overdue', 'not_started', 'in_progress', 'done'];

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** A task not done whose deadline has passed is overdue; the stored status stays as the body set it. */
export const shownStatus = (status: TaskStatus, deadline: string, today = todayIso()): ShownStatus =>
	status !== 'done' && deadline < today ? 'overdue' : status;

/** Every task with its bodies, practices and evidence, grouped by goal. Public content. */
export async function listPlan(db: Db, today = todayIso()) {
	const [goals, tasks, coExecutors, practices, evidence] = await Promise.all([
		db.select({ id: planGoal.id, slug: planGoal.slug, title: planGoal.title, source: planGoal.source }).from(planGoal).orderBy(asc(planGoal.position)),
		db
			.select({
				id: planTask.id,
				slug: planTask.slug,
				goalId: planTask.goalId,
				title: planTask.title,
				deadline: planTask.deadline,
				status: planTask.status,
				source: planTask.source,
				responsibleId: organisation.id,
				responsible: organisation.name,
				updatedAt: planTask.updatedAt
			})
			.from(planTask)
			.innerJoin(organisation, eq(organisation.id, planTask.responsibleOrgId))
			.orderBy(asc(planTask.position), asc(planTask.slug)),
		db
			.select({ taskId: planTaskCoExecutor.taskId, name: organisation.name })
			.from(planTaskCoExecutor)
			.innerJoin(organisation, eq(organisation.id, planTaskCoExecutor.organisationId))
			.orderBy(asc(organisation.slug)),
		db
			.select({ taskId: planTaskPractice.taskId, slug: planPractice.slug, title: planPractice.title, summary: planPractice.summary })
			.from(planTaskPractice)
			.innerJoin(planPractice, eq(planPractice.id, planTaskPractice.practiceId))
			.orderBy(asc(planPractice.slug)),
		db
			.select({ taskId: planTaskEvidence.taskId, url: planTaskEvidence.url, title: planTaskEvidence.title })
			.from(planTaskEvidence)
			.orderBy(asc(planTaskEvidence.createdAt))
	]);
	const rows = tasks.map((t) => ({
		...t,
		shown: shownStatus(t.status, t.deadline, today),
		goal: goals.find((g) => g.id === t.goalId)!.title,
		coExecutors: coExecutors.filter((c) => c.taskId === t.id).map((c) => c.name),
		practices: practices.filter((p) => p.taskId === t.id).map(({ slug, title, summary }) => ({ slug, title, summary })),
		evidence: evidence.filter((e) => e.taskId === t.id).map(({ url, title }) => ({ url, title }))
	}));
	return { goals: goals.map((g) => ({ ...g, tasks: rows.filter((t) => t.goalId === g.id) })), tasks: rows };
}

export type PlanRow = Awaited<ReturnType<typeof listPlan>>['tasks'][number];
export interface ProgressRow {
	key: string;
	label: Translated;
	total: number;
	counts: Record<ShownStatus, number>;
}

/** Tasks counted by shown status, per goal or per responsible body, in the order first met. */
export function progressBy(tasks: PlanRow[], by: 'goal' | 'body'): ProgressRow[] {
	const rows = new Map<string, ProgressRow>();
	for (const t of tasks) {
		const key = by === 'goal' ? t.goalId : t.responsibleId;
		let row = rows.get(key);
		if (!row) {
			row = { key, label: by === 'goal' ? t.goal : t.responsible, total: 0, counts: { overdue: 0, not_started: 0, in_progress: 0, done: 0 } };
			rows.set(key, row);
		}
		row.total += 1;
		row.counts[t.shown] += 1;
	}
	return [...rows.values()];
}

// ─── The responsible body's desk ───

/** The tasks the actor's organisation is responsible for. */
export async function listOwnTasks(db: Db, actor: Actor, today = todayIso()) {
	const scope = scopeFilter(actor, 'plan.update');
	if (!('organisationId' in scope)) throw new AppError('forbidden', 'plan tasks are updated by their responsible body');
	const rows = await db
		.select({ id: planTask.id, title: planTask.title, deadline: planTask.deadline, status: planTask.status, goal: planGoal.title })
		.from(planTask)
		.innerJoin(planGoal, eq(planGoal.id, planTask.goalId))
		.where(eq(planTask.responsibleOrgId, scope.organisationId))
		.orderBy(asc(planTask.deadline), asc(planTask.position));
	return rows.map((r) => ({ ...r, shown: shownStatus(r.status, r.deadline, today) }));
}

async function ownTask(db: Db, actor: Actor, id: string) {
	requireAccess(actor, 'plan.update');
	if (!isUuid(id)) throw new AppError('not_found', 'plan task');
	const [task] = await db.select().from(planTask).where(eq(planTask.id, id));
	if (!task) throw new AppError('not_found', 'plan task');
	requireAccess(actor, 'plan.update', { organisationId: task.responsibleOrgId });
	return task;
}

/** One of the organisation's tasks with its history and evidence; another organisation's is not found. */
export async function getOwnTask(db: Db, actor: Actor, id: string, today = todayIso()) {
	const task = await ownTask(db, actor, id);
	const [history, evidence] = await Promise.all([
		db
			.select({ id: planTaskUpdate.id, status: planTaskUpdate.status, note: planTaskUpdate.note, createdAt: planTaskUpdate.createdAt, by: authUser.name })
			.from(planTaskUpdate)
			.leftJoin(authUser, eq(authUser.id, planTaskUpdate.updatedBy))
			.where(eq(planTaskUpdate.taskId, id))
			.orderBy(desc(planTaskUpdate.createdAt), desc(planTaskUpdate.id)),
		db
			.select({ id: planTaskEvidence.id, url: planTaskEvidence.url, title: planTaskEvidence.title, createdAt: planTaskEvidence.createdAt })
			.from(planTaskEvidence)
			.where(eq(planTaskEvidence.taskId, id))
			.orderBy(asc(planTaskEvidence.createdAt))
	]);
	return { task: { ...task, shown: shownStatus(task.status, task.deadline, today) }, history, evidence };
}

const statusSchema = z.object({ status: z.enum(TASK_STATUSES, { error: 'error_choose_one' }), note: requiredText(1000) });

/** The responsible body sets a task's status with a note; the change is kept in the history and audited. */
export async function updateTaskStatus(db: Db, actor: Actor, id: string, input: unknown): Promise<Validated<{ status: TaskStatus }>> {
	const task = await ownTask(db, actor, id);
	const parsed = validate(statusSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	await db.transaction(async (tx) => {
		const [done] = await tx
			.update(planTask)
			.set({ status: v.status, updatedAt: new Date(), updatedBy: actor.userId })
			.where(and(eq(planTask.id, task.id), eq(planTask.responsibleOrgId, task.responsibleOrgId)))
			.returning({ id: planTask.id });
		if (!done) throw new AppError('not_found', 'plan task');
		await tx.insert(planTaskUpdate).values({ taskId: task.id, status: v.status, note: v.note, updatedBy: actor.userId });
		await recordAudit(tx, {
			action: 'plan.task_update',
			entityType: 'plan_task',
			entityId: task.id,
			...auditedBy(actor),
			data: { from: task.status, to: v.status }
		});
	});
	return { ok: true, data: { status: v.status } };
}

const evidenceSchema = z.object({
	url: z
		.string({ error: 'error_required' })
		.trim()
		.min(1, { error: 'error_required' })
		.pipe(z.url({ protocol: /^https?$/, error: 'error_url' }).max(500, { error: 'error_too_long' })),
	title: requiredText(200)
});

/** The responsible body links a document or page that shows the work done. */
export async function addTaskEvidence(db: Db, actor: Actor, id: string, input: unknown): Promise<Validated<{ id: string }>> {
	const task = await ownTask(db, actor, id);
	const parsed = validate(evidenceSchema, input);
	if (!parsed.ok) return parsed;
	const row = await db.transaction(async (tx) => {
		const [r] = await tx
			.insert(planTaskEvidence)
			.values({ taskId: task.id, url: parsed.data.url, title: parsed.data.title, addedBy: actor.userId })
			.returning({ id: planTaskEvidence.id });
		await recordAudit(tx, { action: 'plan.evidence_add', entityType: 'plan_task', entityId: task.id, ...auditedBy(actor), data: { evidenceId: r.id } });
		return r;
	});
	return { ok: true, data: { id: row.id } };
}

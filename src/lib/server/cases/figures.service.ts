import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { scopeFilter, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { authUser } from '../auth/auth.table';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { validate, type Validated } from '../validation';
import { CASE_TYPES, caseDeadline, helpCase, type CaseType } from './cases.table';
import { DEFAULT_DEADLINES } from './intake.service';

// ─── Deadlines per case type (supervisor) ────────────────────────────────────

export async function organisationDeadlines(db: Db, actor: Actor) {
	const scope = scopeFilter(actor, 'case.configure');
	if (!('organisationId' in scope)) throw new AppError('forbidden', 'deadlines are set per organisation');
	const rows = await db.select().from(caseDeadline).where(eq(caseDeadline.organisationId, scope.organisationId));
	return CASE_TYPES.map((type) => {
		const row = rows.find((r) => r.type === type);
		return {
			type,
			firstResponseHours: row?.firstResponseHours ?? DEFAULT_DEADLINES[type].firstResponseHours,
			resolutionDays: row?.resolutionDays ?? DEFAULT_DEADLINES[type].resolutionDays,
			custom: !!row
		};
	});
}

const hours = z.coerce
	.number({ error: 'error_case_hours' })
	.int({ error: 'error_case_hours' })
	.min(1, { error: 'error_case_hours' })
	.max(720, { error: 'error_case_hours' });
const days = z.coerce
	.number({ error: 'error_case_days' })
	.int({ error: 'error_case_days' })
	.min(1, { error: 'error_case_days' })
	.max(365, { error: 'error_case_days' });
const deadlinesSchema = z.object(
	Object.fromEntries(
		CASE_TYPES.flatMap((t) => [
			[`${t}_first`, hours],
			[`${t}_days`, days]
		])
	) as Record<string, typeof hours>
);

/** Sets the organisation's deadlines for every type (form fields `<type>_first` hours, `<type>_days` days). New cases use them. */
export async function setDeadlines(db: Db, actor: Actor, input: unknown): Promise<Validated<{ saved: number }>> {
	const scope = scopeFilter(actor, 'case.configure');
	if (!('organisationId' in scope)) throw new AppError('forbidden', 'deadlines are set per organisation');
	const parsed = validate(deadlinesSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data as Record<string, number>;
	await db.transaction(async (tx) => {
		const now = new Date();
		await tx
			.insert(caseDeadline)
			.values(
				CASE_TYPES.map((type) => ({
					organisationId: scope.organisationId,
					type: type as CaseType,
					firstResponseHours: v[`${type}_first`],
					resolutionDays: v[`${type}_days`],
					updatedAt: now
				}))
			)
			.onConflictDoUpdate({
				target: [caseDeadline.organisationId, caseDeadline.type],
				set: { firstResponseHours: sql`excluded.first_response_hours`, resolutionDays: sql`excluded.resolution_days`, updatedAt: sql`excluded.updated_at` }
			});
		await recordAudit(tx, { action: 'case.configure', entityType: 'organisation', entityId: scope.organisationId, ...auditedBy(actor) });
	});
	return { ok: true, data: { saved: CASE_TYPES.length } };
}

// ─── Workload and outcomes of one organisation (supervisor) ──────────────────

export async function organisationFigures(db: Db, actor: Actor) {
	const scope = scopeFilter(actor, 'case.configure');
	if (!('organisationId' in scope)) throw new AppError('forbidden', 'figures are per organisation');
	const org = eq(helpCase.organisationId, scope.organisationId);
	const [workload, [totals], outcomes] = await Promise.all([
		db
			.select({
				name: authUser.name,
				open: sql<number>`count(*) filter (where ${helpCase.status} <> 'closed')::int`,
				overdue: sql<number>`count(*) filter (where ${helpCase.status} <> 'closed' and (case when ${helpCase.firstResponseAt} is null then least(${helpCase.firstResponseDue}, ${helpCase.resolutionDue}) else ${helpCase.resolutionDue} end) < now())::int`,
				closed90: sql<number>`count(*) filter (where ${helpCase.closedAt} > now() - interval '90 days')::int`
			})
			.from(helpCase)
			.leftJoin(authUser, eq(authUser.id, helpCase.assigneeUserId))
			.where(org)
			.groupBy(authUser.name)
			.orderBy(authUser.name),
		db
			.select({
				received: sql<number>`count(*)::int`,
				open: sql<number>`count(*) filter (where ${helpCase.status} <> 'closed')::int`,
				closed: sql<number>`count(*) filter (where ${helpCase.status} = 'closed')::int`,
				medianFirstResponseHours: sql<
					number | null
				>`round((percentile_cont(0.5) within group (order by extract(epoch from ${helpCase.firstResponseAt} - ${helpCase.createdAt}) / 3600))::numeric, 1)::float8`,
				medianResolutionDays: sql<
					number | null
				>`round((percentile_cont(0.5) within group (order by extract(epoch from ${helpCase.closedAt} - ${helpCase.createdAt}) / 86400))::numeric, 1)::float8`
			})
			.from(helpCase)
			.where(org),
		db
			.select({ outcome: sql<string>`o`, count: sql<number>`count(*)::int` })
			.from(sql`${helpCase}, unnest(${helpCase.outcomes}) as o`)
			.where(and(org, eq(helpCase.status, 'closed')))
			.groupBy(sql`o`)
	]);
	const wages = await wagesByCurrency(db, scope.organisationId);
	return { workload, totals, outcomes, wages };
}

async function wagesByCurrency(db: Db, organisationId?: string) {
	return db
		.select({ currency: helpCase.wagesCurrency, amount: sql<string>`sum(${helpCase.wagesRecovered})::text`, cases: sql<number>`count(*)::int` })
		.from(helpCase)
		.where(and(sql`${helpCase.wagesRecovered} is not null`, organisationId ? eq(helpCase.organisationId, organisationId) : undefined))
		.groupBy(helpCase.wagesCurrency)
		.orderBy(helpCase.wagesCurrency);
}

// Published (public) figures live in the statistics layer: statistics/case-figures.ts (docs/decisions/0019).

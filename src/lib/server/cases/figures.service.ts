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
		return { type, firstResponseHours: row?.firstResponseHours ?? DEFAULT_DEADLINES[type].firstResponseHours, resolutionDays: row?.resolutionDays ?? DEFAULT_DEADLINES[type].resolutionDays, custom: !!row };
	});
}

const hours = z.coerce.number({ error: 'error_case_hours' }).int({ error: 'error_case_hours' }).min(1, { error: 'error_case_hours' }).max(720, { error: 'error_case_hours' });
const days = z.coerce.number({ error: 'error_case_days' }).int({ error: 'error_case_days' }).min(1, { error: 'error_case_days' }).max(365, { error: 'error_case_days' });
const deadlinesSchema = z.object(Object.fromEntries(CASE_TYPES.flatMap((t) => [[`${t}_first`, hours], [`${t}_days`, days]])) as Record<string, typeof hours>);

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
			.values(CASE_TYPES.map((type) => ({ organisationId: scope.organisationId, type: type as CaseType, firstResponseHours: v[`${type}_first`], resolutionDays: v[`${type}_days`], updatedAt: now })))
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
				medianFirstResponseHours: sql<number | null>`round((percentile_cont(0.5) within group (order by extract(epoch from ${helpCase.firstResponseAt} - ${helpCase.createdAt}) / 3600))::numeric, 1)::float8`,
				medianResolutionDays: sql<number | null>`round((percentile_cont(0.5) within group (order by extract(epoch from ${helpCase.closedAt} - ${helpCase.createdAt}) / 86400))::numeric, 1)::float8`
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

// ─── Published figures (public) ──────────────────────────────────────────────

/** Counts below this are not published (they could identify a person). */
export const SUPPRESS_BELOW = 5;

export interface FigureRow {
	key: string;
	received: number | null;
	resolved: number | null;
	medianFirstResponseHours: number | null;
	medianResolutionDays: number | null;
}

function suppress(rows: { key: string; received: number; resolved: number; mfr: number | null; mres: number | null; responded: number }[]): FigureRow[] {
	return rows.map((r) => ({
		key: r.key,
		received: r.received < SUPPRESS_BELOW ? null : r.received,
		resolved: r.received < SUPPRESS_BELOW || r.resolved < SUPPRESS_BELOW ? null : r.resolved,
		medianFirstResponseHours: r.responded < SUPPRESS_BELOW ? null : r.mfr,
		medianResolutionDays: r.resolved < SUPPRESS_BELOW ? null : r.mres
	}));
}

async function figuresBy(db: Db, column: typeof helpCase.countryIso2 | typeof helpCase.type) {
	const { rows } = await db.execute<{ key: string; received: number; resolved: number; responded: number; mfr: number | null; mres: number | null }>(sql`
		select ${column} as key,
			count(*)::int as received,
			count(*) filter (where status = 'closed' and not ('closed_without_result' = any(outcomes)))::int as resolved,
			count(first_response_at)::int as responded,
			round((percentile_cont(0.5) within group (order by extract(epoch from first_response_at - created_at) / 3600))::numeric, 1)::float8 as mfr,
			round((percentile_cont(0.5) within group (order by extract(epoch from closed_at - created_at) / 86400) filter (where status = 'closed' and not ('closed_without_result' = any(outcomes))))::numeric, 1)::float8 as mres
		from ${helpCase}
		group by 1 order by 2 desc`);
	return suppress(rows);
}

const FIGURES_TTL_MS = 10 * 60_000;
let cached: { at: number; value: Promise<Awaited<ReturnType<typeof computeFigures>>> } | undefined;

/**
 * Received, resolved, median times and wages recovered, by country and by type; small counts suppressed.
 * Published figures may be ten minutes old: the aggregate reads every case (≈0.8 s at 100,000 cases).
 */
export function publicFigures(db: Db, opts: { fresh?: boolean } = {}) {
	if (opts.fresh || !cached || Date.now() - cached.at > FIGURES_TTL_MS) {
		cached = { at: Date.now(), value: computeFigures(db) };
		cached.value.catch(() => (cached = undefined));
	}
	return cached.value;
}

async function computeFigures(db: Db) {
	const [byCountry, byType, wages] = await Promise.all([figuresBy(db, helpCase.countryIso2), figuresBy(db, helpCase.type), wagesByCurrency(db)]);
	return {
		byCountry,
		byType,
		wages: wages.filter((w) => w.cases >= SUPPRESS_BELOW).map((w) => ({ currency: w.currency, amount: w.amount, cases: w.cases }))
	};
}

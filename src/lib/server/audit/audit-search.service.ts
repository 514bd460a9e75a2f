import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { requireAccess, scopeFilter, type Actor } from '../access/access';
import { authUser } from '../auth/auth.table';
import { organisation } from '../org/org.table';
import { isoDate, validate, type FieldErrors } from '../validation';
import { auditLog } from './audit.table';
import { auditedBy, recordAuditNow, verifyAuditChain, type ChainReport } from './audit.service';

/**
 * The audit-log screen for administrators (issue 14): search by actor, subject, action and date, newest
 * first, 50 a page (keyset on id). Rows carry who, when, what and from where: never the event's data,
 * so no personal value (decrypted or not) reaches the screen or the export. Searching, exporting and
 * verifying are themselves audited.
 */
export const AUDIT_PAGE_SIZE = 50;
/** Most rows one CSV export holds (narrow the filter for more). */
export const AUDIT_EXPORT_LIMIT = 10_000;
/** Bishkek keeps UTC+6 all year: a day typed in the form is a Bishkek day. */
const BISHKEK_OFFSET = '+06:00';

const optionalDate = z
	.union([z.literal(''), isoDate])
	.optional()
	.default('');
const filterSchema = z
	.object({
		actor: z.string().trim().max(200, { error: 'error_too_long' }).optional().default(''),
		entityType: z
			.string()
			.trim()
			.max(60, { error: 'error_too_long' })
			.regex(/^$|^[a-z][a-z0-9_]*$/, { error: 'error_invalid' })
			.optional()
			.default(''),
		entityId: z.string().trim().max(200, { error: 'error_too_long' }).optional().default(''),
		action: z
			.string()
			.trim()
			.max(80, { error: 'error_too_long' })
			.regex(/^$|^[a-z][a-z_]*(\.[a-z_]+)?$/, { error: 'error_invalid' })
			.optional()
			.default(''),
		from: optionalDate,
		to: optionalDate,
		before: z
			.string()
			.trim()
			.regex(/^$|^[1-9][0-9]{0,15}$/, { error: 'error_invalid' })
			.optional()
			.default('')
	})
	.refine((f) => !f.from || !f.to || f.from <= f.to, { error: 'error_date_order', path: ['to'] });

export type AuditFilter = z.output<typeof filterSchema>;
export const AUDIT_FILTER_FIELDS = ['actor', 'entityType', 'entityId', 'action', 'from', 'to'] as const;

/** The filter from GET parameters (unknown parameters ignored). */
export function parseAuditFilter(params: URLSearchParams): { values: Record<string, string>; filter: AuditFilter | null; errors: FieldErrors | null } {
	const values: Record<string, string> = {};
	for (const key of [...AUDIT_FILTER_FIELDS, 'before']) values[key] = (params.get(key) ?? '').slice(0, 400);
	const result = validate(filterSchema, values);
	return result.ok ? { values, filter: result.data, errors: null } : { values, filter: null, errors: result.errors };
}

/** The filter as the query string of a link (empty fields left out; no page cursor). */
export function filterQuery(filter: Partial<AuditFilter>): string {
	const params = new URLSearchParams();
	for (const key of AUDIT_FILTER_FIELDS) if (filter[key]) params.set(key, filter[key]!);
	return params.toString();
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

async function conditions(db: Db, actor: Actor, filter: AuditFilter): Promise<SQL[]> {
	const scope = scopeFilter(actor, 'audit.read');
	const where: SQL[] = [];
	// An organisation's administrator sees what its own people did, nothing else.
	if ('organisationId' in scope) where.push(eq(auditLog.actorOrganisationId, scope.organisationId));
	else if ('ownerUserId' in scope) where.push(eq(auditLog.actorUserId, scope.ownerUserId));
	if (filter.actor) {
		if (filter.actor.includes('@')) {
			const users = await db
				.select({ id: authUser.id })
				.from(authUser)
				.where(sql`lower(${authUser.email}) = lower(${filter.actor})`);
			where.push(users.length ? or(...users.map((u) => eq(auditLog.actorUserId, u.id)))! : sql`false`);
		} else where.push(eq(auditLog.actorUserId, filter.actor));
	}
	if (filter.entityType) where.push(eq(auditLog.entityType, filter.entityType));
	if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
	// "case" finds every case.* action; "case.view" only that one.
	if (filter.action)
		where.push(filter.action.includes('.') ? eq(auditLog.action, filter.action) : sql`split_part(${auditLog.action}, '.', 1) = ${filter.action}`);
	if (filter.from) where.push(gte(auditLog.at, new Date(`${filter.from}T00:00:00${BISHKEK_OFFSET}`)));
	if (filter.to) where.push(lt(auditLog.at, new Date(`${nextDay(filter.to)}T00:00:00${BISHKEK_OFFSET}`)));
	return where;
}

function select(db: Db) {
	return db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			action: auditLog.action,
			entityType: auditLog.entityType,
			entityId: auditLog.entityId,
			ip: auditLog.ip,
			actorUserId: auditLog.actorUserId,
			// Staff are named by their work e-mail; anyone else only by account id.
			actorEmail: sql<string | null>`case when ${authUser.kind} = 'staff' then ${authUser.email} end`,
			organisationId: auditLog.actorOrganisationId,
			organisationName: organisation.name
		})
		.from(auditLog)
		.leftJoin(authUser, eq(authUser.id, auditLog.actorUserId))
		.leftJoin(organisation, eq(organisation.id, auditLog.actorOrganisationId));
}

export type AuditRow = Awaited<ReturnType<typeof searchAudit>>['rows'][number];

/** One page of the log, newest first; `next` is the cursor for the page after, if any. */
export async function searchAudit(db: Db, actor: Actor, filter: AuditFilter) {
	const where = await conditions(db, actor, filter);
	if (filter.before) where.push(lt(auditLog.id, Number(filter.before)));
	await recordAuditNow(db, { action: 'audit.search', entityType: 'audit_log', ...auditedBy(actor), data: { filter } });
	const found = await select(db)
		.where(and(...where))
		.orderBy(desc(auditLog.id))
		.limit(AUDIT_PAGE_SIZE + 1);
	const rows = found.slice(0, AUDIT_PAGE_SIZE);
	return { rows, next: found.length > AUDIT_PAGE_SIZE ? rows[rows.length - 1].id : null };
}

/** Every row of the filter (up to AUDIT_EXPORT_LIMIT), newest first, for the CSV export. */
export async function exportAudit(db: Db, actor: Actor, filter: AuditFilter) {
	const where = await conditions(db, actor, filter);
	const rows = await select(db)
		.where(and(...where))
		.orderBy(desc(auditLog.id))
		.limit(AUDIT_EXPORT_LIMIT);
	await recordAuditNow(db, { action: 'audit.export', entityType: 'audit_log', ...auditedBy(actor), data: { rows: rows.length, filter } });
	return rows;
}

/** Re-computes the whole hash chain (the platform's administrator only) and records that it was checked. */
export async function verifyAuditLog(db: Db, actor: Actor): Promise<ChainReport> {
	requireAccess(actor, 'audit.verify');
	const report = await verifyAuditChain(db);
	await recordAuditNow(db, {
		action: 'audit.verify',
		entityType: 'audit_log',
		...auditedBy(actor),
		data: { ok: report.ok, rows: report.rows, brokenAt: report.brokenAt ?? null }
	});
	return report;
}

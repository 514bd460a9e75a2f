import { createHash } from 'node:crypto';
import { asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { auditLog } from './audit.table';
import { requireAccess, scopeFilter, type Actor } from '../access/access';

/** Audit actions as a closed list; add new ones beside the capability that records them. */
export type AuditAction =
	| 'auth.sign_in'
	| 'auth.sign_in_failed'
	| 'auth.account_guarded'
	| 'auth.reauthenticated'
	| 'auth.sign_out'
	| 'auth.two_factor_enabled'
	| 'auth.code_requested'
	| 'organisation.create'
	| 'organisation.update'
	| 'member.invite'
	| 'member.join'
	| 'member.role_change'
	| 'invitation.revoke'
	| 'content.draft'
	| 'content.submit'
	| 'content.publish'
	| 'content.reject'
	| 'profile.update'
	| 'consent.grant'
	| 'consent.withdraw'
	| 'channels.preferences'
	| 'channels.opt_out'
	| 'channels.opt_in'
	| 'channels.telegram_link'
	| 'channels.telegram_unlink'
	| 'account.delete'
	| 'registration.submit'
	| 'registration.update'
	| 'registration.view'
	| 'registration.confirm'
	| 'registration.export'
	| 'certificate.issue'
	| 'agency.register'
	| 'agency.update'
	| 'licence.issue'
	| 'licence.renew'
	| 'licence.suspend'
	| 'licence.reinstate'
	| 'licence.revoke'
	| 'licence.remind'
	| 'vacancy.create'
	| 'vacancy.update'
	| 'application.submit'
	| 'application.update'
	| 'application.view'
	| 'employer_report.dismiss'
	| 'employer_report.from_case'
	| 'employer_proceeding.open'
	| 'employer_proceeding.view'
	| 'employer_proceeding.evidence'
	| 'employer_proceeding.notify'
	| 'employer_proceeding.submit'
	| 'employer_proceeding.reply'
	| 'employer_proceeding.list'
	| 'employer_proceeding.dismiss'
	| 'employer_proceeding.appeal'
	| 'employer_proceeding.uphold'
	| 'employer_proceeding.delist'
	| 'review.submit'
	| 'review.moderate'
	| 'course.create'
	| 'course.update'
	| 'course.publish'
	| 'course.unpublish'
	| 'course.version'
	| 'return.submit'
	| 'return.view'
	| 'return.refer'
	| 'return.outcome'
	| 'return.close'
	| 'return.programme_add'
	| 'return.programme_update'
	| 'case.create'
	| 'case.view'
	| 'case.information_added'
	| 'case.triage'
	| 'case.assign'
	| 'case.message'
	| 'case.update'
	| 'case.close'
	| 'case.reopen'
	| 'case.reopen_by_person'
	| 'case.refer'
	| 'case.transfer'
	| 'case.transition_decide'
	| 'case.configure'
	| 'case.export'
	| 'import.upload'
	| 'import.map'
	| 'import.check'
	| 'import.commit'
	| 'import.undo'
	| 'import.report'
	| 'client.view'
	| 'alert.create'
	| 'alert.update'
	| 'alert.approve'
	| 'alert.cancel'
	| 'alert.send'
	| 'alert.answer'
	| 'alert.roster_view'
	| 'alert.export'
	| 'alert.follow_up'
	| 'indicator.progress'
	| 'statistics.refresh'
	| 'plan.task_update'
	| 'plan.evidence_add'
	| 'hotline.log'
	| 'hotline.view'
	| 'hotline.sms'
	| 'hotline.to_case'
	| 'hotline.refer'
	| 'diaspora.save'
	| 'diaspora.verify'
	| 'project.save'
	| 'project.verify'
	| 'project.return'
	| 'project.report'
	| 'project.report_verify'
	| 'project.report_return'
	| 'apikey.create'
	| 'apikey.revoke'
	| 'apikey.rotate'
	| 'programme.export'
	| 'programme.slot_add'
	| 'programme.check'
	| 'programme.depart'
	| 'programme.select'
	| 'programme.message'
	| 'privacy.retention'
	| 'audit.search'
	| 'audit.export'
	| 'audit.verify'
	| 'jobs.retry'
	| 'jobs.discard';

export interface AuditEvent {
	action: AuditAction;
	entityType: string;
	entityId?: string | null;
	actorUserId?: string | null;
	actorOrganisationId?: string | null;
	ip?: string | null;
	data?: Record<string, unknown>;
}

/** The actor fields of an audit event. */
export const auditedBy = (actor: Actor) => ({ actorUserId: actor.userId, actorOrganisationId: actor.organisationId, ip: actor.ip });

export const GENESIS_HASH = '0'.repeat(64);
// One advisory lock key for the chain: appends are serialised so each row sees its predecessor.
const CHAIN_LOCK = 7_106_171;

/** Canonical JSON (sorted keys) so the hash does not depend on key order. */
function canonical(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	const entries = Object.entries(value as Record<string, unknown>)
		.filter(([, v]) => v !== undefined)
		.sort(([a], [b]) => (a < b ? -1 : 1));
	return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

export function rowHash(
	prevHash: string,
	row: {
		at: Date;
		actorUserId: string | null;
		actorOrganisationId: string | null;
		action: string;
		entityType: string;
		entityId: string | null;
		ip: string | null;
		data: Record<string, unknown>;
	}
): string {
	const body = canonical({
		at: row.at.toISOString(),
		actorUserId: row.actorUserId,
		actorOrganisationId: row.actorOrganisationId,
		action: row.action,
		entityType: row.entityType,
		entityId: row.entityId,
		ip: row.ip,
		data: row.data
	});
	return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/**
 * Appends an audit row inside the caller's transaction, so the row exists exactly when the change does.
 * Time is truncated to milliseconds so the hash input survives the round trip through PostgreSQL.
 */
export async function recordAudit(tx: Tx, event: AuditEvent): Promise<void> {
	await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
	const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
	const prevHash = last?.hash ?? GENESIS_HASH;
	const row = {
		at: new Date(Math.floor(Date.now())),
		actorUserId: event.actorUserId ?? null,
		actorOrganisationId: event.actorOrganisationId ?? null,
		action: event.action,
		entityType: event.entityType,
		entityId: event.entityId ?? null,
		ip: event.ip ?? null,
		data: event.data ?? {}
	};
	await tx.insert(auditLog).values({ ...row, prevHash, hash: rowHash(prevHash, row) });
}

/** Convenience for events that change nothing else (sign-in, failed sign-in). */
export async function recordAuditNow(db: Db, event: AuditEvent): Promise<void> {
	await db.transaction((tx) => recordAudit(tx, event));
}

export interface ChainReport {
	ok: boolean;
	rows: number;
	/** id of the first row that does not verify */
	brokenAt?: number;
}

/** Re-computes every hash in order. Streams in pages so it works on large logs. */
export async function verifyAuditChain(db: Tx): Promise<ChainReport> {
	let prevHash = GENESIS_HASH;
	let lastId = 0;
	let rows = 0;
	for (;;) {
		const page = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(1000);
		if (page.length === 0) break;
		for (const row of page) {
			const expected = rowHash(prevHash, row);
			if (row.prevHash !== prevHash || row.hash !== expected) return { ok: false, rows, brokenAt: row.id };
			prevHash = row.hash;
			lastId = row.id;
			rows++;
		}
	}
	return { ok: true, rows };
}

/** Audit entries about one record, for screens that show a record's history. */
export async function listAuditForEntity(db: Db, actor: Actor, entityType: string, entityId: string) {
	requireAccess(actor, 'audit.read');
	return db
		.select()
		.from(auditLog)
		.where(sql`${auditLog.entityType} = ${entityType} and ${auditLog.entityId} = ${entityId}`)
		.orderBy(desc(auditLog.id))
		.limit(200);
}

export async function listRecentAudit(db: Db, actor: Actor, limit = 50) {
	const scope = scopeFilter(actor, 'audit.read');
	const filter =
		'all' in scope
			? undefined
			: 'organisationId' in scope
				? eq(auditLog.actorOrganisationId, scope.organisationId)
				: eq(auditLog.actorUserId, scope.ownerUserId);
	return db.select().from(auditLog).where(filter).orderBy(desc(auditLog.id)).limit(limit);
}

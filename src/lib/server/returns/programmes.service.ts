import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { REFERRAL_KINDS } from '#lib/returns';
import { requireAccess, scopeFilter, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { organisation } from '../org/org.table';
import { isUuid, requiredText, validate, type Validated } from '../validation';
import { reintegrationProgramme, returnReferral, returnRequest } from './returns.table';

/** Organisations that add programmes to the national catalogue. */
const CATALOGUE_KINDS = ['employment_centre', 'ministry'];

/**
 * The catalogue as a centre sees it: every programme (the inactive ones only when managing), with how
 * many of this centre's returnees were referred to each and how many completed it.
 */
export async function listProgrammes(db: Db, actor: Actor, opts: { includeInactive?: boolean } = {}) {
	const scope = scopeFilter(actor, 'return.read');
	if (!('organisationId' in scope)) throw new AppError('forbidden', 'programmes are seen by a centre');
	return db
		.select({
			id: reintegrationProgramme.id,
			kind: reintegrationProgramme.kind,
			name: reintegrationProgramme.name,
			provider: reintegrationProgramme.provider,
			source: reintegrationProgramme.source,
			active: reintegrationProgramme.active,
			mine: sql<boolean>`${reintegrationProgramme.organisationId} is not distinct from ${scope.organisationId}::uuid`,
			referred: sql<number>`count(${returnRequest.id})::int`,
			completed: sql<number>`count(${returnRequest.id}) filter (where ${returnReferral.outcome} = 'completed')::int`
		})
		.from(reintegrationProgramme)
		.leftJoin(returnReferral, eq(returnReferral.programmeId, reintegrationProgramme.id))
		.leftJoin(returnRequest, and(eq(returnRequest.id, returnReferral.requestId), eq(returnRequest.centreId, scope.organisationId)))
		.where(opts.includeInactive ? undefined : eq(reintegrationProgramme.active, true))
		.groupBy(reintegrationProgramme.id)
		.orderBy(asc(reintegrationProgramme.kind), asc(reintegrationProgramme.createdAt));
}

/** An active programme a referral may point to. */
export async function activeProgramme(db: Tx, id: string) {
	if (!isUuid(id)) return null;
	const [p] = await db
		.select()
		.from(reintegrationProgramme)
		.where(and(eq(reintegrationProgramme.id, id), eq(reintegrationProgramme.active, true)));
	return p ?? null;
}

async function requireCatalogueDesk(db: Db, actor: Actor): Promise<string> {
	requireAccess(actor, 'return.configure');
	const [org] = actor.organisationId ? await db.select({ kind: organisation.kind }).from(organisation).where(eq(organisation.id, actor.organisationId)) : [];
	if (!org || !CATALOGUE_KINDS.includes(org.kind)) throw new AppError('forbidden', 'the catalogue is kept by employment centres');
	return actor.organisationId!;
}

const programmeSchema = z.object({
	kind: z.enum(REFERRAL_KINDS, { error: 'error_choose_one' }),
	name_ky: requiredText(200),
	name_ru: requiredText(200),
	name_en: requiredText(200),
	provider: requiredText(200)
});

/** A centre supervisor adds a programme to the catalogue (in three languages). */
export async function addProgramme(db: Db, actor: Actor, input: unknown): Promise<Validated<{ id: string }>> {
	const organisationId = await requireCatalogueDesk(db, actor);
	const parsed = validate(programmeSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(reintegrationProgramme)
			.values({
				slug: `p-${randomUUID().slice(0, 8)}`,
				kind: v.kind,
				name: { ky: v.name_ky, ru: v.name_ru, en: v.name_en },
				provider: v.provider,
				organisationId
			})
			.returning({ id: reintegrationProgramme.id });
		await recordAudit(tx, { action: 'return.programme_add', entityType: 'reintegration_programme', entityId: row.id, ...auditedBy(actor) });
		return row.id;
	});
	return { ok: true, data: { id } };
}

/** Switches one of the centre's own programmes off (no new referrals) or on again; referrals keep it. */
export async function setProgrammeActive(db: Db, actor: Actor, id: string, active: boolean): Promise<void> {
	const organisationId = await requireCatalogueDesk(db, actor);
	if (!isUuid(id)) throw new AppError('not_found', 'programme');
	await db.transaction(async (tx) => {
		const [done] = await tx
			.update(reintegrationProgramme)
			.set({ active })
			.where(and(eq(reintegrationProgramme.id, id), eq(reintegrationProgramme.organisationId, organisationId)))
			.returning({ id: reintegrationProgramme.id });
		if (!done) throw new AppError('not_found', 'programme');
		await recordAudit(tx, { action: 'return.programme_update', entityType: 'reintegration_programme', entityId: id, ...auditedBy(actor), data: { active } });
	});
}

import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { requireAccess, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { authUser } from '../auth/auth.table';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { isoDate, isUuid, optionalText, requiredText, validate, type Validated } from '../validation';
import { latestProgress } from './indicators.service';
import { mgiDomain, mgiIndicator, mgiProgress, PROGRESS_STATUSES } from './indicators.table';

/**
 * Editors (content_editor, `indicator.edit`) record progress and evidence on an indicator area between
 * MGI rounds. Entries are only added — a correction is a new entry — so every indicator keeps its
 * history; each entry is audited.
 */

/** Every domain with its indicators and their current state, for the editors' list. */
export async function listForEditing(db: Db, actor: Actor) {
	requireAccess(actor, 'indicator.edit');
	const [domains, indicators] = await Promise.all([
		db.select({ id: mgiDomain.id, slug: mgiDomain.slug, title: mgiDomain.title }).from(mgiDomain).orderBy(asc(mgiDomain.position)),
		db.select({ id: mgiIndicator.id, domainId: mgiIndicator.domainId, title: mgiIndicator.title }).from(mgiIndicator).orderBy(asc(mgiIndicator.position))
	]);
	const progress = await latestProgress(
		db,
		indicators.map((i) => i.id)
	);
	return domains.map((d) => ({
		...d,
		indicators: indicators.filter((i) => i.domainId === d.id).map((i) => ({ ...i, progress: progress.find((p) => p.indicatorId === i.id) ?? null }))
	}));
}

/** One indicator with its whole history, newest first. */
export async function getIndicatorHistory(db: Db, actor: Actor, id: string) {
	requireAccess(actor, 'indicator.edit');
	if (!isUuid(id)) throw new AppError('not_found', 'indicator');
	const [indicator] = await db
		.select({ id: mgiIndicator.id, title: mgiIndicator.title, domainSlug: mgiDomain.slug, domainTitle: mgiDomain.title })
		.from(mgiIndicator)
		.innerJoin(mgiDomain, eq(mgiDomain.id, mgiIndicator.domainId))
		.where(eq(mgiIndicator.id, id));
	if (!indicator) throw new AppError('not_found', 'indicator');
	const history = await db
		.select({
			id: mgiProgress.id,
			status: mgiProgress.status,
			note: mgiProgress.note,
			observedOn: mgiProgress.observedOn,
			evidenceUrl: mgiProgress.evidenceUrl,
			evidenceTitle: mgiProgress.evidenceTitle,
			createdAt: mgiProgress.createdAt,
			recordedBy: authUser.name
		})
		.from(mgiProgress)
		.leftJoin(authUser, eq(authUser.id, mgiProgress.recordedBy))
		.where(eq(mgiProgress.indicatorId, id))
		.orderBy(desc(mgiProgress.createdAt), desc(mgiProgress.id));
	return { indicator, history };
}

const today = () => new Date().toISOString().slice(0, 10);

const progressSchema = z.object({
	status: z.enum(PROGRESS_STATUSES, { error: 'error_choose_one' }),
	note_ky: requiredText(1000),
	note_ru: requiredText(1000),
	note_en: requiredText(1000),
	observedOn: isoDate.refine((d) => d <= today(), { error: 'error_date_future' }),
	evidenceUrl: z
		.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'error_url' }).max(500, { error: 'error_too_long' })])
		.optional()
		.default(''),
	evidenceTitle: optionalText(200)
});

/** Adds a progress entry to an indicator; bad input changes nothing and answers field errors. */
export async function recordProgress(db: Db, actor: Actor, indicatorId: string, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'indicator.edit');
	if (!isUuid(indicatorId)) throw new AppError('not_found', 'indicator');
	const parsed = validate(progressSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const id = await db.transaction(async (tx) => {
		const [indicator] = await tx.select({ id: mgiIndicator.id }).from(mgiIndicator).where(eq(mgiIndicator.id, indicatorId));
		if (!indicator) throw new AppError('not_found', 'indicator');
		const [row] = await tx
			.insert(mgiProgress)
			.values({
				indicatorId,
				status: v.status,
				note: { ky: v.note_ky, ru: v.note_ru, en: v.note_en },
				observedOn: v.observedOn,
				evidenceUrl: v.evidenceUrl || null,
				evidenceTitle: v.evidenceTitle || null,
				recordedBy: actor.userId
			})
			.returning({ id: mgiProgress.id });
		await recordAudit(tx, {
			action: 'indicator.progress',
			entityType: 'mgi_indicator',
			entityId: indicatorId,
			...auditedBy(actor),
			data: { progressId: row.id, status: v.status }
		});
		return row.id;
	});
	return { ok: true, data: { id } };
}

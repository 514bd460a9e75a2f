import { and, asc, avg, count, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { requireAccess, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { organisation } from '../org/org.table';
import { isUuid, optionalText, requiredText, validate, type Validated } from '../validation';
import { agency, agencyReview, application, CONTRACT_TRUTH, vacancy } from './recruitment.table';

const reviewSchema = z.object({
	feePaid: z.coerce.number({ error: 'error_amount' }).min(0, { error: 'error_amount' }).max(1e9, { error: 'error_amount' }),
	contractTruthful: z.enum(CONTRACT_TRUTH, { error: 'error_choose_one' }),
	treatment: z.coerce
		.number({ error: 'error_choose_one' })
		.int({ error: 'error_choose_one' })
		.min(1, { error: 'error_choose_one' })
		.max(5, { error: 'error_choose_one' }),
	recommend: z.enum(['yes', 'no'], { error: 'error_choose_one' }),
	comment: optionalText(2000)
});

/**
 * The placement a migrant may review: their own application, placed, on a vacancy an agency posted.
 * Anything else answers not_found, so ids cannot be probed.
 */
export async function reviewablePlacement(db: Db | Tx, actor: Actor, applicationId: string) {
	requireAccess(actor, 'review.create');
	if (!isUuid(applicationId)) throw new AppError('not_found', 'application id');
	const [row] = await db
		.select({
			application,
			vacancy: { title: vacancy.title, currency: vacancy.currency },
			agencyId: agency.organisationId,
			agencyName: agency.name,
			reviewId: agencyReview.id
		})
		.from(application)
		.innerJoin(vacancy, eq(vacancy.id, application.vacancyId))
		.innerJoin(agency, eq(agency.organisationId, vacancy.organisationId))
		.leftJoin(agencyReview, eq(agencyReview.applicationId, application.id))
		.where(eq(application.id, applicationId));
	if (!row) throw new AppError('not_found', 'application');
	requireAccess(actor, 'review.create', { ownerUserId: row.application.userId });
	if (row.application.state !== 'placed') throw new AppError('not_found', 'not placed');
	return row;
}

export async function submitReview(db: Db, actor: Actor, applicationId: string, input: unknown): Promise<Validated<{ id: string }>> {
	const placement = await reviewablePlacement(db, actor, applicationId);
	if (placement.reviewId) throw new AppError('conflict', 'already reviewed', { userMessage: 'error_already_reviewed' });
	const parsed = validate(reviewSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(agencyReview)
			.values({
				applicationId,
				agencyId: placement.agencyId,
				userId: actor.userId,
				feePaid: String(v.feePaid),
				currency: placement.vacancy.currency,
				contractTruthful: v.contractTruthful,
				treatment: v.treatment,
				recommend: v.recommend,
				comment: v.comment || null
			})
			.onConflictDoNothing({ target: agencyReview.applicationId })
			.returning({ id: agencyReview.id });
		if (!row) throw new AppError('conflict', 'already reviewed', { userMessage: 'error_already_reviewed' });
		await recordAudit(tx, { action: 'review.submit', entityType: 'agency_review', entityId: row.id, ...auditedBy(actor) });
		return row.id;
	});
	return { ok: true, data: { id } };
}

/** Reviews waiting for moderation, oldest first. */
export async function pendingReviews(db: Db, actor: Actor) {
	requireAccess(actor, 'review.moderate');
	return db
		.select({
			id: agencyReview.id,
			agencyName: agency.name,
			feePaid: agencyReview.feePaid,
			currency: agencyReview.currency,
			contractTruthful: agencyReview.contractTruthful,
			treatment: agencyReview.treatment,
			recommend: agencyReview.recommend,
			comment: agencyReview.comment,
			createdAt: agencyReview.createdAt
		})
		.from(agencyReview)
		.innerJoin(agency, eq(agency.organisationId, agencyReview.agencyId))
		.where(eq(agencyReview.state, 'pending'))
		.orderBy(asc(agencyReview.createdAt))
		.limit(100);
}

const moderationSchema = z.discriminatedUnion('decision', [
	z.object({ decision: z.literal('publish'), note: optionalText(1000) }),
	z.object({ decision: z.literal('reject'), note: requiredText(1000) })
]);

/** Publish or reject (with a reason: e.g. names a person, abusive, not about the agency). */
export async function moderateReview(db: Db, actor: Actor, reviewId: string, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'review.moderate');
	const decision = (input as Record<string, unknown> | null)?.decision;
	if (decision !== 'publish' && decision !== 'reject') return { ok: false, errors: { decision: 'error_choose_one' } };
	const parsed = validate(moderationSchema, input);
	if (!parsed.ok) return parsed;
	if (!isUuid(reviewId)) throw new AppError('not_found', 'review id');
	await db.transaction(async (tx) => {
		const [row] = await tx
			.update(agencyReview)
			.set({
				state: parsed.data.decision === 'publish' ? 'published' : 'rejected',
				moderationNote: parsed.data.note || null,
				moderatedByUserId: actor.userId,
				moderatedAt: new Date()
			})
			.where(and(eq(agencyReview.id, reviewId), eq(agencyReview.state, 'pending')))
			.returning({ id: agencyReview.id });
		if (!row) throw new AppError('not_found', 'pending review');
		await recordAudit(tx, {
			action: 'review.moderate',
			entityType: 'agency_review',
			entityId: reviewId,
			...auditedBy(actor),
			data: { decision: parsed.data.decision }
		});
	});
	return { ok: true, data: { id: reviewId } };
}

const percent = (part: number, whole: number) => (whole ? Math.round((100 * part) / whole) : null);

/** Published reviews of an agency: aggregate scores and the latest comments (never who wrote them). */
export async function agencyReviewSummary(db: Db, agencyId: string) {
	const published = and(eq(agencyReview.agencyId, agencyId), eq(agencyReview.state, 'published'));
	const [totals] = await db
		.select({
			count: count(),
			noFee: sql<number>`count(*) filter (where ${agencyReview.feePaid} = 0)::int`,
			truthful: sql<number>`count(*) filter (where ${agencyReview.contractTruthful} = 'yes')::int`,
			recommend: sql<number>`count(*) filter (where ${agencyReview.recommend} = 'yes')::int`,
			treatment: avg(agencyReview.treatment)
		})
		.from(agencyReview)
		.where(published);
	const comments = await db
		.select({ comment: agencyReview.comment, treatment: agencyReview.treatment, at: agencyReview.createdAt })
		.from(agencyReview)
		.where(and(published, sql`${agencyReview.comment} is not null`))
		.orderBy(desc(agencyReview.createdAt))
		.limit(10);
	return {
		count: totals.count,
		noFeePercent: percent(totals.noFee, totals.count),
		contractTruthfulPercent: percent(totals.truthful, totals.count),
		recommendPercent: percent(totals.recommend, totals.count),
		treatmentAverage: totals.treatment === null ? null : Math.round(Number(totals.treatment) * 10) / 10,
		comments
	};
}
export type ReviewSummary = Awaited<ReturnType<typeof agencyReviewSummary>>;

/** A migrant's reviews, for their data export. */
export async function reviewsOf(db: Db | Tx, userId: string) {
	return db
		.select({
			agency: organisation.name,
			feePaid: agencyReview.feePaid,
			currency: agencyReview.currency,
			contractTruthful: agencyReview.contractTruthful,
			treatment: agencyReview.treatment,
			recommend: agencyReview.recommend,
			comment: agencyReview.comment,
			state: agencyReview.state,
			createdAt: agencyReview.createdAt
		})
		.from(agencyReview)
		.innerJoin(organisation, eq(organisation.id, agencyReview.agencyId))
		.where(eq(agencyReview.userId, userId));
}

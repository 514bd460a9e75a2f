/**
 * Community projects at home (issue 17, part 3; docs/decisions/0031). A local authority or NGO posts a
 * project and its progress and spending reports; a moderator (content editor) of another organisation
 * verifies each before the public sees it; signed-in people follow a project and are told when a report
 * is published. Sapar handles no money: a project links to its official payment route.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { isLocale, tr, type Locale } from '#lib/i18n';
import { msg } from '#lib/messages';
import { PROJECT_CURRENCIES, PROJECT_POSTER_KINDS, REPORT_KINDS } from '#lib/projects';
import { can, requireAccess, scopeFilter, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { enqueueForPerson } from '../channels';
import { config } from '../config';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { organisation } from '../org/org.table';
import { region } from '../reference/reference.table';
import { isoDate, isUuid, optionalText, requiredText, validate, type Validated } from '../validation';
import { communityProject, projectFollower, projectReport } from './projects.table';

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;
const REGION = /^KG-[A-Z]{1,2}$/;

/** A decimal amount as typed ("1 250 000,50" too): at most 12 digits before the point and 2 after. */
const amount = z
	.string({ error: 'error_amount' })
	.trim()
	.transform((v) => v.replace(/[\s\u00a0]/g, '').replace(',', '.'))
	.refine((v) => /^\d{1,12}(\.\d{1,2})?$/.test(v) && Number(v) > 0, { error: 'error_amount' });

export const projectSchema = z
	.object({
		title: requiredText(160),
		purpose: requiredText(3000),
		regionCode: z.string({ error: 'error_choose_one' }).regex(REGION, { error: 'error_choose_one' }),
		district: requiredText(120),
		village: optionalText(120),
		budget: amount,
		currency: z.enum(PROJECT_CURRENCIES, { error: 'error_choose_one' }),
		startsOn: isoDate,
		endsOn: isoDate,
		responsibleName: requiredText(160),
		responsibleRole: requiredText(160),
		paymentUrl: z.url({ protocol: /^https$/, error: 'error_url' }).max(500, { error: 'error_too_long' })
	})
	.refine((v) => v.endsOn >= v.startsOn, { path: ['endsOn'], error: 'error_project_dates' });

export const reportSchema = z
	.object({
		kind: z.enum(REPORT_KINDS, { error: 'error_choose_one' }),
		body: requiredText(3000),
		amount: z
			.union([z.literal(''), amount])
			.optional()
			.default('')
	})
	.refine((v) => v.kind !== 'spending' || v.amount !== '', { path: ['amount'], error: 'error_amount' });

// ─── Public ───────────────────────────────────────────────────────────────────

const publicColumns = {
	id: communityProject.id,
	slug: communityProject.slug,
	title: communityProject.title,
	purpose: communityProject.purpose,
	regionCode: communityProject.regionCode,
	district: communityProject.district,
	village: communityProject.village,
	budget: communityProject.budget,
	currency: communityProject.currency,
	startsOn: communityProject.startsOn,
	endsOn: communityProject.endsOn,
	responsibleName: communityProject.responsibleName,
	responsibleRole: communityProject.responsibleRole,
	paymentUrl: communityProject.paymentUrl,
	example: communityProject.example,
	source: communityProject.source,
	verifiedAt: communityProject.verifiedAt,
	organisationName: organisation.name
};

/** Published projects, newest first, optionally in one region; with the regions that have any. */
export async function listPublicProjects(db: Db, filter: { region?: string | null }) {
	const regionCode = filter.region && REGION.test(filter.region.toUpperCase()) ? filter.region.toUpperCase() : undefined;
	const published = eq(communityProject.status, 'published');
	const [projects, regions] = await Promise.all([
		db
			.select({
				...publicColumns,
				reports: sql<number>`(select count(*)::int from ${projectReport} r where r.project_id = ${communityProject.id} and r.status = 'published')`
			})
			.from(communityProject)
			.leftJoin(organisation, eq(organisation.id, communityProject.organisationId))
			.where(and(published, regionCode ? eq(communityProject.regionCode, regionCode) : undefined))
			.orderBy(asc(communityProject.example), desc(communityProject.verifiedAt), asc(communityProject.slug))
			.limit(200),
		db
			.selectDistinct({ code: region.code, name: region.name })
			.from(communityProject)
			.innerJoin(region, eq(region.code, communityProject.regionCode))
			.where(published)
			.orderBy(asc(region.code))
	]);
	return { projects, regions, filter: { region: regionCode ?? '' } };
}

/** One published project by slug with its published reports and how many follow it; null when none. */
export async function publicProject(db: Db, slug: string, viewerUserId?: string | null) {
	if (!SLUG.test(slug)) return null;
	const [project] = await db
		.select(publicColumns)
		.from(communityProject)
		.leftJoin(organisation, eq(organisation.id, communityProject.organisationId))
		.where(and(eq(communityProject.slug, slug), eq(communityProject.status, 'published')));
	if (!project) return null;
	const [reports, [followers], following, [regionRow]] = await Promise.all([
		db
			.select({
				id: projectReport.id,
				kind: projectReport.kind,
				body: projectReport.body,
				amount: projectReport.amount,
				publishedAt: projectReport.verifiedAt,
				createdAt: projectReport.createdAt
			})
			.from(projectReport)
			.where(and(eq(projectReport.projectId, project.id), eq(projectReport.status, 'published')))
			.orderBy(desc(projectReport.createdAt)),
		db.select({ n: count() }).from(projectFollower).where(eq(projectFollower.projectId, project.id)),
		viewerUserId
			? db
					.select({ userId: projectFollower.userId })
					.from(projectFollower)
					.where(and(eq(projectFollower.projectId, project.id), eq(projectFollower.userId, viewerUserId)))
			: Promise.resolve([]),
		db.select({ name: region.name }).from(region).where(eq(region.code, project.regionCode))
	]);
	const spent = reports.reduce((sum, r) => sum + (r.kind === 'spending' && r.amount ? Number(r.amount) : 0), 0);
	return { project, regionName: regionRow?.name ?? null, reports, followers: followers?.n ?? 0, following: following.length > 0, spent };
}

// ─── Following ────────────────────────────────────────────────────────────────

async function publishedId(db: Tx, slug: string): Promise<string> {
	const [row] = SLUG.test(slug)
		? await db
				.select({ id: communityProject.id })
				.from(communityProject)
				.where(and(eq(communityProject.slug, slug), eq(communityProject.status, 'published')))
		: [];
	if (!row) throw new AppError('not_found', 'project');
	return row.id;
}

/** A signed-in person follows a published project (again: nothing changes). */
export async function followProject(db: Db, actor: Actor, slug: string): Promise<void> {
	requireAccess(actor, 'project.follow', { ownerUserId: actor.userId });
	const projectId = await publishedId(db, slug);
	await db.insert(projectFollower).values({ projectId, userId: actor.userId }).onConflictDoNothing();
}

export async function unfollowProject(db: Db, actor: Actor, slug: string): Promise<void> {
	requireAccess(actor, 'project.follow', { ownerUserId: actor.userId });
	const projectId = await publishedId(db, slug);
	await db.delete(projectFollower).where(and(eq(projectFollower.projectId, projectId), eq(projectFollower.userId, actor.userId)));
}

// ─── Posting organisations ────────────────────────────────────────────────────

async function requirePoster(db: Tx, actor: Actor) {
	requireAccess(actor, 'project.manage');
	const [org] = actor.organisationId ? await db.select({ kind: organisation.kind }).from(organisation).where(eq(organisation.id, actor.organisationId)) : [];
	if (!org || !(PROJECT_POSTER_KINDS as readonly string[]).includes(org.kind)) throw new AppError('forbidden', 'only local authorities and NGOs post projects');
}

export async function mayPostProjects(db: Db, actor: Actor) {
	return requirePoster(db, actor).then(
		() => true,
		() => false
	);
}

/** The organisation's own project (another organisation's: not found). */
async function ownProject(db: Tx, actor: Actor, id: string) {
	if (!isUuid(id)) throw new AppError('not_found', 'project');
	const [row] = await db
		.select({ id: communityProject.id, organisationId: communityProject.organisationId, status: communityProject.status })
		.from(communityProject)
		.where(eq(communityProject.id, id));
	if (!row) throw new AppError('not_found', 'project');
	requireAccess(actor, 'project.manage', { organisationId: row.organisationId });
	return row;
}

/**
 * Posts a project of the actor's organisation, or changes one (id given): it waits for a moderator
 * again. Title and purpose are kept in the language they were written in.
 */
export async function saveProject(db: Db, actor: Actor, input: unknown, locale: Locale, id?: string): Promise<Validated<{ id: string; slug: string }>> {
	await requirePoster(db, actor);
	if (id !== undefined) await ownProject(db, actor, id);
	const parsed = validate(projectSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const [known] = await db.select({ code: region.code }).from(region).where(eq(region.code, v.regionCode));
	if (!known) return { ok: false, errors: { regionCode: 'error_choose_one' } };
	const fields = {
		title: { [locale]: v.title },
		purpose: { [locale]: v.purpose },
		regionCode: v.regionCode,
		district: v.district,
		village: v.village || null,
		budget: v.budget,
		currency: v.currency,
		startsOn: v.startsOn,
		endsOn: v.endsOn,
		responsibleName: v.responsibleName,
		responsibleRole: v.responsibleRole,
		paymentUrl: v.paymentUrl,
		status: 'pending' as const,
		moderationNote: null,
		verifiedAt: null,
		verifiedBy: null,
		updatedAt: new Date()
	};
	const saved = await db.transaction(async (tx) => {
		const rowId = id ?? randomUUID();
		const slug = `p-${rowId.slice(0, 8)}`;
		if (id) await tx.update(communityProject).set(fields).where(eq(communityProject.id, id));
		else await tx.insert(communityProject).values({ id: rowId, slug, organisationId: actor.organisationId, createdBy: actor.userId, ...fields });
		await recordAudit(tx, {
			action: 'project.save',
			entityType: 'community_project',
			entityId: rowId,
			...auditedBy(actor),
			data: { region: v.regionCode, created: !id }
		});
		return { id: rowId, slug };
	});
	return { ok: true, data: saved };
}

/** The organisation's projects (any status) with all their reports. */
export async function myProjects(db: Db, actor: Actor) {
	const scope = scopeFilter(actor, 'project.manage');
	if (!('organisationId' in scope)) throw new AppError('forbidden', 'projects are per organisation');
	const projects = await db
		.select()
		.from(communityProject)
		.where(eq(communityProject.organisationId, scope.organisationId))
		.orderBy(desc(communityProject.createdAt));
	const reports = projects.length
		? await db
				.select()
				.from(projectReport)
				.where(
					inArray(
						projectReport.projectId,
						projects.map((p) => p.id)
					)
				)
				.orderBy(desc(projectReport.createdAt))
		: [];
	return projects.map((p) => ({ ...p, reports: reports.filter((r) => r.projectId === p.id) }));
}

/** The owner reports progress or spending on a published project; the report waits for a moderator. */
export async function postReport(db: Db, actor: Actor, projectId: string, input: unknown, locale: Locale): Promise<Validated<{ id: string }>> {
	await requirePoster(db, actor);
	const project = await ownProject(db, actor, projectId);
	if (project.status !== 'published') throw new AppError('invalid_transition', 'reports follow verification', { userMessage: 'error_project_not_published' });
	const parsed = validate(reportSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(projectReport)
			.values({ projectId, kind: v.kind, body: { [locale]: v.body }, amount: v.kind === 'spending' ? v.amount || null : null, createdBy: actor.userId })
			.returning({ id: projectReport.id });
		await recordAudit(tx, {
			action: 'project.report',
			entityType: 'community_project',
			entityId: projectId,
			...auditedBy(actor),
			data: { report: row.id, kind: v.kind }
		});
		return row.id;
	});
	return { ok: true, data: { id } };
}

// ─── Moderation ───────────────────────────────────────────────────────────────

export const mayModerateProjects = (actor: Actor) => can(actor, 'project.verify');

/** What waits for a moderator: projects and reports, oldest first. */
export async function moderationQueue(db: Db, actor: Actor) {
	requireAccess(actor, 'project.verify');
	const [projects, reports] = await Promise.all([
		db
			.select({ project: communityProject, organisationName: organisation.name })
			.from(communityProject)
			.leftJoin(organisation, eq(organisation.id, communityProject.organisationId))
			.where(eq(communityProject.status, 'pending'))
			.orderBy(asc(communityProject.updatedAt))
			.limit(100),
		db
			.select({
				report: projectReport,
				projectTitle: communityProject.title,
				projectSlug: communityProject.slug,
				organisationId: communityProject.organisationId,
				organisationName: organisation.name,
				currency: communityProject.currency
			})
			.from(projectReport)
			.innerJoin(communityProject, eq(communityProject.id, projectReport.projectId))
			.leftJoin(organisation, eq(organisation.id, communityProject.organisationId))
			.where(eq(projectReport.status, 'pending'))
			.orderBy(asc(projectReport.createdAt))
			.limit(100)
	]);
	const mine = (organisationId: string | null, createdBy: string | null) =>
		createdBy === actor.userId || (!!organisationId && organisationId === actor.organisationId);
	return {
		projects: projects.map((p) => ({ ...p, own: mine(p.project.organisationId, p.project.createdBy) })),
		reports: reports.map((r) => ({ ...r, own: mine(r.organisationId, r.report.createdBy) }))
	};
}

/** Two people: the poster, and anyone of the posting organisation, never verify their own. */
function requireOther(actor: Actor, row: { organisationId: string | null; createdBy: string | null }) {
	if (row.createdBy === actor.userId || (row.organisationId && row.organisationId === actor.organisationId)) {
		throw new AppError('forbidden', 'a moderator of another organisation must verify', { userMessage: 'error_own_project' });
	}
}

const noteSchema = z.object({ note: requiredText(1000) });

/** Publishes a pending project (verify) or returns it to its organisation with a note. */
export async function moderateProject(db: Db, actor: Actor, id: string, decision: 'verify' | 'return', input: unknown = {}): Promise<Validated<null>> {
	requireAccess(actor, 'project.verify');
	if (!isUuid(id)) throw new AppError('not_found', 'project');
	let note: string | null = null;
	if (decision === 'return') {
		const parsed = validate(noteSchema, input);
		if (!parsed.ok) return parsed;
		note = parsed.data.note;
	}
	await db.transaction(async (tx) => {
		const [row] = await tx
			.select({ organisationId: communityProject.organisationId, createdBy: communityProject.createdBy, status: communityProject.status })
			.from(communityProject)
			.where(eq(communityProject.id, id))
			.for('update');
		if (!row || row.status !== 'pending') throw new AppError('not_found', 'project');
		requireOther(actor, row);
		await tx
			.update(communityProject)
			.set(
				decision === 'verify'
					? { status: 'published', verifiedAt: new Date(), verifiedBy: actor.userId, moderationNote: null }
					: { status: 'returned', moderationNote: note }
			)
			.where(eq(communityProject.id, id));
		await recordAudit(tx, {
			action: decision === 'verify' ? 'project.verify' : 'project.return',
			entityType: 'community_project',
			entityId: id,
			...auditedBy(actor)
		});
	});
	return { ok: true, data: null };
}

const projectUrl = (slug: string, locale: string) => `${config.origin.replace(/\/$/, '')}/${locale}/projects/${slug}`;

/** Publishes a pending report and tells the project's followers; or returns it with a note. */
export async function moderateReport(
	db: Db,
	actor: Actor,
	id: string,
	decision: 'verify' | 'return',
	input: unknown = {}
): Promise<Validated<{ notified: number }>> {
	requireAccess(actor, 'project.verify');
	if (!isUuid(id)) throw new AppError('not_found', 'report');
	let note: string | null = null;
	if (decision === 'return') {
		const parsed = validate(noteSchema, input);
		if (!parsed.ok) return parsed;
		note = parsed.data.note;
	}
	const notified = await db.transaction(async (tx) => {
		const [row] = await tx
			.select({
				projectId: projectReport.projectId,
				createdBy: projectReport.createdBy,
				status: projectReport.status,
				organisationId: communityProject.organisationId,
				slug: communityProject.slug,
				title: communityProject.title
			})
			.from(projectReport)
			.innerJoin(communityProject, eq(communityProject.id, projectReport.projectId))
			.where(eq(projectReport.id, id))
			.for('update', { of: projectReport });
		if (!row || row.status !== 'pending') throw new AppError('not_found', 'report');
		requireOther(actor, row);
		await tx
			.update(projectReport)
			.set(
				decision === 'verify'
					? { status: 'published', verifiedAt: new Date(), verifiedBy: actor.userId, moderationNote: null }
					: { status: 'returned', moderationNote: note }
			)
			.where(eq(projectReport.id, id));
		await recordAudit(tx, {
			action: decision === 'verify' ? 'project.report_verify' : 'project.report_return',
			entityType: 'community_project',
			entityId: row.projectId,
			...auditedBy(actor),
			data: { report: id }
		});
		if (decision !== 'verify') return 0;
		let sent = 0;
		const followers = await tx.select({ userId: projectFollower.userId }).from(projectFollower).where(eq(projectFollower.projectId, row.projectId));
		for (const f of followers) {
			const queued = await enqueueForPerson(tx, {
				userId: f.userId,
				purpose: 'project',
				refId: randomUUID(),
				render: (channel, raw) => {
					const locale = isLocale(raw) ? raw : 'ky';
					const body = msg('project_report_notice', { title: tr(row.title, locale), url: projectUrl(row.slug, locale) }, { locale });
					return channel === 'email' ? { body, subject: msg('project_report_subject', {}, { locale }) } : { body };
				}
			});
			if (queued) sent++;
		}
		return sent;
	});
	return { ok: true, data: { notified } };
}

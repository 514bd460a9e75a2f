import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { LOCALES, type Translated } from '#lib/i18n';
import { OPTION_SLOTS, QUESTION_SLOTS } from '#lib/training';
import { can, requireAccess, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { migrantProfile } from '../migrant/migrant.table';
import { organisation } from '../org/org.table';
import { isUuid, requiredText, validate, type FieldErrors, type Validated } from '../validation';
import { SLUG } from './training.service';
import { certificate, course, courseEnrolment, courseModule, type QuizQuestion } from './training.table';

/** Organisation kinds whose editors and supervisors run the national curriculum (docs/decisions/0011). */
export const COURSE_KINDS: readonly string[] = ['employment_centre', 'ministry'];
/** Figures by region hide counts below this (small-cell suppression). */
export const SUPPRESS_BELOW = 5;

/** The access check of every course screen: `course.manage` in an employment centre or the ministry. */
export async function requireCourseEditor(db: Tx, actor: Actor) {
	requireAccess(actor, 'course.manage');
	const [org] = actor.organisationId ? await db.select({ kind: organisation.kind }).from(organisation).where(eq(organisation.id, actor.organisationId)) : [];
	if (!org || !COURSE_KINDS.includes(org.kind)) throw new AppError('forbidden', 'courses are kept by employment centres and the ministry');
}

/** Whether the actor may use the course screens (for menus; the service checks again). */
export const mayManageCourses = (actor: Actor, orgKind: string | undefined) => can(actor, 'course.manage') && COURSE_KINDS.includes(orgKind ?? '');

const translated = (prefix: string, max: number) => Object.fromEntries(LOCALES.map((l) => [`${prefix}.${l}`, requiredText(max)]));
const pickTranslated = (v: Record<string, string>, prefix: string): Translated => Object.fromEntries(LOCALES.map((l) => [l, v[`${prefix}.${l}`]]));
const spread = (prefix: string, t: Translated | null | undefined) => Object.fromEntries(LOCALES.map((l) => [`${prefix}.${l}`, t?.[l] ?? '']));

const courseSchema = z.object({ ...translated('title', 200), ...translated('summary', 1000) });
const newCourseSchema = courseSchema.extend({
	slug: z
		.string({ error: 'error_required' })
		.trim()
		.toLowerCase()
		.min(1, { error: 'error_required' })
		.max(80, { error: 'error_too_long' })
		.regex(SLUG, { error: 'error_slug' })
});

export const courseFormValues = (c: { slug: string; title: Translated; summary: Translated }) => ({
	slug: c.slug,
	...spread('title', c.title),
	...spread('summary', c.summary)
});

export async function listAllCourses(db: Db, actor: Actor) {
	await requireCourseEditor(db, actor);
	return db
		.select({
			id: course.id,
			slug: course.slug,
			title: course.title,
			published: course.published,
			version: course.version,
			previousVersionId: course.previousVersionId,
			modules: sql<number>`(select count(*)::int from ${courseModule} where ${courseModule.courseId} = ${course.id})`,
			certificates: sql<number>`(select count(*)::int from ${certificate} where ${certificate.courseId} = ${course.id})`
		})
		.from(course)
		.orderBy(desc(course.published), asc(course.slug));
}

/** A course as a draft: anyone with course.manage in a course-keeping organisation creates it. */
export async function createCourse(db: Db, actor: Actor, input: unknown): Promise<Validated<{ id: string }>> {
	await requireCourseEditor(db, actor);
	const parsed = validate(newCourseSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data as Record<string, string>;
	const [taken] = await db.select({ id: course.id }).from(course).where(eq(course.slug, v.slug));
	if (taken) return { ok: false, errors: { slug: 'error_slug_taken' } };
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(course)
			.values({ slug: v.slug, title: pickTranslated(v, 'title'), summary: pickTranslated(v, 'summary'), published: false })
			.onConflictDoNothing({ target: course.slug })
			.returning({ id: course.id });
		if (!row) return null;
		await recordAudit(tx, { action: 'course.create', entityType: 'course', entityId: row.id, ...auditedBy(actor), data: { slug: v.slug } });
		return row.id;
	});
	return id ? { ok: true, data: { id } } : { ok: false, errors: { slug: 'error_slug_taken' } };
}

async function courseRow(db: Tx, courseId: string) {
	if (!isUuid(courseId)) throw new AppError('not_found', 'course');
	const [row] = await db.select().from(course).where(eq(course.id, courseId));
	if (!row) throw new AppError('not_found', 'course');
	return row;
}

export async function getCourseForEdit(db: Db, actor: Actor, courseId: string) {
	await requireCourseEditor(db, actor);
	const c = await courseRow(db, courseId);
	const [modules, [certs], [draft]] = await Promise.all([
		db.select().from(courseModule).where(eq(courseModule.courseId, c.id)).orderBy(asc(courseModule.position)),
		db.select({ n: count() }).from(certificate).where(eq(certificate.courseId, c.id)),
		db
			.select({ id: course.id })
			.from(course)
			.where(and(eq(course.previousVersionId, c.id), eq(course.published, false)))
	]);
	return { ...c, modules, certificates: certs.n, draftVersionId: draft?.id ?? null };
}

/** Wording of title and summary may change at any time; it never affects issued certificates. */
export async function updateCourse(db: Db, actor: Actor, courseId: string, input: unknown): Promise<Validated<{ id: string }>> {
	await requireCourseEditor(db, actor);
	const c = await courseRow(db, courseId);
	const parsed = validate(courseSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data as Record<string, string>;
	await db.transaction(async (tx) => {
		await tx
			.update(course)
			.set({ title: pickTranslated(v, 'title'), summary: pickTranslated(v, 'summary'), updatedAt: new Date() })
			.where(eq(course.id, c.id));
		await recordAudit(tx, { action: 'course.update', entityType: 'course', entityId: c.id, ...auditedBy(actor) });
	});
	return { ok: true, data: { id: c.id } };
}

// ─── Modules and their quizzes ───

const moduleSchema = z.object({
	...translated('title', 200),
	...translated('body', 20_000),
	videoUrl: z
		.union([z.literal(''), z.url({ protocol: /^https$/, error: 'error_url' }).max(500, { error: 'error_too_long' })])
		.optional()
		.default('')
});

/** Reads the fixed question/option slots of the module form: a slot counts when any language is filled. */
export function parseQuiz(v: Record<string, string>): { quiz: QuizQuestion[]; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const quiz: QuizQuestion[] = [];
	const text = (k: string) => (v[k] ?? '').trim();
	const filled = (prefix: string) => LOCALES.some((l) => text(`${prefix}.${l}`));
	const check = (prefix: string, max: number) => {
		for (const l of LOCALES) {
			const t = text(`${prefix}.${l}`);
			if (!t) errors[`${prefix}.${l}`] ??= 'error_translation_required';
			else if (t.length > max) errors[`${prefix}.${l}`] ??= 'error_too_long';
		}
		return Object.fromEntries(LOCALES.map((l) => [l, text(`${prefix}.${l}`)])) as Translated;
	};
	for (let q = 0; q < QUESTION_SLOTS; q++) {
		if (!filled(`q${q}`) && !Array.from({ length: OPTION_SLOTS }, (_, o) => filled(`q${q}_o${o}`)).some(Boolean)) continue;
		const question = check(`q${q}`, 500);
		const options: Translated[] = [];
		let correct = -1;
		const chosen = text(`q${q}_correct`);
		for (let o = 0; o < OPTION_SLOTS; o++) {
			if (!filled(`q${q}_o${o}`)) continue;
			if (chosen === String(o)) correct = options.length;
			options.push(check(`q${q}_o${o}`, 300));
		}
		if (options.length < 2) errors[`q${q}_o0.${LOCALES[0]}`] ??= 'error_two_options';
		else if (correct < 0) errors[`q${q}_correct`] = 'error_correct_answer';
		quiz.push({ question, options, correct });
	}
	if (!quiz.length) errors[`q0.${LOCALES[0]}`] ??= 'error_quiz_required';
	return { quiz, errors };
}

/** The module form's values from a stored module (options keep their slots in order). */
export function moduleFormValues(mod: { title: Translated; body: Translated; videoUrl: string | null; quiz: QuizQuestion[] }): Record<string, string> {
	const out: Record<string, string> = { ...spread('title', mod.title), ...spread('body', mod.body), videoUrl: mod.videoUrl ?? '' };
	mod.quiz.forEach((q, i) => {
		Object.assign(out, spread(`q${i}`, q.question), { [`q${i}_correct`]: String(q.correct) });
		q.options.forEach((o, j) => Object.assign(out, spread(`q${i}_o${j}`, o)));
	});
	return out;
}

function parseModule(values: Record<string, string>) {
	const parsed = validate(moduleSchema, values);
	const { quiz, errors } = parseQuiz(values);
	const all = { ...(parsed.ok ? {} : parsed.errors), ...errors };
	if (!parsed.ok || Object.keys(errors).length) return { ok: false as const, errors: all };
	const v = parsed.data as Record<string, string>;
	return { ok: true as const, data: { title: pickTranslated(v, 'title'), body: pickTranslated(v, 'body'), videoUrl: v.videoUrl || null, quiz } };
}

/** The shape of a quiz: what a published course must keep so passes and certificates stay meaningful. */
const shapeOf = (quiz: QuizQuestion[]) => JSON.stringify(quiz.map((q) => [q.options.length, q.correct]));

function draftOnly(c: { published: boolean }) {
	if (c.published) throw new AppError('invalid_transition', 'published course structure is frozen', { userMessage: 'error_course_published' });
}

export async function addModule(db: Db, actor: Actor, courseId: string, values: Record<string, string>): Promise<Validated<{ id: string }>> {
	await requireCourseEditor(db, actor);
	const c = await courseRow(db, courseId);
	draftOnly(c);
	const parsed = parseModule(values);
	if (!parsed.ok) return parsed;
	const id = await db.transaction(async (tx) => {
		const [{ next }] = await tx
			.select({ next: sql<number>`coalesce(max(${courseModule.position}), 0)::int + 1` })
			.from(courseModule)
			.where(eq(courseModule.courseId, c.id));
		const [row] = await tx
			.insert(courseModule)
			.values({ courseId: c.id, position: next, ...parsed.data })
			.returning({ id: courseModule.id });
		await tx.update(course).set({ updatedAt: new Date() }).where(eq(course.id, c.id));
		await recordAudit(tx, { action: 'course.update', entityType: 'course', entityId: c.id, ...auditedBy(actor), data: { module: row.id, change: 'add' } });
		return row.id;
	});
	return { ok: true, data: { id } };
}

async function moduleOf(db: Tx, courseId: string, moduleId: string) {
	const c = await courseRow(db, courseId);
	if (!isUuid(moduleId)) throw new AppError('not_found', 'module');
	const [mod] = await db
		.select()
		.from(courseModule)
		.where(and(eq(courseModule.id, moduleId), eq(courseModule.courseId, c.id)));
	if (!mod) throw new AppError('not_found', 'module');
	return { c, mod };
}

export async function getModuleForEdit(db: Db, actor: Actor, courseId: string, moduleId: string) {
	await requireCourseEditor(db, actor);
	return moduleOf(db, courseId, moduleId);
}

/**
 * A draft's module changes freely. A published module's wording may be corrected, but its quiz keeps
 * its shape (questions, options, correct answers): passes already recorded stay true.
 */
export async function updateModule(
	db: Db,
	actor: Actor,
	courseId: string,
	moduleId: string,
	values: Record<string, string>
): Promise<Validated<{ id: string }>> {
	await requireCourseEditor(db, actor);
	const { c, mod } = await moduleOf(db, courseId, moduleId);
	const parsed = parseModule(values);
	if (!parsed.ok) return parsed;
	if (c.published && shapeOf(parsed.data.quiz) !== shapeOf(mod.quiz)) return { ok: false, errors: { form: 'error_course_published' } };
	await db.transaction(async (tx) => {
		await tx.update(courseModule).set(parsed.data).where(eq(courseModule.id, mod.id));
		await tx.update(course).set({ updatedAt: new Date() }).where(eq(course.id, c.id));
		await recordAudit(tx, { action: 'course.update', entityType: 'course', entityId: c.id, ...auditedBy(actor), data: { module: mod.id, change: 'edit' } });
	});
	return { ok: true, data: { id: mod.id } };
}

/** Moves a draft's module one place up or down, or removes it (positions stay 1..n). */
export async function changeModuleOrder(db: Db, actor: Actor, courseId: string, moduleId: string, change: 'up' | 'down' | 'remove'): Promise<void> {
	await requireCourseEditor(db, actor);
	const { c, mod } = await moduleOf(db, courseId, moduleId);
	draftOnly(c);
	await db.transaction(async (tx) => {
		const mods = await tx
			.select({ id: courseModule.id, position: courseModule.position })
			.from(courseModule)
			.where(eq(courseModule.courseId, c.id))
			.orderBy(asc(courseModule.position));
		const ids = mods.map((x) => x.id);
		const at = ids.indexOf(mod.id);
		if (change === 'remove') {
			ids.splice(at, 1);
			await tx.delete(courseModule).where(eq(courseModule.id, mod.id));
		} else {
			const to = change === 'up' ? at - 1 : at + 1;
			if (to < 0 || to >= ids.length) return;
			[ids[at], ids[to]] = [ids[to], ids[at]];
		}
		// Two passes keep the (course, position) unique index satisfied while renumbering.
		for (const [i, id] of ids.entries())
			await tx
				.update(courseModule)
				.set({ position: -(i + 1) })
				.where(eq(courseModule.id, id));
		for (const [i, id] of ids.entries())
			await tx
				.update(courseModule)
				.set({ position: i + 1 })
				.where(eq(courseModule.id, id));
		await recordAudit(tx, { action: 'course.update', entityType: 'course', entityId: c.id, ...auditedBy(actor), data: { module: mod.id, change } });
	});
}

/**
 * Publishes a draft. A new version takes over its predecessor's address (slug): the predecessor is
 * withdrawn and renamed `<slug>-v<n>`, and its certificates keep verifying (verification does not
 * depend on publication).
 */
export async function publishCourse(db: Db, actor: Actor, courseId: string): Promise<void> {
	await requireCourseEditor(db, actor);
	const c = await courseRow(db, courseId);
	if (c.published) return;
	const mods = await db.select({ quiz: courseModule.quiz }).from(courseModule).where(eq(courseModule.courseId, c.id));
	if (!mods.length || mods.some((x) => !x.quiz.length)) throw new AppError('invalid_transition', 'empty course', { userMessage: 'error_course_empty' });
	await db.transaction(async (tx) => {
		let slug = c.slug;
		if (c.previousVersionId) {
			const [prev] = await tx.select().from(course).where(eq(course.id, c.previousVersionId));
			if (prev) {
				slug = prev.slug;
				let retired = `${prev.slug}-v${prev.version}`;
				const [clash] = await tx.select({ id: course.id }).from(course).where(eq(course.slug, retired));
				if (clash) retired = `${retired}-${prev.id.slice(0, 8)}`;
				await tx.update(course).set({ published: false, slug: retired, updatedAt: new Date() }).where(eq(course.id, prev.id));
				await recordAudit(tx, { action: 'course.unpublish', entityType: 'course', entityId: prev.id, ...auditedBy(actor), data: { replacedBy: c.id } });
			}
		}
		await tx.update(course).set({ published: true, slug, updatedAt: new Date() }).where(eq(course.id, c.id));
		await recordAudit(tx, { action: 'course.publish', entityType: 'course', entityId: c.id, ...auditedBy(actor), data: { version: c.version } });
	});
}

/** Withdraws a course from migrants; passes and certificates are kept. */
export async function unpublishCourse(db: Db, actor: Actor, courseId: string): Promise<void> {
	await requireCourseEditor(db, actor);
	const c = await courseRow(db, courseId);
	if (!c.published) return;
	await db.transaction(async (tx) => {
		await tx.update(course).set({ published: false, updatedAt: new Date() }).where(eq(course.id, c.id));
		await recordAudit(tx, { action: 'course.unpublish', entityType: 'course', entityId: c.id, ...auditedBy(actor) });
	});
}

/** Copies a published course into a draft (the next version), where modules and quizzes change freely. */
export async function newCourseVersion(db: Db, actor: Actor, courseId: string): Promise<{ id: string }> {
	await requireCourseEditor(db, actor);
	const c = await courseRow(db, courseId);
	if (!c.published) throw new AppError('invalid_transition', 'only a published course gets a new version', { userMessage: 'error_course_not_published' });
	return db.transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: course.id })
			.from(course)
			.where(and(eq(course.previousVersionId, c.id), eq(course.published, false)));
		if (existing) return existing;
		const version = c.version + 1;
		const [row] = await tx
			.insert(course)
			.values({ slug: `${c.slug}-v${version}-draft`, title: c.title, summary: c.summary, source: c.source, published: false, previousVersionId: c.id, version })
			.returning({ id: course.id });
		const mods = await tx.select().from(courseModule).where(eq(courseModule.courseId, c.id));
		if (mods.length) await tx.insert(courseModule).values(mods.map(({ id: _id, courseId: _c, ...m }) => ({ ...m, courseId: row.id })));
		await recordAudit(tx, { action: 'course.version', entityType: 'course', entityId: row.id, ...auditedBy(actor), data: { from: c.id, version } });
		return row;
	});
}

// ─── Figures ───

export interface RegionFigure {
	regionCode: string | null;
	started: number | null;
	completed: number | null;
}

/**
 * Counts below the threshold are hidden (null) so nobody can be singled out. When a column hides just
 * one cell, its smallest other cell is hidden too, so the total cannot give the hidden one away.
 */
export function suppressColumn(counts: number[]): (number | null)[] {
	const out: (number | null)[] = counts.map((n) => (n < SUPPRESS_BELOW ? null : n));
	if (out.filter((n) => n === null).length === 1) {
		const shown = out.map((n, i) => [n, i] as const).filter(([n]) => n !== null);
		if (shown.length) out[shown.reduce((a, b) => ((b[0] as number) < (a[0] as number) ? b : a))[1]] = null;
	}
	return out;
}

/** Enrolments by month, completions, quiz pass rate and certificates, with region of origin suppressed below 5. */
export async function courseFigures(db: Db, actor: Actor, courseId: string) {
	await requireCourseEditor(db, actor);
	const c = await courseRow(db, courseId);
	const month = (col: unknown) => sql<string>`to_char(${col} at time zone 'UTC', 'YYYY-MM')`;
	const [byMonth, certsByMonth, [totals], [certs], regions] = await Promise.all([
		db
			.select({ month: month(courseEnrolment.startedAt), started: sql<number>`count(*)::int` })
			.from(courseEnrolment)
			.where(eq(courseEnrolment.courseId, c.id))
			.groupBy(sql`1`)
			.orderBy(sql`1`),
		db
			.select({ month: month(certificate.issuedAt), issued: sql<number>`count(*)::int` })
			.from(certificate)
			.where(eq(certificate.courseId, c.id))
			.groupBy(sql`1`),
		db
			.select({
				started: sql<number>`count(*)::int`,
				attempts: sql<number>`coalesce(sum(${courseEnrolment.attempts}), 0)::int`,
				passed: sql<number>`coalesce(sum(${courseEnrolment.passedAttempts}), 0)::int`
			})
			.from(courseEnrolment)
			.where(eq(courseEnrolment.courseId, c.id)),
		db.select({ n: count() }).from(certificate).where(eq(certificate.courseId, c.id)),
		db
			.select({
				regionCode: migrantProfile.regionCode,
				started: sql<number>`count(*)::int`,
				completed: sql<number>`count(${certificate.id})::int`
			})
			.from(courseEnrolment)
			.leftJoin(migrantProfile, eq(migrantProfile.userId, courseEnrolment.userId))
			.leftJoin(certificate, and(eq(certificate.userId, courseEnrolment.userId), eq(certificate.courseId, courseEnrolment.courseId)))
			.where(eq(courseEnrolment.courseId, c.id))
			.groupBy(migrantProfile.regionCode)
			.orderBy(migrantProfile.regionCode)
	]);
	// Completed = enrolled people holding the certificate; certificates also count those issued before enrolments were kept.
	const completed = regions.reduce((sum, r) => sum + r.completed, 0);
	const months = [...new Set([...byMonth.map((r) => r.month), ...certsByMonth.map((r) => r.month)])].sort();
	return {
		course: { id: c.id, slug: c.slug, title: c.title, published: c.published, version: c.version },
		months: months.map((mo) => ({
			month: mo,
			started: byMonth.find((r) => r.month === mo)?.started ?? 0,
			certificates: certsByMonth.find((r) => r.month === mo)?.issued ?? 0
		})),
		started: totals.started,
		completed,
		completionRate: totals.started ? completed / totals.started : null,
		attempts: totals.attempts,
		passRate: totals.attempts ? totals.passed / totals.attempts : null,
		certificates: certs.n,
		byRegion: ((started, done) => regions.map((r, i): RegionFigure => ({ regionCode: r.regionCode, started: started[i], completed: done[i] })))(
			suppressColumn(regions.map((r) => r.started)),
			suppressColumn(regions.map((r) => r.completed))
		)
	};
}

import { randomInt } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { requireAccess, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import type { Db } from '../db/client';
import { migrantProfile } from '../migrant/migrant.table';
import { certificate, course, courseEnrolment, courseModule, modulePass } from './training.table';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Crockford base32 without look-alikes: easy to read out over the phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE = /^SAP-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

function newCode(): string {
	const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
	return `SAP-${part()}-${part()}`;
}

/** "Айбек Асанов" → "А. А." — the public page shows only initials. */
export function initialsOf(fullName: string | null | undefined): string {
	const parts = (fullName ?? '').trim().split(/\s+/).filter(Boolean);
	return parts.length ? parts.map((p) => `${p[0].toUpperCase()}.`).join(' ') : '—';
}

export const listCourses = (db: Db) => db.select().from(course).where(eq(course.published, true)).orderBy(asc(course.slug));

export async function getCourse(db: Db, slug: string, userId: string | null) {
	if (!SLUG.test(slug)) return null;
	const [c] = await db
		.select()
		.from(course)
		.where(and(eq(course.slug, slug), eq(course.published, true)));
	if (!c) return null;
	const modules = await db.select().from(courseModule).where(eq(courseModule.courseId, c.id)).orderBy(asc(courseModule.position));
	const passed =
		userId && modules.length
			? new Set(
					(
						await db
							.select({ id: modulePass.moduleId })
							.from(modulePass)
							.where(
								and(
									eq(modulePass.userId, userId),
									inArray(
										modulePass.moduleId,
										modules.map((m) => m.id)
									)
								)
							)
					).map((p) => p.id)
				)
			: new Set<string>();
	const [cert] = userId
		? await db
				.select()
				.from(certificate)
				.where(and(eq(certificate.userId, userId), eq(certificate.courseId, c.id)))
		: [];
	return { ...c, modules: modules.map((m) => ({ ...m, passed: passed.has(m.id) })), certificate: cert ?? null };
}

export type QuizResult =
	{ ok: false; errors: Record<string, string> } | { ok: true; passed: boolean; correct: number; total: number; certificateCode: string | null };

/** Checks the answers to a module's quiz; all right = passed; all modules passed = a certificate. */
export async function submitQuiz(
	db: Db,
	actor: Actor,
	userId: string,
	slug: string,
	position: number,
	answers: Record<string, string>
): Promise<QuizResult | null> {
	requireAccess(actor, 'profile.update', { ownerUserId: userId });
	const c = await getCourse(db, slug, userId);
	const mod = c?.modules.find((m) => m.position === position);
	if (!c || !mod) return null;
	const errors: Record<string, string> = {};
	let correct = 0;
	mod.quiz.forEach((q, i) => {
		const raw = answers[`q${i}`];
		const chosen = raw === undefined || raw === '' ? NaN : Number(raw);
		if (!Number.isInteger(chosen) || chosen < 0 || chosen >= q.options.length) errors[`q${i}`] = 'error_answer';
		else if (chosen === q.correct) correct++;
	});
	if (Object.keys(errors).length) return { ok: false, errors };
	const passed = correct === mod.quiz.length;
	let certificateCode: string | null = c.certificate?.code ?? null;
	await db
		.insert(courseEnrolment)
		.values({ userId, courseId: c.id, attempts: 1, passedAttempts: passed ? 1 : 0 })
		.onConflictDoUpdate({
			target: [courseEnrolment.userId, courseEnrolment.courseId],
			set: { attempts: sql`${courseEnrolment.attempts} + 1`, passedAttempts: sql`${courseEnrolment.passedAttempts} + ${passed ? 1 : 0}` }
		});
	if (passed) {
		await db.transaction(async (tx) => {
			await tx.insert(modulePass).values({ userId, moduleId: mod.id }).onConflictDoNothing();
			const done = await tx
				.select({ id: modulePass.moduleId })
				.from(modulePass)
				.where(
					and(
						eq(modulePass.userId, userId),
						inArray(
							modulePass.moduleId,
							c.modules.map((m) => m.id)
						)
					)
				);
			if (done.length === c.modules.length && !certificateCode) {
				const [profile] = await tx.select({ name: migrantProfile.fullName }).from(migrantProfile).where(eq(migrantProfile.userId, userId));
				const [row] = await tx
					.insert(certificate)
					.values({ code: newCode(), userId, courseId: c.id, holderInitials: initialsOf(profile?.name) })
					.onConflictDoNothing()
					.returning({ id: certificate.id, code: certificate.code });
				if (row) {
					certificateCode = row.code;
					await recordAudit(tx, { action: 'certificate.issue', entityType: 'certificate', entityId: row.id, ...auditedBy(actor), data: { course: c.slug } });
				}
			}
		});
	}
	return { ok: true, passed, correct, total: mod.quiz.length, certificateCode };
}

/** Public check of a certificate: course, initials and date only. */
export async function verifyCertificate(db: Db, code: string) {
	const normalised = code.trim().toUpperCase();
	if (!CODE.test(normalised)) return null;
	const [row] = await db
		.select({
			code: certificate.code,
			initials: certificate.holderInitials,
			issuedAt: certificate.issuedAt,
			courseTitle: course.title,
			courseSlug: course.slug
		})
		.from(certificate)
		.innerJoin(course, eq(course.id, certificate.courseId))
		.where(eq(certificate.code, normalised));
	return row ?? null;
}

export async function myCertificates(db: Db, actor: Actor, userId: string) {
	requireAccess(actor, 'profile.read', { ownerUserId: userId });
	return db
		.select({ code: certificate.code, issuedAt: certificate.issuedAt, courseTitle: course.title })
		.from(certificate)
		.innerJoin(course, eq(course.id, certificate.courseId))
		.where(eq(certificate.userId, userId));
}

import { application, vacancy } from '../recruitment/recruitment.table';
import { reviewsOf } from '../recruitment/review.service';
import { employerReport } from '../employers/employers.table';
import { reportsOf } from '../employers/employers.service';
import { myReturns } from '../returns/returns.service';
import { returnRequest } from '../returns/returns.table';
import { myHelpRequests } from '../cases/intake.service';
import { caseEvent, helpCase } from '../cases/cases.table';
import { myCertificates } from '../training/training.service';
import { certificate, course, courseEnrolment, courseModule, modulePass } from '../training/training.table';
import { minimiseCases } from '../cases/retention';
import { addressesOf, eraseTraces, exportTraces, forgetCounters } from '../privacy/person';
import { myRegistrations } from './registration.service';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { requireAccess, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { auditLog } from '../audit/audit.table';
import { authUser } from '../auth/auth.table';
import type { Db } from '../db/client';
import { guide } from '../portal/portal.table';
import { country, occupation, region } from '../reference/reference.table';
import { validate, type Validated } from '../validation';
import { checklistFor } from './checklist.content';
import { profileSchema, type ProfileInput } from './migrant.schemas';
import { checklistTick, consent, CONSENT_PURPOSES, consularRegistration, migrantProfile, migrantSkill, type ConsentPurpose } from './migrant.table';

/** The profile of `userId` (null when not filled in yet). Owners only, for now. */
export async function getProfile(db: Db, actor: Actor, userId: string) {
	requireAccess(actor, 'profile.read', { ownerUserId: userId });
	const [profile] = await db.select().from(migrantProfile).where(eq(migrantProfile.userId, userId));
	const skills = await db
		.select({ occupationCode: migrantSkill.occupationCode, years: migrantSkill.years })
		.from(migrantSkill)
		.where(eq(migrantSkill.userId, userId));
	return profile ? { ...profile, skills } : null;
}

export async function saveProfile(db: Db, actor: Actor, userId: string, input: unknown): Promise<Validated<ProfileInput>> {
	requireAccess(actor, 'profile.update', { ownerUserId: userId });
	const parsed = validate(profileSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const errors: Record<string, string> = {};
	if (v.regionCode && !(await db.select().from(region).where(eq(region.code, v.regionCode))).length) errors.regionCode = 'error_choose_one';
	if (v.desiredCountries.length) {
		const known = await db.select({ iso2: country.iso2 }).from(country).where(inArray(country.iso2, v.desiredCountries));
		if (known.length !== new Set(v.desiredCountries).size) errors.desiredCountries = 'error_country';
	}
	if (v.skills.length) {
		const known = await db
			.select({ code: occupation.code })
			.from(occupation)
			.where(
				inArray(
					occupation.code,
					v.skills.map((s) => s.occupationCode)
				)
			);
		if (known.length !== new Set(v.skills.map((s) => s.occupationCode)).size) errors.skills = 'error_invalid';
	}
	if (Object.keys(errors).length) return { ok: false, errors };
	await db.transaction(async (tx) => {
		const values = {
			fullName: v.fullName,
			birthDate: v.birthDate ?? null,
			sex: v.sex ?? null,
			regionCode: v.regionCode ?? null,
			languages: [...new Set(v.languages)],
			education: v.education ?? null,
			desiredCountries: [...new Set(v.desiredCountries)],
			updatedAt: new Date()
		};
		await tx
			.insert(migrantProfile)
			.values({ userId, ...values })
			.onConflictDoUpdate({ target: migrantProfile.userId, set: values });
		await tx.delete(migrantSkill).where(eq(migrantSkill.userId, userId));
		if (v.skills.length) await tx.insert(migrantSkill).values(v.skills.map((s) => ({ userId, ...s })));
		// What changed is not copied into the audit log (personal data); that it changed is.
		await recordAudit(tx, { action: 'profile.update', entityType: 'migrant_profile', entityId: userId, ...auditedBy(actor) });
	});
	return { ok: true, data: v };
}

/** Current state of each consent purpose, with when it was given or withdrawn. */
export async function listConsents(db: Db, actor: Actor, userId: string) {
	requireAccess(actor, 'profile.read', { ownerUserId: userId });
	const rows = await db.select().from(consent).where(eq(consent.userId, userId));
	return CONSENT_PURPOSES.map((purpose) => {
		const history = rows.filter((r) => r.purpose === purpose).sort((a, b) => b.grantedAt.getTime() - a.grantedAt.getTime());
		const current = history.find((r) => !r.withdrawnAt) ?? null;
		return { purpose, given: !!current, grantedAt: current?.grantedAt ?? null, lastWithdrawnAt: history.find((r) => r.withdrawnAt)?.withdrawnAt ?? null };
	});
}

export async function setConsent(db: Db, actor: Actor, userId: string, purpose: string, give: boolean): Promise<boolean> {
	requireAccess(actor, 'profile.update', { ownerUserId: userId });
	if (!(CONSENT_PURPOSES as readonly string[]).includes(purpose)) return false;
	const p = purpose as ConsentPurpose;
	await db.transaction(async (tx) => {
		const open = await tx
			.select()
			.from(consent)
			.where(and(eq(consent.userId, userId), eq(consent.purpose, p), isNull(consent.withdrawnAt)));
		if (give && !open.length) {
			const [row] = await tx.insert(consent).values({ userId, purpose: p }).returning({ id: consent.id });
			await recordAudit(tx, { action: 'consent.grant', entityType: 'consent', entityId: row.id, ...auditedBy(actor), data: { purpose: p } });
		} else if (!give && open.length) {
			await tx
				.update(consent)
				.set({ withdrawnAt: new Date() })
				.where(and(eq(consent.userId, userId), eq(consent.purpose, p), isNull(consent.withdrawnAt)));
			await recordAudit(tx, { action: 'consent.withdraw', entityType: 'consent', entityId: open[0].id, ...auditedBy(actor), data: { purpose: p } });
		}
	});
	return true;
}

/** Destinations a checklist exists for: every country with a guide. */
export async function checklistCountries(db: Db) {
	return db.select({ iso2: guide.countryIso2, name: country.name }).from(guide).innerJoin(country, eq(country.iso2, guide.countryIso2));
}

export async function getChecklist(db: Db, actor: Actor, userId: string, iso2: string) {
	requireAccess(actor, 'profile.read', { ownerUserId: userId });
	const code = iso2.toUpperCase();
	if (!/^[A-Z]{2}$/.test(code)) return null;
	const [g] = await db.select({ iso2: guide.countryIso2 }).from(guide).where(eq(guide.countryIso2, code));
	if (!g) return null;
	const ticks = await db
		.select()
		.from(checklistTick)
		.where(and(eq(checklistTick.userId, userId), eq(checklistTick.countryIso2, code)));
	const items = checklistFor(code).map((item) => ({ ...item, doneAt: ticks.find((t) => t.item === item.code)?.doneAt ?? null }));
	return { countryIso2: code, items, done: items.filter((i) => i.doneAt).length, total: items.length };
}

export async function tickChecklist(db: Db, actor: Actor, userId: string, iso2: string, item: string, done: boolean): Promise<boolean> {
	requireAccess(actor, 'profile.update', { ownerUserId: userId });
	const code = iso2.toUpperCase();
	if (!/^[A-Z]{2}$/.test(code) || !checklistFor(code).some((i) => i.code === item)) return false;
	const [g] = await db.select({ iso2: guide.countryIso2 }).from(guide).where(eq(guide.countryIso2, code));
	if (!g) return false;
	if (done) await db.insert(checklistTick).values({ userId, countryIso2: code, item }).onConflictDoNothing();
	else await db.delete(checklistTick).where(and(eq(checklistTick.userId, userId), eq(checklistTick.countryIso2, code), eq(checklistTick.item, item)));
	return true;
}

/** Everything Sapar holds about the person (owner only), for download. */
export async function exportMyData(db: Db, actor: Actor, userId: string) {
	requireAccess(actor, 'profile.read', { ownerUserId: userId });
	const [user] = await db
		.select({
			id: authUser.id,
			name: authUser.name,
			email: authUser.email,
			phoneNumber: authUser.phoneNumber,
			createdAt: authUser.createdAt,
			locale: authUser.locale
		})
		.from(authUser)
		.where(eq(authUser.id, userId));
	const addresses = await addressesOf(db, userId);
	const [
		profile,
		consents,
		ticks,
		audit,
		applications,
		employerReports,
		agencyReviews,
		returns,
		registrations,
		certificates,
		courses,
		modules,
		helpRequests,
		traces
	] = await Promise.all([
		getProfile(db, actor, userId),
		db.select({ purpose: consent.purpose, grantedAt: consent.grantedAt, withdrawnAt: consent.withdrawnAt }).from(consent).where(eq(consent.userId, userId)),
		db
			.select({ country: checklistTick.countryIso2, item: checklistTick.item, doneAt: checklistTick.doneAt })
			.from(checklistTick)
			.where(eq(checklistTick.userId, userId)),
		db.select({ at: auditLog.at, action: auditLog.action }).from(auditLog).where(eq(auditLog.actorUserId, userId)).orderBy(desc(auditLog.id)).limit(500),
		db
			.select({
				vacancy: vacancy.title,
				employer: vacancy.employerName,
				country: vacancy.countryIso2,
				state: application.state,
				message: application.message,
				appliedAt: application.createdAt
			})
			.from(application)
			.innerJoin(vacancy, eq(vacancy.id, application.vacancyId))
			.where(eq(application.userId, userId)),
		reportsOf(db, userId),
		reviewsOf(db, userId),
		myReturns(db, actor, userId),
		myRegistrations(db, actor, userId),
		myCertificates(db, actor, userId),
		db
			.select({
				course: course.title,
				startedAt: courseEnrolment.startedAt,
				attempts: courseEnrolment.attempts,
				passedAttempts: courseEnrolment.passedAttempts
			})
			.from(courseEnrolment)
			.innerJoin(course, eq(course.id, courseEnrolment.courseId))
			.where(eq(courseEnrolment.userId, userId)),
		db
			.select({ course: course.title, module: courseModule.title, passedAt: modulePass.passedAt })
			.from(modulePass)
			.innerJoin(courseModule, eq(courseModule.id, modulePass.moduleId))
			.innerJoin(course, eq(course.id, courseModule.courseId))
			.where(eq(modulePass.userId, userId)),
		myHelpRequests(db, actor),
		exportTraces(db, addresses)
	]);
	return {
		exportedAt: new Date().toISOString(),
		account: user,
		profile: profile && (({ userId: _u, ...rest }) => rest)(profile),
		consents,
		checklist: ticks,
		applications,
		employerReports,
		agencyReviews,
		returns,
		consularRegistrations: registrations.map(({ userId: _u, confirmedBy: _c, ...r }) => r),
		certificates,
		courses,
		modules,
		helpRequests,
		...traces,
		activity: audit
	};
}

/**
 * Deletes the person's data (docs/decisions/0033): profile, skills, consents, checklist, applications
 * and their reviews, returns, registrations, module passes, channel settings, Telegram link, sign-in
 * codes, sessions and opt-outs are removed; messages, alert recipients and hotline calls lose the
 * person's address and link; the account row is anonymised (no phone, no name). Cases the person opened
 * are the organisations' files: closed ones are minimised at once, open ones unlinked (the tracking
 * code still follows them). Reports about employers and certificates stay, unlinked; course enrolments
 * stay on the anonymised id for course figures (0011). The audit entry keeps counts only.
 */
export async function deleteMyData(db: Db, actor: Actor, userId: string) {
	requireAccess(actor, 'profile.update', { ownerUserId: userId });
	const addresses = await addressesOf(db, userId);
	const n = (rows: unknown[]) => rows.length;
	const counts = await db.transaction(async (tx) => {
		const own = await tx.select({ id: helpCase.id, status: helpCase.status }).from(helpCase).where(eq(helpCase.reporterUserId, userId));
		const counts: Record<string, number> = {
			skills: n(await tx.delete(migrantSkill).where(eq(migrantSkill.userId, userId)).returning({ u: migrantSkill.userId })),
			profile: n(await tx.delete(migrantProfile).where(eq(migrantProfile.userId, userId)).returning({ u: migrantProfile.userId })),
			checklist: n(await tx.delete(checklistTick).where(eq(checklistTick.userId, userId)).returning({ u: checklistTick.userId })),
			consents: n(await tx.delete(consent).where(eq(consent.userId, userId)).returning({ u: consent.id })),
			// and the reviews of those placements (cascade)
			applications: n(await tx.delete(application).where(eq(application.userId, userId)).returning({ u: application.id })),
			// Reports about employers may be evidence in a black-list decision: kept, but no longer linked to the person.
			employerReports: n(
				await tx
					.update(employerReport)
					.set({ reporterUserId: null, contact: null })
					.where(eq(employerReport.reporterUserId, userId))
					.returning({ u: employerReport.id })
			),
			returns: n(await tx.delete(returnRequest).where(eq(returnRequest.userId, userId)).returning({ u: returnRequest.id })),
			registrations: n(await tx.delete(consularRegistration).where(eq(consularRegistration.userId, userId)).returning({ u: consularRegistration.id })),
			// Module passes go; course enrolments stay on the anonymised account so course figures do not change (0011).
			modulePasses: n(await tx.delete(modulePass).where(eq(modulePass.userId, userId)).returning({ u: modulePass.userId })),
			// Issued certificates stay verifiable by their code (initials only); they are no longer linked to the person.
			certificates: n(await tx.update(certificate).set({ userId: null }).where(eq(certificate.userId, userId)).returning({ u: certificate.code })),
			// Help requests are the organisations' case files; the person can still follow them with the tracking code.
			helpRequests: n(await tx.update(helpCase).set({ reporterUserId: null }).where(eq(helpCase.reporterUserId, userId)).returning({ u: helpCase.id })),
			// The person's own steps on those cases' timelines (created, information added) stay, unattributed.
			caseEvents: n(await tx.update(caseEvent).set({ actorUserId: null }).where(eq(caseEvent.actorUserId, userId)).returning({ u: caseEvent.id })),
			...(await eraseTraces(tx, addresses))
		};
		await tx
			.update(authUser)
			.set({ name: '', phoneNumber: null, phoneNumberVerified: false, email: `deleted-${userId}@deleted.invalid`, locale: null, updatedAt: new Date() })
			.where(eq(authUser.id, userId));
		// Counts only, and no address: the entry must not keep what was deleted.
		await recordAudit(tx, { action: 'account.delete', entityType: 'user', entityId: userId, actorUserId: actor.userId, data: { removed: counts } });
		return { counts, closedCases: own.filter((c) => c.status === 'closed').map((c) => c.id) };
	});
	// Closed cases the person opened are minimised now, not after the retention period.
	const minimised = await minimiseCases(db, counts.closedCases);
	await forgetCounters(addresses);
	return {
		removed: [
			'profile',
			'skills',
			'consents',
			'checklist',
			'applications',
			'reviews',
			'returns',
			'consular_registrations',
			'training_progress',
			'channel_settings',
			'telegram',
			'opt_outs',
			'sign_in_codes',
			'sessions',
			'phone',
			'message_addresses',
			'alert_addresses',
			'hotline_phone'
		],
		kept: ['audit', 'employer_reports', 'certificates', 'help_requests', 'course_enrolments'],
		minimisedCases: minimised
	};
}

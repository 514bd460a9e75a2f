import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { toCsv } from '../tabular/tabular';
import { z } from 'zod';
import { requireAccess, requireRecentAuth, scopeFilter, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { authUser } from '../auth/auth.table';
import { normalisePhone } from '../auth/phone';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { enqueue } from '../jobs/queue';
import { enqueueMessage } from '../channels/message.service';
import { organisation } from '../org/org.table';
import { isoDate, isUuid, requiredText, validate, type Validated } from '../validation';
import { consent, consularRegistration, migrantProfile } from './migrant.table';
import { reminderText } from './migrant.texts';

/** Citizens staying abroad more than three months register within 15 days of arrival (seed 002, §5.1). */
export const DEADLINE_DAYS = 15;
export const DUTY_AFTER_MONTHS = 3;
const REMIND_DAYS_BEFORE = 3;
const DAY = 86_400_000;

export function deadlineOf(arrivalDate: string, stayMonths: number): Date | null {
	if (stayMonths <= DUTY_AFTER_MONTHS) return null;
	return new Date(Date.parse(`${arrivalDate}T00:00:00Z`) + DEADLINE_DAYS * DAY);
}

const text = requiredText;
const registrationSchema = z.object({
	missionId: z.uuid({ error: 'error_choose_one' }),
	city: text(120),
	address: text(300),
	employer: z.string().trim().max(200, { error: 'error_too_long' }).optional().default(''),
	arrivalDate: isoDate
		.refine((v) => Date.parse(`${v}T00:00:00Z`) <= Date.now(), { error: 'error_date_future' })
		.refine((v) => Date.now() - Date.parse(`${v}T00:00:00Z`) < 5 * 366 * DAY, { error: 'error_date_old' }),
	stayMonths: z.coerce.number({ error: 'error_months' }).int({ error: 'error_months' }).min(1, { error: 'error_months' }).max(120, { error: 'error_months' }),
	contactName: z.string().trim().max(120, { error: 'error_too_long' }).optional().default(''),
	contactPhone: z.string().trim().max(32, { error: 'error_too_long' }).optional().default('')
});

/** Missions (embassies, consulates) of the Kyrgyz Republic in a country. */
export function missionsIn(db: Db, iso2: string) {
	return db
		.select({ id: organisation.id, name: organisation.name, countryIso2: organisation.countryIso2 })
		.from(organisation)
		.where(and(eq(organisation.kind, 'consulate'), eq(organisation.countryIso2, iso2.toUpperCase()), eq(organisation.active, true)));
}

export async function allMissions(db: Db) {
	return db
		.select({ id: organisation.id, name: organisation.name, countryIso2: organisation.countryIso2 })
		.from(organisation)
		.where(and(eq(organisation.kind, 'consulate'), eq(organisation.active, true)));
}

/** The migrant registers with a mission; a reminder is scheduled before the deadline. */
export async function submitRegistration(db: Db, actor: Actor, userId: string, input: unknown, locale: string): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'profile.update', { ownerUserId: userId });
	const parsed = validate(registrationSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const [mission] = await db
		.select()
		.from(organisation)
		.where(and(eq(organisation.id, v.missionId), eq(organisation.kind, 'consulate')));
	if (!mission) return { ok: false, errors: { missionId: 'error_choose_one' } };
	const contactPhone = v.contactPhone ? normalisePhone(v.contactPhone) : null;
	if (v.contactPhone && !contactPhone) return { ok: false, errors: { contactPhone: 'error_phone_invalid' } };
	const id = await db.transaction(async (tx) => {
		// A new registration replaces the earlier open ones: the person has moved.
		await tx
			.update(consularRegistration)
			.set({ status: 'moved', updatedAt: new Date() })
			.where(and(eq(consularRegistration.userId, userId), inArray(consularRegistration.status, ['submitted', 'confirmed'])));
		const [row] = await tx
			.insert(consularRegistration)
			.values({
				userId,
				missionId: mission.id,
				countryIso2: mission.countryIso2,
				city: v.city,
				address: v.address,
				employer: v.employer || null,
				arrivalDate: v.arrivalDate,
				stayMonths: v.stayMonths,
				contactName: v.contactName || null,
				contactPhone
			})
			.returning({ id: consularRegistration.id });
		await recordAudit(tx, {
			action: 'registration.submit',
			entityType: 'consular_registration',
			entityId: row.id,
			...auditedBy(actor),
			data: { missionId: mission.id }
		});
		return row.id;
	});
	const deadline = deadlineOf(v.arrivalDate, v.stayMonths);
	if (deadline) {
		const at = new Date(Math.max(Date.now(), deadline.getTime() - REMIND_DAYS_BEFORE * DAY));
		await enqueue('registration.reminder', { registrationId: id, locale }, at);
	}
	return { ok: true, data: { id } };
}

export async function myRegistrations(db: Db, actor: Actor, userId: string) {
	requireAccess(actor, 'profile.read', { ownerUserId: userId });
	const rows = await db
		.select({ r: consularRegistration, missionName: organisation.name })
		.from(consularRegistration)
		.innerJoin(organisation, eq(organisation.id, consularRegistration.missionId))
		.where(eq(consularRegistration.userId, userId))
		.orderBy(desc(consularRegistration.createdAt));
	return rows.map(({ r, missionName }) => ({ ...r, missionName, deadline: deadlineOf(r.arrivalDate, r.stayMonths) }));
}

/** Registrations a person may close by saying they have come home. */
const RETURNABLE: string[] = ['submitted', 'confirmed'];
export const returnedSchema = z.object({ confirm: z.literal('yes', { error: 'error_return_confirm' }) });

/** One of the migrant's own registrations (for the "I have come home" confirmation page). */
export async function myRegistration(db: Db, actor: Actor, userId: string, registrationId: string) {
	requireAccess(actor, 'profile.read', { ownerUserId: userId });
	if (!isUuid(registrationId)) throw new AppError('not_found', 'registration');
	const [found] = await db
		.select({ r: consularRegistration, missionName: organisation.name, missionCountry: organisation.countryIso2 })
		.from(consularRegistration)
		.innerJoin(organisation, eq(organisation.id, consularRegistration.missionId))
		.where(and(eq(consularRegistration.id, registrationId), eq(consularRegistration.userId, userId)));
	if (!found) throw new AppError('not_found', 'registration');
	const { r, missionName, missionCountry } = found;
	return { id: r.id, status: r.status, city: r.city, missionName, missionCountry, open: RETURNABLE.includes(r.status) };
}

/**
 * The migrant says they have come home: the open registration is closed. It changes the person's
 * status, so it takes an explicit confirmation (`confirm: 'yes'`, sent only by the confirmation page).
 */
export async function markReturned(db: Db, actor: Actor, userId: string, registrationId: string, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'profile.update', { ownerUserId: userId });
	if (!isUuid(registrationId)) throw new AppError('not_found', 'registration'); // found by the form fuzzer (issue 15)
	const [row] = await db.select().from(consularRegistration).where(eq(consularRegistration.id, registrationId));
	if (!row || row.userId !== userId) throw new AppError('not_found', 'registration');
	const parsed = validate(returnedSchema, input);
	if (!parsed.ok) return parsed;
	if (!RETURNABLE.includes(row.status)) throw new AppError('invalid_transition', `returned from ${row.status}`, { userMessage: 'error_invalid_transition' });
	await db.transaction(async (tx) => {
		await tx.update(consularRegistration).set({ status: 'returned', updatedAt: new Date() }).where(eq(consularRegistration.id, row.id));
		await recordAudit(tx, {
			action: 'registration.update',
			entityType: 'consular_registration',
			entityId: row.id,
			...auditedBy(actor),
			data: { status: 'returned' }
		});
	});
	return { ok: true, data: { id: row.id } };
}

/** The mission's registrations (its own only). Viewing personal data is audited. */
export async function missionRegistrations(db: Db, actor: Actor) {
	const scope = scopeFilter(actor, 'registration.read');
	const where =
		'organisationId' in scope
			? eq(consularRegistration.missionId, scope.organisationId)
			: 'all' in scope
				? undefined
				: eq(consularRegistration.userId, scope.ownerUserId);
	const rows = await db
		.select({ r: consularRegistration, name: migrantProfile.fullName, phone: authUser.phoneNumber })
		.from(consularRegistration)
		.innerJoin(authUser, eq(authUser.id, consularRegistration.userId))
		.leftJoin(migrantProfile, eq(migrantProfile.userId, consularRegistration.userId))
		.where(where)
		.orderBy(desc(consularRegistration.createdAt))
		.limit(1000);
	await db.transaction((tx) =>
		recordAudit(tx, {
			action: 'registration.view',
			entityType: 'consular_registration',
			entityId: null,
			...auditedBy(actor),
			data: { count: rows.length, ids: rows.map(({ r }) => r.id) }
		})
	);
	return rows.map(({ r, name, phone }) => ({ ...r, name, phone, deadline: deadlineOf(r.arrivalDate, r.stayMonths) }));
}

export async function confirmRegistration(db: Db, actor: Actor, registrationId: string): Promise<void> {
	requireAccess(actor, 'registration.confirm');
	if (!isUuid(registrationId)) throw new AppError('not_found', 'registration');
	const [row] = await db.select().from(consularRegistration).where(eq(consularRegistration.id, registrationId));
	if (!row) throw new AppError('not_found', 'registration');
	requireAccess(actor, 'registration.confirm', { organisationId: row.missionId });
	if (row.status !== 'submitted') throw new AppError('invalid_transition', 'not submitted', { userMessage: 'error_not_submitted' });
	await db.transaction(async (tx) => {
		await tx
			.update(consularRegistration)
			.set({ status: 'confirmed', confirmedBy: actor.userId, confirmedAt: new Date(), updatedAt: new Date() })
			.where(eq(consularRegistration.id, row.id));
		await recordAudit(tx, { action: 'registration.confirm', entityType: 'consular_registration', entityId: row.id, ...auditedBy(actor) });
	});
}

/** CSV of the mission's registrations (audited). */
export async function exportRegistrations(db: Db, actor: Actor): Promise<string> {
	requireAccess(actor, 'registration.read');
	requireRecentAuth(actor);
	const rows = await missionRegistrations(db, actor);
	await db.transaction((tx) =>
		recordAudit(tx, { action: 'registration.export', entityType: 'consular_registration', entityId: null, ...auditedBy(actor), data: { count: rows.length } })
	);
	const columns = ['name', 'phone', 'city', 'address', 'employer', 'arrival_date', 'stay_months', 'deadline', 'status', 'contact_name', 'contact_phone'];
	// Without the byte-order mark: the route adds it. Formula-like text is escaped by tabular/.
	return toCsv({
		columns: columns.map((key) => ({ key, header: key })),
		rows: rows.map((r) => [
			r.name ?? '',
			r.phone ?? '',
			r.city,
			r.address,
			r.employer ?? '',
			r.arrivalDate,
			r.stayMonths,
			r.deadline?.toISOString().slice(0, 10) ?? '',
			r.status,
			r.contactName ?? '',
			r.contactPhone ?? ''
		])
	}).slice(1);
}

/** Job: remind an unconfirmed registrant by SMS shortly before the deadline, if they agreed to reminders. */
export async function sendRegistrationReminder(db: Db, registrationId: string, locale: string): Promise<void> {
	const [row] = await db
		.select({ r: consularRegistration, phone: authUser.phoneNumber, missionName: organisation.name })
		.from(consularRegistration)
		.innerJoin(authUser, eq(authUser.id, consularRegistration.userId))
		.innerJoin(organisation, eq(organisation.id, consularRegistration.missionId))
		.where(eq(consularRegistration.id, registrationId));
	if (!row || row.r.status !== 'submitted' || !row.phone) return;
	const [agreed] = await db
		.select()
		.from(consent)
		.where(and(eq(consent.userId, row.r.userId), eq(consent.purpose, 'reminders'), isNull(consent.withdrawnAt)));
	if (!agreed) return;
	const deadline = deadlineOf(row.r.arrivalDate, row.r.stayMonths);
	if (!deadline) return;
	await enqueueMessage(db, {
		channel: 'sms',
		address: row.phone,
		body: reminderText(locale, row.missionName, deadline),
		purpose: 'reminder',
		locale,
		userId: row.r.userId
	});
}

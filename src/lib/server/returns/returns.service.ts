import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { requireAccess, scopeFilter, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { authUser } from '../auth/auth.table';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { migrantProfile } from '../migrant/migrant.table';
import { organisation } from '../org/org.table';
import { country, occupation, region } from '../reference/reference.table';
import { formValues, isoDate, isUuid, optionalText, requiredText, validate, type Validated } from '../validation';
import { REFERRAL_KINDS, REFERRAL_OUTCOMES, RETURN_NEEDS } from '#lib/returns';
import { reintegrationProgramme, returnReferral, returnRequest } from './returns.table';
import { activeProgramme } from './programmes.service';
import { tr } from '#lib/i18n';

const DAY = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** A return may be announced up to a month ahead, and registered up to ten years late. */
export const RETURN_AHEAD_DAYS = 30;
const RETURN_BACK_DAYS = 3653;

/**
 * Which employment centre handles a region's returnees. Seed 003: the CECA offices in Bishkek and Osh
 * serve returning migrants; the south (Osh city and oblast, Jalal-Abad, Batken) goes to Osh, the rest
 * to Bishkek, the national office. Organisations carry no region yet, so the map lives here.
 */
export const CENTRE_FOR_REGION: Record<string, string> = { 'KG-GO': 'ceca-osh', 'KG-O': 'ceca-osh', 'KG-J': 'ceca-osh', 'KG-B': 'ceca-osh' };
export const NATIONAL_CENTRE = 'ceca-bishkek';

export async function responsibleCentre(db: Tx, regionCode: string): Promise<string | null> {
	const centres = await db
		.select({ id: organisation.id, slug: organisation.slug })
		.from(organisation)
		.where(and(eq(organisation.kind, 'employment_centre'), eq(organisation.active, true)))
		.orderBy(asc(organisation.slug));
	const wanted = CENTRE_FOR_REGION[regionCode] ?? NATIONAL_CENTRE;
	return (centres.find((c) => c.slug === wanted) ?? centres.find((c) => c.slug === NATIONAL_CENTRE) ?? centres[0])?.id ?? null;
}

const returnSchema = z
	.object({
		returnDate: isoDate
			.refine((v) => v <= addDays(today(), RETURN_AHEAD_DAYS), { error: 'error_return_too_far' })
			.refine((v) => v >= addDays(today(), -RETURN_BACK_DAYS), { error: 'error_date_old' }),
		countryIso2: z
			.string({ error: 'error_country' })
			.trim()
			.toUpperCase()
			.regex(/^[A-Z]{2}$/, { error: 'error_country' })
			.refine((v) => v !== 'KG', { error: 'error_country' }),
		regionCode: z.string({ error: 'error_choose_one' }).regex(/^KG-[A-Z]{1,2}$/, { error: 'error_choose_one' }),
		skills: z
			.array(z.string().regex(/^\d{1,4}$/, { error: 'error_invalid' }))
			.max(20, { error: 'error_too_many' })
			.default([]),
		skillsNote: optionalText(1000),
		needs: z
			.array(z.enum(RETURN_NEEDS, { error: 'error_choose_one' }))
			.min(1, { error: 'error_need_required' })
			.max(RETURN_NEEDS.length, { error: 'error_too_many' }),
		needsNote: optionalText(1000),
		contactConsent: z.boolean().default(false)
	})
	.refine((v) => !v.needs.includes('other') || v.needsNote.length > 0, { path: ['needsNote'], error: 'error_other_note' });
export type ReturnInput = z.input<typeof returnSchema>;

/** The returnee registers their return; the request goes to the responsible employment centre. */
export async function submitReturn(db: Db, actor: Actor, userId: string, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'profile.update', { ownerUserId: userId });
	const parsed = validate(returnSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const errors: Record<string, string> = {};
	const [[c], [r], occupations, [profile]] = await Promise.all([
		db.select({ iso2: country.iso2 }).from(country).where(eq(country.iso2, v.countryIso2)),
		db.select({ code: region.code }).from(region).where(eq(region.code, v.regionCode)),
		v.skills.length ? db.select({ code: occupation.code }).from(occupation).where(inArray(occupation.code, v.skills)) : Promise.resolve([]),
		db.select({ birthDate: migrantProfile.birthDate }).from(migrantProfile).where(eq(migrantProfile.userId, userId))
	]);
	if (!c) errors.countryIso2 = 'error_country';
	if (!r) errors.regionCode = 'error_choose_one';
	if (occupations.length !== new Set(v.skills).size) errors.skills = 'error_invalid';
	if (profile?.birthDate && v.returnDate < profile.birthDate) errors.returnDate = 'error_return_before_birth';
	if (Object.keys(errors).length) return { ok: false, errors };
	const id = await db.transaction(async (tx) => {
		const centreId = await responsibleCentre(tx, v.regionCode);
		if (!centreId) throw new AppError('conflict', 'no employment centre', { userMessage: 'error_no_centre' });
		const [row] = await tx
			.insert(returnRequest)
			.values({
				userId,
				centreId,
				returnDate: v.returnDate,
				countryIso2: v.countryIso2,
				regionCode: v.regionCode,
				skills: [...new Set(v.skills)],
				skillsNote: v.skillsNote || null,
				needs: v.needs,
				needsNote: v.needsNote || null,
				contactConsent: v.contactConsent
			})
			.returning({ id: returnRequest.id });
		await recordAudit(tx, { action: 'return.submit', entityType: 'return_request', entityId: row.id, ...auditedBy(actor), data: { centreId } });
		return row.id;
	});
	return { ok: true, data: { id } };
}

/** Referrals with the catalogue programme's name in every language (null for one outside it). */
async function referralsOf(db: Db, requestIds: string[]) {
	if (!requestIds.length) return [];
	const rows = await db
		.select({ f: returnReferral, programmeName: reintegrationProgramme.name, toName: organisation.name })
		.from(returnReferral)
		.leftJoin(reintegrationProgramme, eq(reintegrationProgramme.id, returnReferral.programmeId))
		.leftJoin(organisation, eq(organisation.id, returnReferral.toOrganisationId))
		.where(inArray(returnReferral.requestId, requestIds))
		.orderBy(asc(returnReferral.referredOn), asc(returnReferral.createdAt));
	const day = bishkekToday();
	return rows.map(({ f, programmeName, toName }) => ({ ...f, programmeName, toName, overdue: isOverdue(f, day) }));
}

/** A pending referral past its deadline. */
const isOverdue = (f: { outcome: string; dueOn: string | null }, day: string) => f.outcome === 'pending' && !!f.dueOn && f.dueOn < day;

/**
 * Referrals of returnees to the actor's organisation that wait for its answer, the nearest deadline
 * first, overdue ones marked. Only the receiving organisation sees them; no name or contact detail.
 */
export async function incomingReferrals(db: Db, actor: Actor) {
	const scope = scopeFilter(actor, 'return.read');
	if (!('organisationId' in scope)) return [];
	const rows = await db
		.select({
			id: returnReferral.id,
			kind: returnReferral.kind,
			programme: returnReferral.programme,
			programmeName: reintegrationProgramme.name,
			referredOn: returnReferral.referredOn,
			dueOn: returnReferral.dueOn,
			outcome: returnReferral.outcome,
			regionCode: returnRequest.regionCode,
			needs: returnRequest.needs,
			fromName: organisation.name
		})
		.from(returnReferral)
		.innerJoin(returnRequest, eq(returnRequest.id, returnReferral.requestId))
		.innerJoin(organisation, eq(organisation.id, returnRequest.centreId))
		.leftJoin(reintegrationProgramme, eq(reintegrationProgramme.id, returnReferral.programmeId))
		.where(and(eq(returnReferral.toOrganisationId, scope.organisationId), eq(returnReferral.outcome, 'pending'), ne(returnRequest.status, 'closed')))
		.orderBy(sql`${returnReferral.dueOn} asc nulls last`, asc(returnReferral.createdAt))
		.limit(200);
	const day = bishkekToday();
	return rows.map((f) => ({ ...f, overdue: isOverdue(f, day) }));
}

/** The returnee's own requests with the centre, referrals and outcomes (owner only). */
export async function myReturns(db: Db, actor: Actor, userId: string) {
	requireAccess(actor, 'profile.read', { ownerUserId: userId });
	const rows = await db
		.select({ r: returnRequest, centreName: organisation.name })
		.from(returnRequest)
		.innerJoin(organisation, eq(organisation.id, returnRequest.centreId))
		.where(eq(returnRequest.userId, userId))
		.orderBy(desc(returnRequest.createdAt));
	const referrals = await referralsOf(
		db,
		rows.map((x) => x.r.id)
	);
	return rows.map(({ r, centreName }) => ({
		id: r.id,
		centreName,
		returnDate: r.returnDate,
		countryIso2: r.countryIso2,
		regionCode: r.regionCode,
		skills: r.skills,
		skillsNote: r.skillsNote,
		needs: r.needs,
		needsNote: r.needsNote,
		contactConsent: r.contactConsent,
		status: r.status,
		closingNote: r.closingNote,
		createdAt: r.createdAt,
		closedAt: r.closedAt,
		referrals: referrals
			.filter((f) => f.requestId === r.id)
			.map((f) => ({
				id: f.id,
				kind: f.kind,
				programme: f.programme,
				programmeName: f.programmeName,
				referredOn: f.referredOn,
				outcome: f.outcome,
				outcomeOn: f.outcomeOn,
				outcomeNote: f.outcomeNote
			}))
	}));
}

/** The centre's queue (its own requests only): no names, but the listing is audited like any view. */
export async function centreReturns(db: Db, actor: Actor, status: 'open' | 'closed' = 'open') {
	const scope = scopeFilter(actor, 'return.read');
	const byScope =
		'organisationId' in scope ? eq(returnRequest.centreId, scope.organisationId) : 'all' in scope ? undefined : eq(returnRequest.userId, scope.ownerUserId);
	const byStatus = status === 'closed' ? eq(returnRequest.status, 'closed') : ne(returnRequest.status, 'closed');
	const rows = await db
		.select({
			id: returnRequest.id,
			returnDate: returnRequest.returnDate,
			countryIso2: returnRequest.countryIso2,
			regionCode: returnRequest.regionCode,
			needs: returnRequest.needs,
			status: returnRequest.status,
			createdAt: returnRequest.createdAt
		})
		.from(returnRequest)
		.where(and(byScope, byStatus))
		.orderBy(asc(returnRequest.createdAt))
		.limit(500);
	await db.transaction((tx) =>
		recordAudit(tx, {
			action: 'return.view',
			entityType: 'return_request',
			entityId: null,
			...auditedBy(actor),
			data: { count: rows.length, ids: rows.map((r) => r.id) }
		})
	);
	return rows;
}

async function requestFor(db: Tx, actor: Actor, permission: 'return.read' | 'return.update', requestId: string) {
	requireAccess(actor, permission);
	if (!isUuid(requestId)) throw new AppError('not_found', 'return request');
	const [row] = await db.select().from(returnRequest).where(eq(returnRequest.id, requestId));
	if (!row) throw new AppError('not_found', 'return request');
	requireAccess(actor, permission, { organisationId: row.centreId });
	return row;
}

/** One request with the returnee's details, for the centre that handles it. Every view is audited. */
export async function getCentreReturn(db: Db, actor: Actor, requestId: string) {
	const r = await requestFor(db, actor, 'return.read', requestId);
	const [[person], referrals] = await Promise.all([
		db
			.select({ name: migrantProfile.fullName, birthDate: migrantProfile.birthDate, sex: migrantProfile.sex, phone: authUser.phoneNumber })
			.from(authUser)
			.leftJoin(migrantProfile, eq(migrantProfile.userId, authUser.id))
			.where(eq(authUser.id, r.userId)),
		referralsOf(db, [r.id])
	]);
	await db.transaction((tx) => recordAudit(tx, { action: 'return.view', entityType: 'return_request', entityId: r.id, ...auditedBy(actor) }));
	const { userId: _u, ...request } = r;
	return {
		...request,
		name: person?.name ?? null,
		birthDate: person?.birthDate ?? null,
		sex: person?.sex ?? null,
		// The phone number is shown only when the returnee agreed to be contacted.
		phone: r.contactConsent ? (person?.phone ?? null) : null,
		referrals
	};
}

const referralSchema = z.object({
	programmeId: optionalText(40),
	referredOn: isoDate.refine((v) => v <= today(), { error: 'error_date_future' }),
	/** the organisation that is to act on it; empty: the programme's own organisation, else this centre */
	toOrganisationId: optionalText(40)
});

/** A referral is answered within 10 working days (the referral's own deadline, as cases have theirs). */
export const REFERRAL_WORKING_DAYS = 10;

/** The date `n` working days (Monday to Friday) after `from` (YYYY-MM-DD). */
export function addWorkingDays(from: string, n: number): string {
	let d = from;
	let left = n;
	while (left > 0) {
		d = addDays(d, 1);
		const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
		if (weekday !== 0 && weekday !== 6) left--;
	}
	return d;
}

/** Today in Kyrgyzstan (the state's deadlines are in Bishkek time). */
const bishkekToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bishkek' }).format(new Date());

/** Organisations a returnee may be referred to: any active one except recruitment agencies. */
export async function referralOrganisations(db: Tx) {
	return db
		.select({ id: organisation.id, name: organisation.name, kind: organisation.kind })
		.from(organisation)
		.where(and(eq(organisation.active, true), ne(organisation.kind, 'agency')))
		.orderBy(asc(organisation.slug));
}
/** A programme outside the catalogue: its kind and name. */
const otherProgrammeSchema = z.object({
	kind: z.enum(REFERRAL_KINDS, { error: 'error_choose_one' }),
	programme: requiredText(300)
});

/** Refers the returnee to a programme; the request is then in progress. */
export async function addReferral(db: Db, actor: Actor, requestId: string, input: unknown): Promise<Validated<{ id: string }>> {
	const r = await requestFor(db, actor, 'return.update', requestId);
	if (r.status === 'closed') throw new AppError('invalid_transition', 'closed', { userMessage: 'error_return_closed' });
	// A catalogue programme, or (none chosen) the kind and name of another one; all errors at once.
	const parsed = validate(referralSchema, input);
	const programmeId = parsed.ok ? parsed.data.programmeId : '';
	const chosen = programmeId ? await activeProgramme(db, programmeId) : null;
	const other = programmeId ? null : validate(otherProgrammeSchema, input);
	const errors = { ...(parsed.ok ? {} : parsed.errors), ...(other && !other.ok ? other.errors : {}) };
	if (programmeId && !chosen) errors.programmeId = 'error_choose_one';
	const toId = parsed.ok ? parsed.data.toOrganisationId : '';
	const receiver = toId ? (isUuid(toId) ? (await referralOrganisations(db)).find((o) => o.id === toId) : undefined) : null;
	if (receiver === undefined) errors.toOrganisationId = 'error_choose_one';
	if (parsed.ok && parsed.data.referredOn < r.createdAt.toISOString().slice(0, 10)) errors.referredOn = 'error_referral_before_request';
	if (!parsed.ok || Object.keys(errors).length) return { ok: false, errors };
	const what = chosen ? { programmeId: chosen.id, kind: chosen.kind, programme: tr(chosen.name, 'ky') } : other?.ok ? other.data : null;
	if (!what) return { ok: false, errors }; // unreachable: narrows the type
	// Routed: someone is responsible for every referral, with a deadline.
	const toOrganisationId = receiver?.id ?? (chosen?.organisationId || r.centreId);
	const dueOn = addWorkingDays(parsed.data.referredOn, REFERRAL_WORKING_DAYS);
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(returnReferral)
			.values({ requestId: r.id, referredOn: parsed.data.referredOn, ...what, toOrganisationId, dueOn, createdBy: actor.userId })
			.returning({ id: returnReferral.id });
		await tx.update(returnRequest).set({ status: 'in_progress', updatedAt: new Date() }).where(eq(returnRequest.id, r.id));
		await recordAudit(tx, {
			action: 'return.refer',
			entityType: 'return_request',
			entityId: r.id,
			...auditedBy(actor),
			data: { referralId: row.id, kind: what.kind, programmeId: chosen?.id ?? null, to: toOrganisationId, dueOn }
		});
		return row.id;
	});
	return { ok: true, data: { id } };
}

const outcomeSchema = z.object({
	outcome: z.enum(REFERRAL_OUTCOMES, { error: 'error_choose_one' }),
	outcomeOn: isoDate.refine((v) => v <= today(), { error: 'error_date_future' }),
	outcomeNote: optionalText(1000)
});

/** Records what came of a referral (it can be corrected while the request is open). */
export async function recordOutcome(db: Db, actor: Actor, referralId: string, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'return.update');
	if (!isUuid(referralId)) throw new AppError('not_found', 'referral');
	const [f] = await db.select().from(returnReferral).where(eq(returnReferral.id, referralId));
	if (!f) throw new AppError('not_found', 'referral');
	const r = await requestFor(db, actor, 'return.update', f.requestId);
	if (r.status === 'closed') throw new AppError('invalid_transition', 'closed', { userMessage: 'error_return_closed' });
	const parsed = validate(outcomeSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	if (v.outcomeOn < f.referredOn) return { ok: false, errors: { outcomeOn: 'error_outcome_before_referral' } };
	await db.transaction(async (tx) => {
		await tx
			.update(returnReferral)
			.set({ outcome: v.outcome, outcomeOn: v.outcomeOn, outcomeNote: v.outcomeNote || null, updatedAt: new Date() })
			.where(eq(returnReferral.id, f.id));
		await recordAudit(tx, {
			action: 'return.outcome',
			entityType: 'return_request',
			entityId: r.id,
			...auditedBy(actor),
			data: { referralId: f.id, outcome: v.outcome }
		});
	});
	return { ok: true, data: { id: f.id } };
}

const closeSchema = z.object({ closingNote: requiredText(1000) });

export async function closeReturn(db: Db, actor: Actor, requestId: string, input: unknown): Promise<Validated<{ id: string }>> {
	const r = await requestFor(db, actor, 'return.update', requestId);
	if (r.status === 'closed') throw new AppError('invalid_transition', 'closed', { userMessage: 'error_return_closed' });
	const parsed = validate(closeSchema, input);
	if (!parsed.ok) return parsed;
	await db.transaction(async (tx) => {
		await tx
			.update(returnRequest)
			.set({ status: 'closed', closingNote: parsed.data.closingNote, closedAt: new Date(), updatedAt: new Date() })
			.where(eq(returnRequest.id, r.id));
		await recordAudit(tx, { action: 'return.close', entityType: 'return_request', entityId: r.id, ...auditedBy(actor) });
	});
	return { ok: true, data: { id: r.id } };
}

/** The return form as the service's input (lists from checkbox groups). */
export function returnInput(data: FormData): ReturnInput {
	const v = formValues(data);
	const all = (k: string) => data.getAll(k).filter((x): x is string => typeof x === 'string');
	return { ...v, skills: all('skills'), needs: all('needs') as ReturnInput['needs'], contactConsent: v.contactConsent === 'yes' } as ReturnInput;
}

/**
 * Programme intake, the public side (issue 17, part 1; docs/decisions/0030-programme-intake.md): the
 * published programmes, sign-up with an immediate rules check, the reference by SMS, the person's place,
 * and booking or moving a slot for the document check or test.
 */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { isLocale, type Locale } from '#lib/i18n';
import { msg } from '#lib/messages';
import { LANGUAGE_LEVELS, REFERENCE, type IneligibleReason, type ProgrammeStage } from '#lib/programmes';
import type { Actor } from '../access/access';
import { normalisePhone } from '../auth/phone';
import { enqueueMessage } from '../channels';
import { newTrackingCode, trackingHash } from '../cases/intake.service';
import { config } from '../config';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { SEXES } from '../migrant/migrant.table';
import { organisation } from '../org/org.table';
import { region } from '../reference/reference.table';
import { isoDate, isUuid, requiredText, validate, type Validated } from '../validation';
import { checkEligibility, type EligibilityFacts } from './eligibility';
import { programme, programmeBooking, programmeSignup, programmeSignupSeq, programmeSlot } from './programmes.table';

export type Programme = typeof programme.$inferSelect;
export type WindowState = 'upcoming' | 'open' | 'closed';

export const windowState = (p: Pick<Programme, 'opensAt' | 'closesAt'>, now = new Date()): WindowState =>
	now < p.opensAt ? 'upcoming' : now >= p.closesAt ? 'closed' : 'open';

/** Published programmes, open ones first. */
export async function listProgrammes(db: Db) {
	const rows = await db.select().from(programme).orderBy(asc(programme.closesAt), asc(programme.slug));
	const now = new Date();
	const order: Record<WindowState, number> = { open: 0, upcoming: 1, closed: 2 };
	return rows.map((p) => ({ ...p, window: windowState(p, now) })).sort((a, b) => order[a.window] - order[b.window]);
}

export async function getProgramme(db: Db, slug: string) {
	if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new AppError('not_found', 'programme');
	const [p] = await db.select().from(programme).where(eq(programme.slug, slug));
	if (!p) throw new AppError('not_found', 'programme');
	const [office] = await db.select({ name: organisation.name }).from(organisation).where(eq(organisation.id, p.organisationId));
	return { ...p, window: windowState(p), office: office?.name ?? {} };
}

// ─── Sign-up ─────────────────────────────────────────────────────────────────

const yesNo = z.enum(['yes', 'no'], { error: 'error_choose_one' });

/** Step one: the questions the rules need. */
export const factsSchema = z.object({
	birthDate: isoDate.refine((v) => v >= '1930-01-01' && v <= new Date().toISOString().slice(0, 10), { error: 'error_date' }),
	sex: z.enum(SEXES, { error: 'error_choose_one' }),
	regionCode: z.string({ error: 'error_choose_one' }).regex(/^KG-[A-Z]{1,2}$/, { error: 'error_choose_one' }),
	languageLevel: z.enum(LANGUAGE_LEVELS, { error: 'error_choose_one' }),
	health: yesNo,
	previous: yesNo
});

/** Step two: who and how to reach them. */
export const signupSchema = factsSchema.extend({
	fullName: requiredText(120),
	phone: requiredText(32),
	consent: z.literal('yes', { error: 'error_programme_consent' })
});

const facts = (v: z.output<typeof factsSchema>): EligibilityFacts => ({
	birthDate: v.birthDate,
	languageLevel: v.languageLevel,
	healthDeclared: v.health === 'yes',
	previousParticipation: v.previous === 'yes'
});

async function knownRegion(db: Db | Tx, code: string) {
	const [row] = await db.select({ code: region.code }).from(region).where(eq(region.code, code));
	return !!row;
}

/** Step one checked: field errors, or what the rules say (shown before the person gives name and phone). */
export async function previewEligibility(db: Db, slug: string, input: unknown): Promise<Validated<ReturnType<typeof checkEligibility>>> {
	const p = await getProgramme(db, slug);
	const parsed = validate(factsSchema, input);
	if (!parsed.ok) return parsed;
	if (!(await knownRegion(db, parsed.data.regionCode))) return { ok: false, errors: { regionCode: 'error_choose_one' } };
	return { ok: true, data: checkEligibility(p.rules, facts(parsed.data)) };
}

const statusUrl = (locale: Locale) => `${config.origin.replace(/\/$/, '')}/${locale}/programmes/status`;

export interface SignedUp {
	reference: string;
	code: string;
	stage: ProgrammeStage;
	reason: IneligibleReason | null;
}

/**
 * A person signs up (anonymous, or a signed-in migrant). The rules are applied at once; the sign-up,
 * its stage and the SMS with the reference are one transaction, so what is acknowledged is committed
 * and its SMS is on its way. One sign-up per phone number and programme (`already_signed_up`).
 */
export async function signUp(db: Db, actor: Actor | null, slug: string, input: unknown, locale: string): Promise<Validated<SignedUp>> {
	const p = await getProgramme(db, slug);
	if (p.window !== 'open') return { ok: false, errors: { form: 'error_programme_closed' } };
	const parsed = validate(signupSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const phone = normalisePhone(v.phone);
	if (!phone) return { ok: false, errors: { phone: 'error_phone_invalid' } };
	if (!(await knownRegion(db, v.regionCode))) return { ok: false, errors: { regionCode: 'error_choose_one' } };
	if (actor && actor.role !== 'migrant') throw new AppError('forbidden', 'staff do not sign up');
	const lang: Locale = isLocale(locale) ? locale : 'ky';
	const f = facts(v);
	const check = checkEligibility(p.rules, f);
	const code = newTrackingCode();
	const id = randomUUID();
	const result = await db.transaction(async (tx) => {
		const { rows } = await tx.execute<{ n: string }>(sql`select nextval(${sql.raw(`'${programmeSignupSeq.seqName}'`)}) as n`);
		const seq = Number(rows[0].n);
		const reference = `PR-${new Date().getUTCFullYear()}-${String(seq).padStart(6, '0')}`;
		const stage: ProgrammeStage = check.eligible ? 'eligible' : 'not_eligible';
		const inserted = await tx
			.insert(programmeSignup)
			.values({
				id,
				programmeId: p.id,
				seq,
				reference,
				codeHash: trackingHash(code),
				userId: actor?.userId ?? null,
				fullName: v.fullName,
				phone,
				sex: v.sex,
				regionCode: v.regionCode,
				...f,
				locale: lang,
				stage,
				reason: check.eligible ? null : check.reason
			})
			.onConflictDoNothing({ target: [programmeSignup.programmeId, programmeSignup.phone] })
			.returning({ id: programmeSignup.id });
		if (!inserted.length) return null;
		await enqueueMessage(tx, {
			channel: 'sms',
			address: phone,
			locale: lang,
			purpose: 'programme',
			refId: id,
			urgent: true,
			body: msg('programme_sms_signed_up', { reference, code, url: statusUrl(lang) }, { locale: lang })
		});
		return { reference, code, stage, reason: check.eligible ? null : check.reason };
	});
	if (!result) return { ok: false, errors: { phone: 'error_programme_already' } };
	return { ok: true, data: result };
}

// ─── The person's place ──────────────────────────────────────────────────────

export const normaliseReference = (value: string) => value.trim().toUpperCase().replace(/\s+/g, '');

/** The sign-up behind a reference and code, or not_found for any mismatch. */
async function signupByCode(db: Db | Tx, reference: string, code: string) {
	const ref = normaliseReference(reference);
	if (!REFERENCE.test(ref) || !code || code.length > 40) throw new AppError('not_found', 'signup');
	const [row] = await db.select().from(programmeSignup).where(eq(programmeSignup.reference, ref));
	const expected = Buffer.from(row?.codeHash ?? '0'.repeat(64), 'hex');
	if (!row || !timingSafeEqual(expected, Buffer.from(trackingHash(code), 'hex'))) throw new AppError('not_found', 'signup');
	return row;
}

/** Who is asking: the holder of reference and code, or the signed-in migrant who signed up. */
export type Holder = { reference: string; code: string } | { actor: Actor; reference: string };

async function signupOf(db: Db | Tx, holder: Holder) {
	if ('code' in holder) return signupByCode(db, holder.reference, holder.code);
	const ref = normaliseReference(holder.reference);
	if (!REFERENCE.test(ref)) throw new AppError('not_found', 'signup');
	const [row] = await db
		.select()
		.from(programmeSignup)
		.where(and(eq(programmeSignup.reference, ref), eq(programmeSignup.userId, holder.actor.userId)));
	if (!row) throw new AppError('not_found', 'signup');
	return row;
}

/** May this sign-up book or move a slot? */
const mayBook = (s: { stage: ProgrammeStage; checkResult: string | null }) => (s.stage === 'eligible' || s.stage === 'invited') && !s.checkResult;

/** What the person sees: programme, stage (and reason), booked slot, open slots they may book, rank. */
export async function signupStatus(db: Db, holder: Holder) {
	const s = await signupOf(db, holder);
	const [p] = await db.select().from(programme).where(eq(programme.id, s.programmeId));
	const [booking] = await db
		.select({ slotId: programmeSlot.id, startsAt: programmeSlot.startsAt, kind: programmeSlot.kind, office: organisation.name, officeCity: organisation.city })
		.from(programmeBooking)
		.innerJoin(programmeSlot, eq(programmeSlot.id, programmeBooking.slotId))
		.innerJoin(organisation, eq(organisation.id, programmeSlot.officeId))
		.where(eq(programmeBooking.signupId, s.id));
	const slots = mayBook(s) ? await openSlots(db, s.programmeId) : [];
	return {
		reference: s.reference,
		programme: { slug: p.slug, title: p.title, selection: p.selection, selectedAt: p.selectedAt },
		stage: s.stage,
		reason: s.reason,
		checkResult: s.checkResult,
		rank: s.rank,
		createdAt: s.createdAt,
		booking: booking ?? null,
		slots: slots.filter((x) => x.id !== booking?.slotId),
		mayBook: mayBook(s)
	};
}

/** Future slots of a programme with room left. */
export async function openSlots(db: Db | Tx, programmeId: string) {
	return db
		.select({
			id: programmeSlot.id,
			startsAt: programmeSlot.startsAt,
			kind: programmeSlot.kind,
			office: organisation.name,
			officeCity: organisation.city,
			left: sql<number>`${programmeSlot.capacity} - ${programmeSlot.booked}`
		})
		.from(programmeSlot)
		.innerJoin(organisation, eq(organisation.id, programmeSlot.officeId))
		.where(and(eq(programmeSlot.programmeId, programmeId), gt(programmeSlot.startsAt, new Date()), sql`${programmeSlot.booked} < ${programmeSlot.capacity}`))
		.orderBy(asc(programmeSlot.startsAt))
		.limit(30);
}

/** A signed-in migrant's own sign-ups. */
export async function mySignups(db: Db, actor: Actor) {
	if (actor.role !== 'migrant') return [];
	return db
		.select({ reference: programmeSignup.reference, stage: programmeSignup.stage, title: programme.title, slug: programme.slug })
		.from(programmeSignup)
		.innerJoin(programme, eq(programme.id, programmeSignup.programmeId))
		.where(eq(programmeSignup.userId, actor.userId))
		.orderBy(asc(programmeSignup.seq));
}

/**
 * Books a slot, or moves the booking to another (rescheduling), in one transaction: the sign-up row is
 * locked (one change per person at a time) and the slot's counter only rises while below capacity, so
 * parallel bookings never overfill a slot. The stage becomes `invited`.
 */
export async function bookSlot(db: Db, holder: Holder, slotId: string): Promise<Validated<{ startsAt: Date }>> {
	if (!isUuid(slotId)) return { ok: false, errors: { slotId: 'error_choose_one' } };
	return db.transaction(async (tx) => {
		const found = await signupOf(tx, holder);
		const [s] = await tx.select().from(programmeSignup).where(eq(programmeSignup.id, found.id)).for('update');
		if (!mayBook(s)) throw new AppError('conflict', 'no booking at this stage', { userMessage: 'error_programme_no_booking' });
		const [current] = await tx.select().from(programmeBooking).where(eq(programmeBooking.signupId, s.id));
		if (current?.slotId === slotId) return { ok: false as const, errors: { slotId: 'error_programme_same_slot' } };
		const [taken] = await tx
			.update(programmeSlot)
			.set({ booked: sql`${programmeSlot.booked} + 1` })
			.where(
				and(
					eq(programmeSlot.id, slotId),
					eq(programmeSlot.programmeId, s.programmeId),
					gt(programmeSlot.startsAt, new Date()),
					sql`${programmeSlot.booked} < ${programmeSlot.capacity}`
				)
			)
			.returning({ startsAt: programmeSlot.startsAt });
		if (!taken) return { ok: false as const, errors: { slotId: 'error_programme_slot_full' } };
		if (current) {
			await tx
				.update(programmeSlot)
				.set({ booked: sql`${programmeSlot.booked} - 1` })
				.where(eq(programmeSlot.id, current.slotId));
			await tx.update(programmeBooking).set({ slotId, bookedAt: new Date() }).where(eq(programmeBooking.signupId, s.id));
		} else {
			await tx.insert(programmeBooking).values({ signupId: s.id, slotId });
		}
		await tx.update(programmeSignup).set({ stage: 'invited', updatedAt: new Date() }).where(eq(programmeSignup.id, s.id));
		return { ok: true as const, data: { startsAt: taken.startsAt } };
	});
}

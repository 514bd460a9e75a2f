/**
 * Programme intake, the employment centre's side: the pipeline by stage, sex and region, stage lists
 * for export, slots at the offices, check results, the selection (first-come or the published lottery),
 * departures, and messages to everyone at a stage. Only the running organisation's staff; audited.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { isLocale } from '#lib/i18n';
import { CHECK_RESULTS, PROGRAMME_STAGES, SLOT_KINDS, type ProgrammeStage } from '#lib/programmes';
import { requireAccess, requireRecentAuth, scopeFilter, type Actor } from '../access/access';
import { auditedBy, recordAudit, recordAuditNow } from '../audit/audit.service';
import { wakeDispatchers } from '../channels';
import { message } from '../channels/channels.table';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { organisation } from '../org/org.table';
import { isUuid, requiredText, validate, type Validated } from '../validation';
import { programme, programmeBooking, programmeCohort, programmeSignup, programmeSlot } from './programmes.table';
import { SEED, selectCandidates } from './selection';

/** Programmes the staff member's organisation runs. */
export async function staffProgrammes(db: Db, actor: Actor) {
	const scope = scopeFilter(actor, 'programme.read');
	if (!('organisationId' in scope)) throw new AppError('forbidden', 'programmes are per organisation');
	return db.select().from(programme).where(eq(programme.organisationId, scope.organisationId)).orderBy(asc(programme.slug));
}

/** One programme of the actor's organisation (another organisation's: not found). */
async function ownProgramme(db: Db, actor: Actor, id: string, permission: 'programme.read' | 'programme.manage' | 'programme.select') {
	requireAccess(actor, permission);
	if (!isUuid(id)) throw new AppError('not_found', 'programme');
	const [p] = await db.select().from(programme).where(eq(programme.id, id));
	if (!p) throw new AppError('not_found', 'programme');
	requireAccess(actor, permission, { organisationId: p.organisationId });
	return p;
}

export const staffProgramme = (db: Db, actor: Actor, id: string) => ownProgramme(db, actor, id, 'programme.read');

/** Counts by stage × sex × region (the pipeline); no names. */
export async function pipeline(db: Db, actor: Actor, id: string) {
	const p = await ownProgramme(db, actor, id, 'programme.read');
	const rows = await db
		.select({ stage: programmeSignup.stage, sex: programmeSignup.sex, regionCode: programmeSignup.regionCode, n: sql<number>`count(*)::int` })
		.from(programmeSignup)
		.where(eq(programmeSignup.programmeId, p.id))
		.groupBy(programmeSignup.stage, programmeSignup.sex, programmeSignup.regionCode);
	const byStage = Object.fromEntries(PROGRAMME_STAGES.map((s) => [s, 0])) as Record<ProgrammeStage, number>;
	const bySex: Record<string, Record<string, number>> = {};
	const byRegion: Record<string, Record<string, number>> = {};
	for (const r of rows) {
		byStage[r.stage] += r.n;
		(bySex[r.stage] ??= {})[r.sex] = (bySex[r.stage]?.[r.sex] ?? 0) + r.n;
		(byRegion[r.regionCode] ??= {})[r.stage] = (byRegion[r.regionCode]?.[r.stage] ?? 0) + r.n;
	}
	return { programme: p, byStage, bySex, byRegion, total: rows.reduce((a, r) => a + r.n, 0) };
}

const stageSchema = z.enum(PROGRAMME_STAGES, { error: 'error_choose_one' });

/** The people at one stage, in arrival order, with their booked slot (for the list and the export). */
export async function stageList(db: Db, actor: Actor, id: string, stage: string, opts: { export?: boolean; limit?: number } = {}) {
	const p = await ownProgramme(db, actor, id, 'programme.read');
	const parsed = stageSchema.safeParse(stage);
	if (!parsed.success) throw new AppError('bad_request', 'unknown stage', { userMessage: 'error_choose_one' });
	if (opts.export) requireRecentAuth(actor);
	const rows = await db
		.select({
			id: programmeSignup.id,
			reference: programmeSignup.reference,
			fullName: programmeSignup.fullName,
			phone: programmeSignup.phone,
			birthDate: programmeSignup.birthDate,
			sex: programmeSignup.sex,
			regionCode: programmeSignup.regionCode,
			languageLevel: programmeSignup.languageLevel,
			stage: programmeSignup.stage,
			reason: programmeSignup.reason,
			checkResult: programmeSignup.checkResult,
			rank: programmeSignup.rank,
			createdAt: programmeSignup.createdAt,
			slotAt: programmeSlot.startsAt
		})
		.from(programmeSignup)
		.leftJoin(programmeBooking, eq(programmeBooking.signupId, programmeSignup.id))
		.leftJoin(programmeSlot, eq(programmeSlot.id, programmeBooking.slotId))
		.where(and(eq(programmeSignup.programmeId, p.id), eq(programmeSignup.stage, parsed.data)))
		.orderBy(sql`${programmeSignup.rank} asc nulls last`, asc(programmeSignup.seq))
		.limit(opts.limit ?? 100_000);
	if (opts.export)
		await recordAuditNow(db, {
			action: 'programme.export',
			entityType: 'programme',
			entityId: p.id,
			...auditedBy(actor),
			data: { stage: parsed.data, rows: rows.length }
		});
	return { programme: p, stage: parsed.data, rows };
}

// ─── Slots ───────────────────────────────────────────────────────────────────

export const slotSchema = z.object({
	officeId: z.string({ error: 'error_choose_one' }).refine(isUuid, { error: 'error_choose_one' }),
	kind: z.enum(SLOT_KINDS, { error: 'error_choose_one' }),
	startsAt: z
		.string({ error: 'error_required' })
		.trim()
		.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'error_date' })
		.transform((v) => new Date(`${v}:00+06:00`))
		.refine((d) => !Number.isNaN(d.getTime()) && d.getTime() > Date.now(), { error: 'error_programme_slot_past' }),
	capacity: z.coerce.number({ error: 'error_invalid' }).int({ error: 'error_invalid' }).min(1, { error: 'error_invalid' }).max(500, { error: 'error_invalid' })
});

/** Employment-centre offices where slots can be held. */
export async function offices(db: Db) {
	return db
		.select({ id: organisation.id, name: organisation.name, city: organisation.city })
		.from(organisation)
		.where(and(eq(organisation.kind, 'employment_centre'), eq(organisation.active, true)))
		.orderBy(asc(organisation.slug));
}

/** A slot at an employment-centre office (times are Bishkek time, UTC+6). */
export async function addSlot(db: Db, actor: Actor, id: string, input: unknown): Promise<Validated<{ id: string }>> {
	const p = await ownProgramme(db, actor, id, 'programme.manage');
	const parsed = validate(slotSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	if (!(await offices(db)).some((o) => o.id === v.officeId)) return { ok: false, errors: { officeId: 'error_choose_one' } };
	const slotId = randomUUID();
	await db.transaction(async (tx) => {
		await tx.insert(programmeSlot).values({ id: slotId, programmeId: p.id, officeId: v.officeId, kind: v.kind, startsAt: v.startsAt, capacity: v.capacity });
		await recordAudit(tx, {
			action: 'programme.slot_add',
			entityType: 'programme_slot',
			entityId: slotId,
			...auditedBy(actor),
			data: { programme: p.slug, capacity: v.capacity }
		});
	});
	return { ok: true, data: { id: slotId } };
}

export async function programmeSlots(db: Db, actor: Actor, id: string) {
	const p = await ownProgramme(db, actor, id, 'programme.read');
	return db
		.select({
			id: programmeSlot.id,
			startsAt: programmeSlot.startsAt,
			kind: programmeSlot.kind,
			capacity: programmeSlot.capacity,
			booked: programmeSlot.booked,
			office: organisation.name
		})
		.from(programmeSlot)
		.innerJoin(organisation, eq(organisation.id, programmeSlot.officeId))
		.where(eq(programmeSlot.programmeId, p.id))
		.orderBy(asc(programmeSlot.startsAt));
}

// ─── Checks, selection, departure ────────────────────────────────────────────

async function ownSignup(db: Db, actor: Actor, signupId: string) {
	if (!isUuid(signupId)) throw new AppError('not_found', 'signup');
	const [s] = await db.select().from(programmeSignup).where(eq(programmeSignup.id, signupId));
	if (!s) throw new AppError('not_found', 'signup');
	const p = await ownProgramme(db, actor, s.programmeId, 'programme.manage');
	return { s, p };
}

/**
 * The result of the document check or test of an invited person: passed (a candidate for selection),
 * failed (not eligible, reason check_failed) or absent (back to eligible, the booking released).
 */
export async function recordCheck(db: Db, actor: Actor, signupId: string, result: string): Promise<void> {
	const { s, p } = await ownSignup(db, actor, signupId);
	const r = z.enum(CHECK_RESULTS).safeParse(result);
	if (!r.success) throw new AppError('bad_request', 'unknown result', { userMessage: 'error_choose_one' });
	if (s.stage !== 'invited' || s.checkResult) throw new AppError('invalid_transition', 'not waiting for a check', { userMessage: 'error_programme_stage' });
	await db.transaction(async (tx) => {
		if (r.data === 'absent') {
			const [b] = await tx.delete(programmeBooking).where(eq(programmeBooking.signupId, s.id)).returning({ slotId: programmeBooking.slotId });
			if (b)
				await tx
					.update(programmeSlot)
					.set({ booked: sql`${programmeSlot.booked} - 1` })
					.where(eq(programmeSlot.id, b.slotId));
			await tx.update(programmeSignup).set({ stage: 'eligible', updatedAt: new Date() }).where(eq(programmeSignup.id, s.id));
		} else {
			const failed = r.data === 'failed';
			await tx
				.update(programmeSignup)
				.set({ checkResult: r.data, ...(failed ? { stage: 'not_eligible' as const, reason: 'check_failed' as const } : {}), updatedAt: new Date() })
				.where(eq(programmeSignup.id, s.id));
		}
		await recordAudit(tx, {
			action: 'programme.check',
			entityType: 'programme_signup',
			entityId: s.id,
			...auditedBy(actor),
			data: { programme: p.slug, result: r.data }
		});
	});
}

/** A selected person has left for the destination. */
export async function markDeparted(db: Db, actor: Actor, signupId: string): Promise<void> {
	const { s, p } = await ownSignup(db, actor, signupId);
	if (s.stage !== 'selected') throw new AppError('invalid_transition', 'only selected people depart', { userMessage: 'error_programme_stage' });
	await db.transaction(async (tx) => {
		await tx.update(programmeSignup).set({ stage: 'departed', updatedAt: new Date() }).where(eq(programmeSignup.id, s.id));
		await recordAudit(tx, { action: 'programme.depart', entityType: 'programme_signup', entityId: s.id, ...auditedBy(actor), data: { programme: p.slug } });
	});
}

/**
 * Runs the selection once: candidates are the invited people whose check passed; the published method,
 * seed (lottery), places and quotas decide (selection.ts). Everyone gets a rank; those within places and
 * quotas become `selected`. The seed is stored and published with the order (draw endpoint).
 */
export async function runSelection(db: Db, actor: Actor, id: string, seedInput: string | null): Promise<Validated<{ selected: number; candidates: number }>> {
	const p = await ownProgramme(db, actor, id, 'programme.select');
	if (p.selectedAt) throw new AppError('conflict', 'selection already run', { userMessage: 'error_programme_selected_already' });
	const seed = p.selection === 'lottery' ? (seedInput ?? '').trim() : null;
	if (p.selection === 'lottery' && !SEED.test(seed!)) return { ok: false, errors: { seed: 'error_programme_seed' } };
	return db.transaction(async (tx) => {
		const [locked] = await tx.select({ selectedAt: programme.selectedAt }).from(programme).where(eq(programme.id, p.id)).for('update');
		if (locked.selectedAt) throw new AppError('conflict', 'selection already run', { userMessage: 'error_programme_selected_already' });
		const pool = await tx
			.select({ id: programmeSignup.id, reference: programmeSignup.reference, regionCode: programmeSignup.regionCode, seq: programmeSignup.seq })
			.from(programmeSignup)
			.where(and(eq(programmeSignup.programmeId, p.id), eq(programmeSignup.stage, 'invited'), eq(programmeSignup.checkResult, 'passed')));
		const placed = selectCandidates(p.selection, seed, pool, p.places, p.quotas);
		const idOf = new Map(pool.map((c) => [c.reference, c.id]));
		for (let i = 0; i < placed.length; i += 1000) {
			const chunk = placed.slice(i, i + 1000);
			const values = sql.join(
				chunk.map((c) => sql`(${idOf.get(c.reference)}::uuid, ${c.rank}::int, ${c.selected}::boolean)`),
				sql`, `
			);
			await tx.execute(
				sql`update programme_signup s set rank = v.rank, stage = case when v.selected then 'selected' else s.stage end, updated_at = now() from (values ${values}) as v(id, rank, selected) where s.id = v.id`
			);
		}
		await tx.update(programme).set({ selectedAt: new Date(), lotterySeed: seed }).where(eq(programme.id, p.id));
		const selected = placed.filter((c) => c.selected).length;
		await recordAudit(tx, {
			action: 'programme.select',
			entityType: 'programme',
			entityId: p.id,
			...auditedBy(actor),
			data: { method: p.selection, seed, candidates: placed.length, selected }
		});
		return { ok: true as const, data: { selected, candidates: placed.length } };
	});
}

/** The published draw: method, seed, places, quotas and the ordered candidates (references and regions only). */
export async function publishedDraw(db: Db, slug: string) {
	if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new AppError('not_found', 'programme');
	const [p] = await db.select().from(programme).where(eq(programme.slug, slug));
	if (!p) throw new AppError('not_found', 'programme');
	const ranked = p.selectedAt
		? await db
				.select({
					reference: programmeSignup.reference,
					regionCode: programmeSignup.regionCode,
					seq: programmeSignup.seq,
					rank: programmeSignup.rank,
					stage: programmeSignup.stage
				})
				.from(programmeSignup)
				.where(and(eq(programmeSignup.programmeId, p.id), sql`${programmeSignup.rank} is not null`))
				.orderBy(asc(programmeSignup.rank))
		: [];
	return { programme: p, candidates: ranked };
}

// ─── Messages to a stage ─────────────────────────────────────────────────────

const messageSchema = z.object({ stage: stageSchema, body: requiredText(480) });

/**
 * One SMS to everyone at a stage (set-based through the channels queue, a batch that can be cancelled),
 * and the cohort recorded so alerts can target it (audience filter "programme cohort").
 */
export async function messageStage(db: Db, actor: Actor, id: string, input: unknown): Promise<Validated<{ recipients: number }>> {
	const p = await ownProgramme(db, actor, id, 'programme.manage');
	const parsed = validate(messageSchema, input);
	if (!parsed.ok) return parsed;
	const { stage, body } = parsed.data;
	const batchId = randomUUID();
	const recipients = await db.transaction(async (tx) => {
		const { rowCount } = await tx.execute(sql`
			insert into ${message} (channel, address, body, purpose, locale, batch_id, ref_id, user_id, urgent, priority, not_before)
			select 'sms', s.phone, ${body}, 'programme', s.locale, ${batchId}::uuid, gen_random_uuid(), s.user_id, false, 2, now()
			from ${programmeSignup} s where s.programme_id = ${p.id} and s.stage = ${stage}
			on conflict do nothing`);
		const n = rowCount ?? 0;
		await tx.insert(programmeCohort).values({ programmeId: p.id, stage, batchId, recipients: n, createdBy: actor.userId });
		await wakeDispatchers(tx, 'sms');
		await recordAudit(tx, { action: 'programme.message', entityType: 'programme', entityId: p.id, ...auditedBy(actor), data: { stage, recipients: n } });
		return n;
	});
	return { ok: true, data: { recipients } };
}

export const isStage = (v: unknown): v is ProgrammeStage => typeof v === 'string' && (PROGRAMME_STAGES as readonly string[]).includes(v);
export const localeOr = (v: unknown) => (isLocale(v) ? v : 'ky');

import { and, asc, count, desc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Translated } from '#lib/i18n';
import { SPOKEN_LANGUAGES } from '#lib/languages';
import { requireAccess, scopeFilter, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { authUser } from '../auth/auth.table';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { migrantProfile, migrantSkill } from '../migrant/migrant.table';
import { organisation } from '../org/org.table';
import { normalise, queryTokens } from '../portal/normalise';
import { currency, occupation } from '../reference/reference.table';
import { isUuid, requiredText, validate, type Validated } from '../validation';
import { enqueueMessage } from '../channels/message.service';
import { licenceSanction, licenceStatusOf } from './agency.service';
import { applicationSmsText } from './recruitment.texts';
import { today } from './licence-status';
import { HOUSING, PAY_PERIODS, PROGRAMMES, SECTORS } from '#lib/recruitment';
import { APPLICATION_STATES, agencyReview, application, applicationEvent, vacancy, type ApplicationState } from './recruitment.table';

const HOURS_TO_MONTH = 52 / 12;
const PAGE_SIZE = 20;

const text = requiredText;
const amount = z
	.string({ error: 'error_required' })
	.trim()
	.regex(/^\d{1,10}([.,]\d{1,2})?$/, { error: 'error_amount' })
	.transform((v) => v.replace(',', '.'));
const int = (min: number, max: number, error: string) => z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });

const vacancySchema = z
	.object({
		title: text(160),
		description: text(4000),
		employerName: text(200),
		countryIso2: z.string({ error: 'error_country' }).regex(/^[A-Z]{2}$/, { error: 'error_country' }),
		city: text(120),
		sector: z.enum(SECTORS, { error: 'error_choose_one' }),
		occupationCode: z.string({ error: 'error_choose_one' }).min(1, { error: 'error_choose_one' }),
		salaryMin: amount,
		salaryMax: z
			.union([z.literal(''), amount])
			.optional()
			.default(''),
		currency: z.string({ error: 'error_choose_one' }).regex(/^[A-Z]{3}$/, { error: 'error_choose_one' }),
		payPeriod: z.enum(PAY_PERIODS, { error: 'error_choose_one' }),
		hoursPerWeek: int(1, 84, 'error_hours'),
		housing: z.enum(HOUSING, { error: 'error_choose_one' }),
		contractMonths: int(1, 60, 'error_months'),
		workerFee: z
			.union([z.literal(''), amount])
			.optional()
			.default(''),
		workerFeeNote: z.string().trim().max(500, { error: 'error_too_long' }).optional().default(''),
		languages: z
			.array(z.enum(SPOKEN_LANGUAGES, { error: 'error_language' }))
			.max(10, { error: 'error_too_many' })
			.default([]),
		places: int(1, 10_000, 'error_places'),
		programme: z
			.union([z.literal(''), z.enum(PROGRAMMES, { error: 'error_choose_one' })])
			.optional()
			.default(''),
		closesOn: z
			.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'error_date' })])
			.optional()
			.default('')
			.refine((v) => !v || (!Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && v >= today()), { error: 'error_date_past' })
	})
	.refine((v) => !v.salaryMax || Number(v.salaryMax) >= Number(v.salaryMin), { path: ['salaryMax'], error: 'error_salary_range' })
	.refine((v) => !(Number(v.workerFee || 0) > 0) || v.workerFeeNote.length > 0, { path: ['workerFeeNote'], error: 'error_fee_note' });

export type VacancyInput = z.input<typeof vacancySchema>;

/** Organisation kinds that post vacancies (employment centres: state programmes; agencies: while licensed). */
export const POSTING_KINDS: readonly string[] = ['agency', 'employment_centre'];

/** Who may post: an employment centre or an agency whose licence is valid today. */
async function posterOf(db: Db, actor: Actor) {
	requireAccess(actor, 'vacancy.manage');
	if (!actor.organisationId) throw new AppError('forbidden', 'no organisation');
	const [org] = await db.select().from(organisation).where(eq(organisation.id, actor.organisationId));
	if (!org) throw new AppError('forbidden', 'no organisation');
	if (org.kind === 'employment_centre') return { org, permitted: null as string[] | null };
	if (!POSTING_KINDS.includes(org.kind)) throw new AppError('forbidden', 'only agencies and employment centres post', { userMessage: 'error_cannot_post' });
	const licence = (await licenceStatusOf(db, [org.id])).get(org.id)!;
	if (licence.status !== 'valid') throw new AppError('invalid_transition', `agency licence ${licence.status}`, { userMessage: 'error_agency_not_licensed' });
	return { org, permitted: licence.countries };
}

async function checkVacancy(
	db: Db,
	actor: Actor,
	input: unknown
): Promise<{ poster: Awaited<ReturnType<typeof posterOf>>; parsed: Validated<z.output<typeof vacancySchema>> }> {
	const poster = await posterOf(db, actor);
	const parsed = validate(vacancySchema, input);
	// Rules of the poster are reported together with the form's own errors.
	const raw = (input ?? {}) as Record<string, unknown>;
	const extra: Record<string, string> = {};
	if (poster.permitted && typeof raw.countryIso2 === 'string' && raw.countryIso2 && !poster.permitted.includes(raw.countryIso2))
		extra.countryIso2 = 'error_country_not_permitted';
	if (poster.org.kind === 'agency' && raw.programme) extra.programme = 'error_programme_centre_only';
	if (!parsed.ok || Object.keys(extra).length) return { poster, parsed: { ok: false, errors: { ...(parsed.ok ? {} : parsed.errors), ...extra } } };
	const v = parsed.data;
	const [occ] = await db.select({ code: occupation.code }).from(occupation).where(eq(occupation.code, v.occupationCode));
	if (!occ) return { poster, parsed: { ok: false, errors: { occupationCode: 'error_choose_one' } } };
	const [cur] = await db.select({ code: currency.code }).from(currency).where(eq(currency.code, v.currency));
	if (!cur) return { poster, parsed: { ok: false, errors: { currency: 'error_choose_one' } } };
	return { poster, parsed };
}

/** What vacancy search matches words against, in script-neutral form. */
export const vacancySearchText = (v: { title: string; employerName: string; city: string; description: string }) =>
	normalise([v.title, v.employerName, v.city, v.description.slice(0, 500)].join(' '));

function rowOf(v: z.output<typeof vacancySchema>) {
	const monthly = v.payPeriod === 'hour' ? Number(v.salaryMin) * v.hoursPerWeek * HOURS_TO_MONTH : Number(v.salaryMin);
	return {
		title: v.title,
		description: v.description,
		employerName: v.employerName,
		countryIso2: v.countryIso2,
		city: v.city,
		sector: v.sector,
		occupationCode: v.occupationCode,
		salaryMin: v.salaryMin,
		salaryMax: v.salaryMax || null,
		currency: v.currency,
		payPeriod: v.payPeriod,
		monthlyMin: monthly.toFixed(2),
		hoursPerWeek: v.hoursPerWeek,
		housing: v.housing,
		contractMonths: v.contractMonths,
		workerFee: v.workerFee || '0',
		workerFeeNote: v.workerFeeNote || null,
		languages: v.languages,
		places: v.places,
		programme: v.programme || null,
		closesOn: v.closesOn || null,
		searchText: vacancySearchText(v)
	};
}

export async function createVacancy(db: Db, actor: Actor, input: unknown): Promise<Validated<{ id: string }>> {
	const { poster, parsed } = await checkVacancy(db, actor, input);
	if (!parsed.ok) return parsed;
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(vacancy)
			.values({ organisationId: poster.org.id, ...rowOf(parsed.data) })
			.returning({ id: vacancy.id });
		await recordAudit(tx, { action: 'vacancy.create', entityType: 'vacancy', entityId: row.id, ...auditedBy(actor) });
		return row.id;
	});
	return { ok: true, data: { id } };
}

/** One of the caller's organisation's vacancies (anyone else's is not found). */
export async function getOwnVacancy(db: Db, actor: Actor, vacancyId: string) {
	requireAccess(actor, 'vacancy.manage');
	if (!isUuid(vacancyId)) throw new AppError('not_found', 'vacancy');
	const [row] = await db.select().from(vacancy).where(eq(vacancy.id, vacancyId));
	if (!row) throw new AppError('not_found', 'vacancy');
	requireAccess(actor, 'vacancy.manage', { organisationId: row.organisationId });
	return row;
}

export async function updateVacancy(db: Db, actor: Actor, vacancyId: string, input: unknown): Promise<Validated<{ id: string }>> {
	const row = await getOwnVacancy(db, actor, vacancyId);
	const { parsed } = await checkVacancy(db, actor, input);
	if (!parsed.ok) return parsed;
	await db.transaction(async (tx) => {
		await tx
			.update(vacancy)
			.set({ ...rowOf(parsed.data), updatedAt: new Date() })
			.where(eq(vacancy.id, row.id));
		await recordAudit(tx, { action: 'vacancy.update', entityType: 'vacancy', entityId: row.id, ...auditedBy(actor) });
	});
	return { ok: true, data: { id: row.id } };
}

/** Closing needs no licence (an agency that lost its licence can still close its vacancies). */
export async function setVacancyOpen(db: Db, actor: Actor, vacancyId: string, open: boolean): Promise<void> {
	const row = await getOwnVacancy(db, actor, vacancyId);
	if (open) await posterOf(db, actor);
	await db.transaction(async (tx) => {
		await tx
			.update(vacancy)
			.set({ state: open ? 'open' : 'closed', updatedAt: new Date() })
			.where(eq(vacancy.id, row.id));
		await recordAudit(tx, {
			action: 'vacancy.update',
			entityType: 'vacancy',
			entityId: row.id,
			...auditedBy(actor),
			data: { state: open ? 'open' : 'closed' }
		});
	});
}

/** The organisation's own vacancies with how many people applied. */
export async function organisationVacancies(db: Db, actor: Actor) {
	const scope = scopeFilter(actor, 'vacancy.manage');
	if (!('organisationId' in scope)) throw new AppError('forbidden', 'vacancies are kept per organisation');
	const rows = await db
		.select({ v: vacancy, applications: count(application.id) })
		.from(vacancy)
		.leftJoin(application, eq(application.vacancyId, vacancy.id))
		.where(eq(vacancy.organisationId, scope.organisationId))
		.groupBy(vacancy.id)
		.orderBy(desc(vacancy.createdAt))
		.limit(500);
	return rows.map(({ v, applications }) => ({ ...v, applications }));
}

// ─── Public search ───────────────────────────────────────────────────────────

/** A vacancy is public while open, not past its closing date, and posted by an employment centre or an agency licensed today for its country. */
function visibleOn(day: string): SQL {
	return sql`${vacancy.state} = 'open'
		and (${vacancy.closesOn} is null or ${vacancy.closesOn} >= ${day}::date)
		and (
			exists (select 1 from organisation o where o.id = ${vacancy.organisationId} and o.kind = 'employment_centre' and o.active)
			or exists (
				select 1 from licence l
				where l.agency_id = ${vacancy.organisationId}
					and l.state <> 'revoked'
					and l.issued_on <= ${day}::date
					and l.expires_on >= ${day}::date
					and (l.state = 'active' or l.suspended_until < ${day}::date)
					and ${vacancy.countryIso2} = any(l.countries)
			)
		)`;
}

/**
 * Countries that have open vacancies, for the search filter. A loose index scan (one index probe per
 * country on vacancy_public_idx) instead of DISTINCT over every open vacancy: it runs on each page view.
 */
export async function vacancyCountries(db: Db): Promise<string[]> {
	const { rows } = await db.execute<{ iso2: string }>(sql`
		with recursive c(iso2) as (
			(select country_iso2 from vacancy where state = 'open' order by country_iso2 limit 1)
			union all
			select (select v.country_iso2 from vacancy v where v.state = 'open' and v.country_iso2 > c.iso2 order by v.country_iso2 limit 1)
			from c where c.iso2 is not null
		)
		select iso2 from c where iso2 is not null`);
	return rows.map((r) => r.iso2);
}

export const vacancyFilterSchema = z.object({
	q: z.string().trim().max(200).optional().default(''),
	country: z
		.union([
			z.literal(''),
			z
				.string()
				.regex(/^[A-Za-z]{2}$/)
				.transform((v) => v.toUpperCase())
		])
		.optional()
		.default(''),
	city: z.string().trim().max(100).optional().default(''),
	sector: z
		.union([z.literal(''), z.enum(SECTORS)])
		.optional()
		.default(''),
	occupation: z
		.union([z.literal(''), z.string().regex(/^\d{1,4}$/)])
		.optional()
		.default(''),
	minSalary: z
		.union([z.literal(''), z.string().regex(/^\d{1,10}$/)])
		.optional()
		.default(''),
	language: z
		.union([z.literal(''), z.enum(SPOKEN_LANGUAGES)])
		.optional()
		.default(''),
	page: z
		.union([z.literal(''), z.coerce.number().int().min(1).max(500)])
		.optional()
		.default('')
});
export type VacancyFilters = z.output<typeof vacancyFilterSchema>;

export interface PublicVacancy {
	id: string;
	title: string;
	employerName: string;
	countryIso2: string;
	city: string;
	sector: string;
	occupationCode: string;
	salaryMin: string;
	salaryMax: string | null;
	currency: string;
	payPeriod: string;
	hoursPerWeek: number;
	housing: string;
	contractMonths: number;
	workerFee: string;
	workerFeeNote: string | null;
	feeFlagged: boolean;
	languages: string[];
	places: number;
	programme: string | null;
	closesOn: string | null;
	postedAt: Date;
	poster: {
		kind: 'agency' | 'employment_centre';
		name: Translated;
		slug: string;
		licenceStatus: string | null;
		licenceNumber: string | null;
		licenceUntil: string | null;
	};
}

async function toPublic(db: Db, rows: (typeof vacancy.$inferSelect)[]): Promise<PublicVacancy[]> {
	if (!rows.length) return [];
	const orgIds = [...new Set(rows.map((r) => r.organisationId))];
	const orgs = new Map((await db.select().from(organisation).where(inArray(organisation.id, orgIds))).map((o) => [o.id, o]));
	const licences = await licenceStatusOf(
		db,
		orgIds.filter((id) => orgs.get(id)?.kind === 'agency')
	);
	return rows.map((r) => {
		const org = orgs.get(r.organisationId)!;
		const l = licences.get(r.organisationId);
		return {
			id: r.id,
			title: r.title,
			employerName: r.employerName,
			countryIso2: r.countryIso2,
			city: r.city,
			sector: r.sector,
			occupationCode: r.occupationCode,
			salaryMin: r.salaryMin,
			salaryMax: r.salaryMax,
			currency: r.currency,
			payPeriod: r.payPeriod,
			hoursPerWeek: r.hoursPerWeek,
			housing: r.housing,
			contractMonths: r.contractMonths,
			workerFee: r.workerFee,
			workerFeeNote: r.workerFeeNote,
			feeFlagged: Number(r.workerFee) > 0,
			languages: r.languages,
			places: r.places,
			programme: r.programme,
			closesOn: r.closesOn,
			postedAt: r.createdAt,
			poster: {
				kind: org.kind === 'agency' ? 'agency' : 'employment_centre',
				name: org.name,
				slug: org.slug,
				licenceStatus: l?.status ?? null,
				licenceNumber: l?.number ?? null,
				licenceUntil: l?.until ?? null
			}
		};
	});
}

/** Public vacancy search; newest first, 20 a page (one more is read to know if there is a next page). */
export async function searchVacancies(db: Db, filters: VacancyFilters) {
	const day = today();
	const where: SQL[] = [visibleOn(day)];
	if (filters.country) where.push(eq(vacancy.countryIso2, filters.country));
	if (filters.sector) where.push(eq(vacancy.sector, filters.sector));
	if (filters.occupation) where.push(eq(vacancy.occupationCode, filters.occupation));
	if (filters.minSalary) where.push(gte(vacancy.monthlyMin, filters.minSalary));
	if (filters.language) where.push(sql`${vacancy.languages} @> array[${filters.language}]::text[]`);
	const words = [...queryTokens(filters.q), ...queryTokens(filters.city)];
	for (const w of words) where.push(sql`${vacancy.searchText} like ${`%${w}%`}`);
	const page = filters.page || 1;
	const rows = await db
		.select()
		.from(vacancy)
		.where(and(...where))
		.orderBy(desc(vacancy.createdAt))
		.limit(PAGE_SIZE + 1)
		.offset((page - 1) * PAGE_SIZE);
	return { items: await toPublic(db, rows.slice(0, PAGE_SIZE)), page, hasNext: rows.length > PAGE_SIZE };
}

export async function publicVacancy(db: Db, id: string) {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select()
		.from(vacancy)
		.where(and(eq(vacancy.id, id), visibleOn(today())));
	if (!row) return null;
	const [item] = await toPublic(db, [row]);
	return { ...item, description: row.description };
}

/**
 * A vacancy that would be public but for its agency's licence being suspended or revoked: the
 * vacancy page answers 410 Gone with the reason, the date and a link to the licence check.
 */
export async function withdrawnVacancy(db: Db, id: string) {
	if (!isUuid(id)) return null;
	const day = today();
	const [row] = await db
		.select({
			id: vacancy.id,
			title: vacancy.title,
			organisationId: vacancy.organisationId,
			name: organisation.name,
			slug: organisation.slug,
			kind: organisation.kind
		})
		.from(vacancy)
		.innerJoin(organisation, eq(organisation.id, vacancy.organisationId))
		.where(and(eq(vacancy.id, id), eq(vacancy.state, 'open'), sql`(${vacancy.closesOn} is null or ${vacancy.closesOn} >= ${day}::date)`));
	if (!row || row.kind !== 'agency') return null;
	const sanction = await licenceSanction(db, row.organisationId);
	if (!sanction) return null;
	return {
		id: row.id,
		title: row.title,
		reason: sanction.status === 'suspended' ? ('licence_suspended' as const) : ('licence_revoked' as const),
		since: sanction.since,
		until: sanction.until,
		agency: { name: row.name, slug: row.slug, licenceNumber: sanction.licenceNumber }
	};
}
export type WithdrawnVacancy = NonNullable<Awaited<ReturnType<typeof withdrawnVacancy>>>;

/**
 * Vacancies ranked by fit with the migrant's profile: desired country, experience in the
 * occupation, shared languages; a fee charged to the worker counts against.
 */
export async function recommendedVacancies(db: Db, actor: Actor, userId: string) {
	requireAccess(actor, 'profile.read', { ownerUserId: userId });
	const [profile] = await db.select().from(migrantProfile).where(eq(migrantProfile.userId, userId));
	if (!profile) return null;
	const skills = await db.select().from(migrantSkill).where(eq(migrantSkill.userId, userId));
	const occupations = skills.map((s) => s.occupationCode);
	const countries = profile.desiredCountries;
	if (!countries.length && !occupations.length) return [];
	const match: SQL[] = [];
	if (countries.length) match.push(inArray(vacancy.countryIso2, countries));
	if (occupations.length) match.push(inArray(vacancy.occupationCode, occupations));
	const rows = await db
		.select()
		.from(vacancy)
		.where(and(visibleOn(today()), sql`(${sql.join(match, sql` or `)})`))
		.orderBy(desc(vacancy.createdAt))
		.limit(300);
	const score = (r: (typeof rows)[number]) =>
		(countries.includes(r.countryIso2) ? 3 : 0) +
		(occupations.includes(r.occupationCode) ? 3 + Math.min(2, (skills.find((s) => s.occupationCode === r.occupationCode)?.years ?? 0) / 3) : 0) +
		(r.languages.length === 0 ? 1 : r.languages.some((l) => profile.languages.includes(l)) ? 1 : -2) +
		(Number(r.workerFee) > 0 ? -2 : 0);
	const ranked = rows.map((r) => ({ r, s: score(r) })).sort((a, b) => b.s - a.s || b.r.createdAt.getTime() - a.r.createdAt.getTime());
	return toPublic(
		db,
		ranked.slice(0, 10).map((x) => x.r)
	);
}

// ─── Applications ──────────────────────────────────────────────────────────

const applySchema = z.object({ message: z.string().trim().max(1000, { error: 'error_too_long' }).optional().default('') });

export async function applyForVacancy(db: Db, actor: Actor, userId: string, vacancyId: string, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'application.create', { ownerUserId: userId });
	const target = await publicVacancy(db, vacancyId);
	if (!target) throw new AppError('not_found', 'vacancy');
	const parsed = validate(applySchema, input);
	if (!parsed.ok) return parsed;
	const [profile] = await db.select({ userId: migrantProfile.userId }).from(migrantProfile).where(eq(migrantProfile.userId, userId));
	if (!profile) return { ok: false, errors: { form: 'error_profile_first' } };
	const [already] = await db
		.select({ id: application.id })
		.from(application)
		.where(and(eq(application.vacancyId, target.id), eq(application.userId, userId)));
	if (already) return { ok: false, errors: { form: 'error_already_applied' } };
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(application)
			.values({ vacancyId: target.id, userId, message: parsed.data.message || null })
			.returning({ id: application.id });
		await tx.insert(applicationEvent).values({ applicationId: row.id, state: 'submitted', actorUserId: actor.userId });
		await recordAudit(tx, { action: 'application.submit', entityType: 'application', entityId: row.id, ...auditedBy(actor), data: { vacancyId: target.id } });
		return row.id;
	});
	return { ok: true, data: { id } };
}

/** The migrant's own applications with their status (closed or hidden vacancies stay listed). */
export async function myApplications(db: Db, actor: Actor, userId: string) {
	requireAccess(actor, 'application.read', { ownerUserId: userId });
	return db
		.select({
			id: application.id,
			state: application.state,
			stateNote: application.stateNote,
			createdAt: application.createdAt,
			updatedAt: application.updatedAt,
			vacancyId: vacancy.id,
			title: vacancy.title,
			employerName: vacancy.employerName,
			countryIso2: vacancy.countryIso2,
			organisationName: organisation.name,
			organisationKind: organisation.kind,
			reviewState: agencyReview.state
		})
		.from(application)
		.innerJoin(vacancy, eq(vacancy.id, application.vacancyId))
		.innerJoin(organisation, eq(organisation.id, vacancy.organisationId))
		.leftJoin(agencyReview, eq(agencyReview.applicationId, application.id))
		.where(eq(application.userId, userId))
		.orderBy(desc(application.createdAt));
}

export async function withdrawApplication(db: Db, actor: Actor, userId: string, applicationId: string): Promise<void> {
	requireAccess(actor, 'application.create', { ownerUserId: userId });
	if (!isUuid(applicationId)) throw new AppError('not_found', 'application');
	const [row] = await db.select().from(application).where(eq(application.id, applicationId));
	if (!row || row.userId !== userId) throw new AppError('not_found', 'application');
	if (row.state === 'withdrawn' || row.state === 'placed' || row.state === 'rejected') {
		throw new AppError('invalid_transition', `withdraw from ${row.state}`, { userMessage: 'error_application_final' });
	}
	await db.transaction(async (tx) => {
		await tx.update(application).set({ state: 'withdrawn', updatedAt: new Date() }).where(eq(application.id, row.id));
		await tx.insert(applicationEvent).values({ applicationId: row.id, state: 'withdrawn', actorUserId: actor.userId });
		await recordAudit(tx, { action: 'application.update', entityType: 'application', entityId: row.id, ...auditedBy(actor), data: { state: 'withdrawn' } });
	});
}

/** Applications to one of the organisation's vacancies, with the applicants' profiles. Audited: it shows personal data. */
export async function vacancyApplications(db: Db, actor: Actor, vacancyId: string) {
	const v = await getOwnVacancy(db, actor, vacancyId);
	requireAccess(actor, 'application.read', { organisationId: v.organisationId });
	const rows = await db
		.select({ a: application, name: migrantProfile.fullName, languages: migrantProfile.languages, phone: authUser.phoneNumber })
		.from(application)
		.innerJoin(authUser, eq(authUser.id, application.userId))
		.leftJoin(migrantProfile, eq(migrantProfile.userId, application.userId))
		.where(eq(application.vacancyId, v.id))
		.orderBy(asc(application.createdAt));
	const skills = rows.length
		? await db
				.select()
				.from(migrantSkill)
				.where(
					inArray(
						migrantSkill.userId,
						rows.map((r) => r.a.userId)
					)
				)
		: [];
	await db.transaction((tx) =>
		recordAudit(tx, {
			action: 'application.view',
			entityType: 'vacancy',
			entityId: v.id,
			...auditedBy(actor),
			data: { count: rows.length, ids: rows.map(({ a }) => a.id) }
		})
	);
	return rows.map(({ a, name, languages, phone }) => ({
		...a,
		name,
		phone,
		languages: languages ?? [],
		skills: skills.filter((s) => s.userId === a.userId)
	}));
}

/** Moves an application on. Final states (placed, rejected, withdrawn) do not change again. */
const NEXT: Record<ApplicationState, ApplicationState[]> = {
	submitted: ['reviewing', 'shortlisted', 'rejected'],
	reviewing: ['shortlisted', 'offered', 'rejected'],
	shortlisted: ['offered', 'rejected'],
	offered: ['placed', 'rejected'],
	placed: [],
	rejected: [],
	withdrawn: []
};

const decisionSchema = z.object({
	state: z.enum(APPLICATION_STATES, { error: 'error_choose_one' }),
	note: z.string().trim().max(1000, { error: 'error_too_long' }).optional().default('')
});

export async function decideApplication(db: Db, actor: Actor, applicationId: string, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'application.update');
	if (!isUuid(applicationId)) throw new AppError('not_found', 'application');
	const [row] = await db
		.select({ a: application, organisationId: vacancy.organisationId, title: vacancy.title, phone: authUser.phoneNumber, locale: authUser.locale })
		.from(application)
		.innerJoin(vacancy, eq(vacancy.id, application.vacancyId))
		.innerJoin(authUser, eq(authUser.id, application.userId))
		.where(eq(application.id, applicationId));
	if (!row) throw new AppError('not_found', 'application');
	requireAccess(actor, 'application.update', { organisationId: row.organisationId });
	const parsed = validate(decisionSchema, input);
	if (!parsed.ok) return parsed;
	const { state, note } = parsed.data;
	if (!NEXT[row.a.state].includes(state)) throw new AppError('invalid_transition', `${row.a.state} → ${state}`, { userMessage: 'error_application_step' });
	if (state === 'rejected' && !note) return { ok: false, errors: { note: 'error_reject_reason' } };
	await db.transaction(async (tx) => {
		await tx
			.update(application)
			.set({ state, stateNote: note || null, updatedAt: new Date() })
			.where(eq(application.id, row.a.id));
		await tx.insert(applicationEvent).values({ applicationId: row.a.id, state, note: note || null, actorUserId: actor.userId });
		await recordAudit(tx, { action: 'application.update', entityType: 'application', entityId: row.a.id, ...auditedBy(actor), data: { state } });
	});
	// The applicant hears of every change by SMS, in their language, after it is saved.
	if (row.phone)
		await enqueueMessage(db, {
			channel: 'sms',
			address: row.phone,
			body: applicationSmsText(row.title, state, row.locale),
			purpose: 'application',
			locale: row.locale ?? 'ky',
			userId: row.a.userId
		});
	return { ok: true, data: { id: row.a.id } };
}

export const nextStates = (state: ApplicationState) => NEXT[state];

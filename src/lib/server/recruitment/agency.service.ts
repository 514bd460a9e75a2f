import { and, asc, desc, eq, getTableColumns, gte, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { can, requireAccess, scopeFilter, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { normalisePhone } from '../auth/phone';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { enqueueMessage } from '../channels/message.service';
import { organisation } from '../org/org.table';
import { normalise, queryTokens } from '../portal/normalise';
import { indexWords, similarWords } from '../portal/search';
import { country, currency } from '../reference/reference.table';
import { isoDate, isUuid, optionalText, requiredText, validate, type Validated } from '../validation';
import { addDays, addYear, statusOn, today, type LicenceStatus } from './licence-status';
import { agency, licence, licenceEvent, type LicenceEventKind } from './recruitment.table';
import { licenceReminderText } from './recruitment.texts';
import { agencyReviewSummary } from './review.service';

export const REMIND_DAYS = 30;

const text = requiredText;
const optional = optionalText;

/** A licence number as printed: letters, digits, dashes, slashes and dots. */
const licenceNumber = text(30).regex(/^[\p{L}\d][\p{L}\d\-/. ]{2,29}$/u, { error: 'error_licence_number' });
export const licenceKey = (number: string) => normalise(number).replace(/ /g, '');

const profileSchema = z.object({
	name: text(200),
	taxNumber: z
		.string({ error: 'error_required' })
		.trim()
		.regex(/^\d{14}$/, { error: 'error_tax_number' }),
	address: text(300),
	phone: optional(32),
	email: z
		.union([z.literal(''), z.email({ error: 'error_email' }).max(200)])
		.optional()
		.default(''),
	website: z
		.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'error_url' }).max(300)])
		.optional()
		.default(''),
	branches: optional(2000)
});

/** One branch per line: "City — address" (a dash, en dash or colon separates them). */
function parseBranches(value: string): { city: string; address: string }[] | null {
	const out: { city: string; address: string }[] = [];
	for (const line of value
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean)) {
		const match = line.match(/^(.+?)\s*[—–:-]\s*(.+)$/);
		if (!match) return null;
		out.push({ city: match[1].slice(0, 100), address: match[2].slice(0, 300) });
	}
	return out.length > 20 ? null : out;
}

/** What "is this agency licensed?" searches: the name in script-neutral form, tax and licence numbers. */
export const agencySearchText = (name: string, taxNumber: string, licenceNumbers: string[]) =>
	[normalise(name), taxNumber, ...licenceNumbers.map(licenceKey)].join(' ');

async function refreshSearchText(tx: Tx, agencyId: string): Promise<void> {
	const [a] = await tx.select().from(agency).where(eq(agency.organisationId, agencyId));
	const numbers = await tx.select({ number: licence.number }).from(licence).where(eq(licence.agencyId, agencyId));
	const searchText = agencySearchText(
		a.name,
		a.taxNumber,
		numbers.map((n) => n.number)
	);
	await tx.update(agency).set({ searchText }).where(eq(agency.organisationId, agencyId));
	await indexWords(tx, [searchText]);
}

type ProfileInput = z.output<typeof profileSchema>;

function checkProfile(input: unknown): Validated<ProfileInput & { phoneE164: string | null; branchList: { city: string; address: string }[] }> {
	const parsed = validate(profileSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const phoneE164 = v.phone ? normalisePhone(v.phone) : null;
	if (v.phone && !phoneE164) return { ok: false, errors: { phone: 'error_phone_invalid' } };
	const branchList = parseBranches(v.branches);
	if (!branchList) return { ok: false, errors: { branches: 'error_branches' } };
	return { ok: true, data: { ...v, phoneE164, branchList } };
}

/** A licensing officer registers an agency (an organisation of kind 'agency' with its register facts). */
export async function registerAgency(db: Db, actor: Actor, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'agency.register');
	const checked = checkProfile(input);
	if (!checked.ok) return checked;
	const v = checked.data;
	const [taken] = await db.select({ id: agency.organisationId }).from(agency).where(eq(agency.taxNumber, v.taxNumber));
	if (taken) return { ok: false, errors: { taxNumber: 'error_tax_number_taken' } };
	const id = await db.transaction(async (tx) => {
		const [org] = await tx
			.insert(organisation)
			.values({ slug: `agency-${v.taxNumber}`, kind: 'agency', name: { ky: v.name, ru: v.name, en: v.name }, countryIso2: 'KG' })
			.returning({ id: organisation.id });
		await tx.insert(agency).values({
			organisationId: org.id,
			taxNumber: v.taxNumber,
			name: v.name,
			address: v.address,
			phone: v.phoneE164,
			email: v.email || null,
			website: v.website || null,
			branches: v.branchList,
			searchText: agencySearchText(v.name, v.taxNumber, [])
		});
		await indexWords(tx, [agencySearchText(v.name, v.taxNumber, [])]);
		await recordAudit(tx, { action: 'agency.register', entityType: 'agency', entityId: org.id, ...auditedBy(actor), data: { taxNumber: v.taxNumber } });
		return org.id;
	});
	return { ok: true, data: { id } };
}

/**
 * Changes an agency's profile. Licensing officers change everything; the agency itself keeps its
 * contacts, address and branches (its registered name and tax number change through the ministry).
 */
export async function updateAgency(db: Db, actor: Actor, agencyId: string, input: Record<string, string>): Promise<Validated<{ id: string }>> {
	const current = await loadAgency(db, agencyId);
	requireAccess(actor, 'agency.update', { organisationId: current.organisationId });
	const checked = checkProfile(can(actor, 'agency.register') ? input : { ...input, name: current.name, taxNumber: current.taxNumber });
	if (!checked.ok) return checked;
	const v = checked.data;
	if (v.taxNumber !== current.taxNumber) {
		const [taken] = await db.select({ id: agency.organisationId }).from(agency).where(eq(agency.taxNumber, v.taxNumber));
		if (taken) return { ok: false, errors: { taxNumber: 'error_tax_number_taken' } };
	}
	await db.transaction(async (tx) => {
		await tx
			.update(agency)
			.set({
				name: v.name,
				taxNumber: v.taxNumber,
				address: v.address,
				phone: v.phoneE164,
				email: v.email || null,
				website: v.website || null,
				branches: v.branchList,
				updatedAt: new Date()
			})
			.where(eq(agency.organisationId, agencyId));
		if (v.name !== current.name)
			await tx
				.update(organisation)
				.set({ name: { ky: v.name, ru: v.name, en: v.name } })
				.where(eq(organisation.id, agencyId));
		await refreshSearchText(tx, agencyId);
		await recordAudit(tx, { action: 'agency.update', entityType: 'agency', entityId: agencyId, ...auditedBy(actor) });
	});
	return { ok: true, data: { id: agencyId } };
}

async function loadAgency(db: Db | Tx, agencyId: string) {
	if (!isUuid(agencyId)) throw new AppError('not_found', 'agency');
	const [row] = await db.select().from(agency).where(eq(agency.organisationId, agencyId));
	if (!row) throw new AppError('not_found', 'agency');
	return row;
}

/** Licences of an agency, newest first; the first one is the current licence. */
async function licencesOf(db: Db | Tx, agencyIds: string[]) {
	if (!agencyIds.length) return [];
	return db.select().from(licence).where(inArray(licence.agencyId, agencyIds)).orderBy(desc(licence.issuedOn), desc(licence.createdAt));
}

/** An agency with its licences, their history and the current status (staff view). */
export async function agencyDetail(db: Db, actor: Actor, agencyId: string) {
	const row = await loadAgency(db, agencyId);
	requireAccess(actor, 'agency.read', { organisationId: row.organisationId });
	return { agency: row, ...(await licenceHistory(db, row.organisationId)) };
}

async function licenceHistory(db: Db, agencyId: string) {
	const licences = await licencesOf(db, [agencyId]);
	const events = licences.length
		? await db
				.select()
				.from(licenceEvent)
				.where(
					inArray(
						licenceEvent.licenceId,
						licences.map((l) => l.id)
					)
				)
				.orderBy(desc(licenceEvent.at))
		: [];
	const current = licences[0] ?? null;
	return { licences, events, current, status: statusOn(current) };
}

const issueSchema = z.object({
	number: licenceNumber,
	issuedOn: isoDate.refine((v) => v <= today(), { error: 'error_date_future' }),
	countries: z
		.array(z.string().regex(/^[A-Z]{2}$/, { error: 'error_country' }), { error: 'error_choose_countries' })
		.min(1, { error: 'error_choose_countries' })
		.max(60, { error: 'error_too_many' }),
	depositAmount: z
		.string({ error: 'error_required' })
		.trim()
		.regex(/^\d{1,12}([.,]\d{1,2})?$/, { error: 'error_amount' })
		.transform((v) => v.replace(',', '.')),
	depositCurrency: z.string({ error: 'error_choose_one' }).regex(/^[A-Z]{3}$/, { error: 'error_choose_one' })
});

/** Issues a licence valid for one year from its issue date. An agency holds one live licence at a time. */
export async function issueLicence(db: Db, actor: Actor, agencyId: string, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'licence.manage');
	const a = await loadAgency(db, agencyId);
	const parsed = validate(issueSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const known = await db.select({ iso2: country.iso2 }).from(country).where(inArray(country.iso2, v.countries));
	if (known.length !== new Set(v.countries).size) return { ok: false, errors: { countries: 'error_country' } };
	const [cur] = await db.select({ code: currency.code }).from(currency).where(eq(currency.code, v.depositCurrency));
	if (!cur) return { ok: false, errors: { depositCurrency: 'error_choose_one' } };
	const [existing] = await licencesOf(db, [a.organisationId]);
	const live = statusOn(existing).status;
	if (live === 'valid' || live === 'suspended') return { ok: false, errors: { form: 'error_licence_live' } };
	const key = licenceKey(v.number);
	const [dup] = await db.select({ id: licence.id }).from(licence).where(eq(licence.numberKey, key));
	if (dup) return { ok: false, errors: { number: 'error_licence_number_taken' } };
	const expiresOn = addYear(v.issuedOn);
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(licence)
			.values({
				agencyId: a.organisationId,
				number: v.number,
				numberKey: key,
				issuedOn: v.issuedOn,
				expiresOn,
				countries: [...new Set(v.countries)].sort(),
				depositAmount: v.depositAmount,
				depositCurrency: v.depositCurrency
			})
			.returning({ id: licence.id });
		await tx.insert(licenceEvent).values({ licenceId: row.id, kind: 'issued', untilDate: expiresOn, actorUserId: actor.userId });
		await refreshSearchText(tx, a.organisationId);
		await recordAudit(tx, {
			action: 'licence.issue',
			entityType: 'licence',
			entityId: row.id,
			...auditedBy(actor),
			data: { number: v.number, expiresOn, countries: v.countries }
		});
		return row.id;
	});
	return { ok: true, data: { id } };
}

const reasonSchema = z.object({ reason: text(1000) });
const suspendSchema = z.object({
	reason: text(1000),
	until: isoDate.refine((v) => v > today(), { error: 'error_date_past' }).refine((v) => v <= addYear(today()), { error: 'error_suspension_long' })
});

type Change = 'renew' | 'suspend' | 'reinstate' | 'revoke';

/**
 * The licence state machine. Allowed: renew a valid or expired licence; suspend a valid one;
 * reinstate a suspended one; revoke a valid or suspended one. Revocation is final: a new
 * licence must be issued. Anything else is refused with a message that says why.
 */
const ALLOWED: Record<Change, LicenceStatus[]> = {
	renew: ['valid', 'expired'],
	suspend: ['valid'],
	reinstate: ['suspended'],
	revoke: ['valid', 'suspended']
};
const REFUSAL: Record<Change, string> = {
	renew: 'error_cannot_renew',
	suspend: 'error_cannot_suspend',
	reinstate: 'error_cannot_reinstate',
	revoke: 'error_cannot_revoke'
};

export async function changeLicence(db: Db, actor: Actor, licenceId: string, change: Change, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'licence.manage');
	if (!isUuid(licenceId)) throw new AppError('not_found', 'licence');
	const [row] = await db.select().from(licence).where(eq(licence.id, licenceId));
	if (!row) throw new AppError('not_found', 'licence');
	const [newest] = await licencesOf(db, [row.agencyId]);
	const status = statusOn(row).status;
	if (newest.id !== row.id || !ALLOWED[change].includes(status)) {
		throw new AppError('invalid_transition', `${change} from ${status}`, { userMessage: REFUSAL[change] });
	}
	let set: Partial<typeof licence.$inferInsert>;
	let event: { kind: LicenceEventKind; reason?: string; untilDate?: string };
	if (change === 'renew') {
		const from = row.expiresOn >= today() ? row.expiresOn : today();
		const expiresOn = addYear(from);
		set = { expiresOn, state: 'active', suspendedUntil: null, stateReason: null };
		event = { kind: 'renewed', untilDate: expiresOn };
	} else if (change === 'suspend') {
		const parsed = validate(suspendSchema, input);
		if (!parsed.ok) return parsed;
		set = { state: 'suspended', suspendedUntil: parsed.data.until, stateReason: parsed.data.reason };
		event = { kind: 'suspended', reason: parsed.data.reason, untilDate: parsed.data.until };
	} else {
		const parsed = validate(reasonSchema, input);
		if (!parsed.ok) return parsed;
		set =
			change === 'revoke'
				? { state: 'revoked', suspendedUntil: null, stateReason: parsed.data.reason }
				: { state: 'active', suspendedUntil: null, stateReason: null };
		event = { kind: change === 'revoke' ? 'revoked' : 'reinstated', reason: parsed.data.reason };
	}
	await db.transaction(async (tx) => {
		await tx
			.update(licence)
			.set({ ...set, updatedAt: new Date() })
			.where(eq(licence.id, row.id));
		await tx.insert(licenceEvent).values({ licenceId: row.id, actorUserId: actor.userId, ...event });
		await recordAudit(tx, {
			action: `licence.${change}`,
			entityType: 'licence',
			entityId: row.id,
			...auditedBy(actor),
			data: { reason: event.reason, until: event.untilDate }
		});
	});
	return { ok: true, data: { id: row.id } };
}

/** The register for staff: every agency with its current licence status; optional search. */
export async function agencyRegister(db: Db, actor: Actor, q = '') {
	const scope = scopeFilter(actor, 'agency.read');
	const own = 'organisationId' in scope ? eq(agency.organisationId, scope.organisationId) : 'all' in scope ? undefined : sql`false`;
	const rows = q.trim() ? await searchAgencyRows(db, q, 200, own) : await agencyWithSlug(db).where(own).orderBy(asc(agency.name)).limit(500);
	return withStatus(db, rows);
}

async function withStatus<T extends { organisationId: string }>(db: Db, rows: T[]) {
	const licences = await licencesOf(
		db,
		rows.map((r) => r.organisationId)
	);
	const currentOf = new Map<string, (typeof licences)[number]>();
	for (const l of licences) if (!currentOf.has(l.agencyId)) currentOf.set(l.agencyId, l);
	return rows.map((r) => {
		const current = currentOf.get(r.organisationId) ?? null;
		return { ...r, current, ...statusOn(current) };
	});
}

/** Licences that are live and expire within the next 30 days, soonest first. */
export async function expiringLicences(db: Db, actor: Actor, days = REMIND_DAYS) {
	requireAccess(actor, 'licence.manage');
	return db
		.select({ licence, agencyName: agency.name })
		.from(licence)
		.innerJoin(agency, eq(agency.organisationId, licence.agencyId))
		.where(and(ne(licence.state, 'revoked'), gte(licence.expiresOn, today()), lte(licence.expiresOn, addDays(today(), days))))
		.orderBy(asc(licence.expiresOn));
}

/**
 * Job (or a licensing officer, who is then audited): tells each agency whose licence expires within 30 days, once per licence term, by email
 * and SMS (when the register has them). Returns how many agencies were reminded.
 */
export async function sendExpiryReminders(db: Db, actor?: Actor): Promise<number> {
	const due = await db
		.select({ licence, agency })
		.from(licence)
		.innerJoin(agency, eq(agency.organisationId, licence.agencyId))
		.where(
			and(
				ne(licence.state, 'revoked'),
				gte(licence.expiresOn, today()),
				lte(licence.expiresOn, addDays(today(), REMIND_DAYS)),
				or(isNull(licence.remindedFor), ne(licence.remindedFor, licence.expiresOn))
			)
		);
	for (const { licence: l, agency: a } of due) {
		const message = licenceReminderText(l.number, l.expiresOn);
		if (a.email) await enqueueMessage(db, { channel: 'email', address: a.email, subject: message.subject, body: message.text, purpose: 'licence' });
		if (a.phone) await enqueueMessage(db, { channel: 'sms', address: a.phone, body: message.sms, purpose: 'licence' });
		await db.transaction(async (tx) => {
			await tx.update(licence).set({ remindedFor: l.expiresOn }).where(eq(licence.id, l.id));
			await recordAudit(tx, {
				action: 'licence.remind',
				entityType: 'licence',
				entityId: l.id,
				...(actor ? auditedBy(actor) : {}),
				data: { expiresOn: l.expiresOn, email: !!a.email, sms: !!a.phone }
			});
		});
	}
	return due.length;
}

// ─── Public: "Is this agency licensed?" ─────────────────────────────────────

/** Agency rows with their public slug. */
const agencyWithSlug = (db: Db | Tx) =>
	db
		.select({ ...getTableColumns(agency), slug: organisation.slug })
		.from(agency)
		.innerJoin(organisation, eq(organisation.id, agency.organisationId));

async function searchAgencyRows(db: Db, q: string, limit: number, within?: SQL) {
	const key = licenceKey(q);
	const tokens = queryTokens(q);
	if (!tokens.length && key.length < 3) return [];
	// A licence or tax number typed in full answers with that agency alone.
	if (key.length >= 5 && /\d/.test(key)) {
		const exact = await agencyWithSlug(db)
			.where(and(or(eq(agency.taxNumber, q.trim()), sql`${agency.searchText} like ${`%${key}%`}`), within))
			.orderBy(asc(agency.name))
			.limit(limit);
		if (exact.length) return exact;
	}
	if (!tokens.length) return [];
	const found = await agencyWithSlug(db)
		.where(and(...tokens.map((t) => sql`${agency.searchText} like ${`%${t}%`}`), within))
		.orderBy(sql`similarity(${agency.searchText}, ${tokens.join(' ')}) desc`, asc(agency.name))
		.limit(limit);
	if (found.length) return found;
	// Nothing matched every word: each word may also be a known word that looks like it (typos),
	// found by trigram KNN on the shared vocabulary; every word must still match.
	const alternatives = await similarWords(db, tokens);
	if (alternatives.every((words) => words.length === 1)) return [];
	return agencyWithSlug(db)
		.where(and(...alternatives.map((words) => or(...words.map((w) => sql`${agency.searchText} like ${`%${w}%`}`))), within))
		.orderBy(sql`similarity(${agency.searchText}, ${tokens.join(' ')}) desc`, asc(agency.name))
		.limit(limit);
}

type AgencyRow = Awaited<ReturnType<typeof searchAgencyRows>>[number];

function toPublic(r: AgencyRow, current: typeof licence.$inferSelect | null) {
	const { status, until } = statusOn(current);
	return {
		slug: r.slug,
		name: r.name,
		taxNumber: r.taxNumber,
		address: r.address,
		phone: r.phone,
		website: r.website,
		branches: r.branches,
		status,
		until,
		licenceNumber: current?.number ?? null,
		countries: status === 'valid' || status === 'suspended' ? (current?.countries ?? []) : []
	};
}
export type PublicAgency = ReturnType<typeof toPublic>;

/** Public agency search by name (any script), licence number or tax number. */
export async function findAgencies(db: Db, q: string, limit = 20): Promise<PublicAgency[]> {
	const rows = await withStatus(db, await searchAgencyRows(db, q.slice(0, 200), limit));
	return rows.map((r) => toPublic(r, r.current));
}

/** One agency for the public page and API, by its slug or a licence number. */
export async function publicAgency(db: Db, key: string) {
	const trimmed = key.trim().slice(0, 60);
	let [row] = await agencyWithSlug(db).where(eq(organisation.slug, trimmed.toLowerCase()));
	if (!row) {
		[row] = await agencyWithSlug(db)
			.innerJoin(licence, eq(licence.agencyId, agency.organisationId))
			.where(eq(licence.numberKey, licenceKey(trimmed)));
	}
	if (!row) return null;
	const [history, reviews] = await Promise.all([licenceHistory(db, row.organisationId), agencyReviewSummary(db, row.organisationId)]);
	return {
		...toPublic(row, history.current),
		reviews,
		licences: history.licences.map((l) => ({
			number: l.number,
			issuedOn: l.issuedOn,
			expiresOn: l.expiresOn,
			countries: l.countries,
			status: statusOn(l).status
		})),
		events: history.events.map((e) => ({
			licenceNumber: history.licences.find((l) => l.id === e.licenceId)?.number ?? '',
			kind: e.kind,
			at: e.at,
			until: e.untilDate,
			reason: e.kind === 'suspended' || e.kind === 'revoked' ? e.reason : null
		}))
	};
}

/**
 * The sanction in force on an agency's licence today (suspended or revoked), with the day it was
 * imposed (Bishkek date of its licence event) and, for a suspension, the day it ends; null otherwise.
 */
export async function licenceSanction(db: Db, agencyId: string) {
	const [current] = await licencesOf(db, [agencyId]);
	const { status, until } = statusOn(current ?? null);
	if (!current || (status !== 'suspended' && status !== 'revoked')) return null;
	const [event] = await db
		.select({ at: licenceEvent.at })
		.from(licenceEvent)
		.where(and(eq(licenceEvent.licenceId, current.id), eq(licenceEvent.kind, status)))
		.orderBy(desc(licenceEvent.at))
		.limit(1);
	return { status, since: today(event?.at ?? current.updatedAt), until: status === 'suspended' ? until : null, licenceNumber: current.number };
}

/** Current licence status of agencies by organisation id (for vacancies and the contract check). */
export async function licenceStatusOf(db: Db, agencyIds: string[]) {
	const rows = await withStatus(
		db,
		agencyIds.map((organisationId) => ({ organisationId }))
	);
	return new Map(
		rows.map((r) => [r.organisationId, { status: r.status, until: r.until, countries: r.current?.countries ?? [], number: r.current?.number ?? null }])
	);
}

/**
 * The contract check's register flag: the agency named (or its licence number) must hold a licence
 * valid today for the destination country.
 */
export async function agencyFlag(db: Db, name: string, countryIso2: string) {
	if (!name.trim()) return null;
	const [found] = await findAgencies(db, name, 1);
	if (!found || found.status !== 'valid') return { code: 'unlicensed_agency' as const, data: { name } };
	if (!found.countries.includes(countryIso2)) return { code: 'agency_country' as const, data: { name: found.name } };
	return null;
}

import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { MESSAGE_DAYS } from '../privacy/retention.rules';
import { z } from 'zod';
import { LOCALES, type Locale, type Translated } from '#lib/i18n';
import { m } from '#lib/paraglide/messages.js';
import { requireAccess, requireRecentAuth, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import { normalisePhone } from '../auth/phone';
import { batchCounts, cancelBatch, smsParts, wakeDispatchers, type Channel } from '../channels';
import { config } from '../config';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { organisation } from '../org/org.table';
import { programme } from '../programmes/programmes.table';
import { PROGRAMME_STAGES } from '#lib/programmes';
import { country, region } from '../reference/reference.table';
import { validate, type FieldErrors, type Validated } from '../validation';
import { alert, alertRecipient, AUDIENCE_STATUSES, type AlertFilters, type AlertStatus } from './alerts.table';
import { audienceWhere, COHORT_RE, cohortSql, cohortsOf, firstContact, hasAnyFilter, normaliseCity, PERSON_SQL, personFiltered } from './audience';
import { checkTemplate, fill, MAX_BODY, MAX_TITLE, tokenOf, TOKEN_SQL } from './template';

/** Organisations that send alerts: the ministry and employment centre anywhere, a mission in its own country. */
const SENDING_KINDS = ['ministry', 'employment_centre', 'consulate'] as const;
/** Seconds to wait for delivery before the person's next channel gets the alert. */
export const FALLBACK_SECONDS = Number(process.env.SAPAR_ALERT_FALLBACK_SECONDS ?? 600);
export const MAX_LIST_PHONES = 50_000;

// ─── Drafting ────────────────────────────────────────────────────────────────

const list = <T extends z.ZodType<string, string>>(max: number, item: T) =>
	z
		.union([z.string(), z.array(z.string())])
		.optional()
		.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean))
		.pipe(z.array(item).max(max, { error: 'error_too_long' }));

const draftSchema = z.object({
	title_ky: z
		.string()
		.max(MAX_TITLE * 4)
		.optional()
		.default(''),
	title_ru: z
		.string()
		.max(MAX_TITLE * 4)
		.optional()
		.default(''),
	title_en: z
		.string()
		.max(MAX_TITLE * 4)
		.optional()
		.default(''),
	body_ky: z
		.string()
		.max(MAX_BODY * 4)
		.optional()
		.default(''),
	body_ru: z
		.string()
		.max(MAX_BODY * 4)
		.optional()
		.default(''),
	body_en: z
		.string()
		.max(MAX_BODY * 4)
		.optional()
		.default(''),
	countries: list(
		50,
		z
			.string()
			.regex(/^[A-Za-z]{2}$/, { error: 'error_country' })
			.transform((v) => v.toUpperCase())
	),
	/** One city per line or separated by commas. */
	cities: z
		.string()
		.max(4000, { error: 'error_too_long' })
		.optional()
		.default('')
		.transform((v) =>
			v
				.split(/[\n,;]+/)
				.map((s) => s.trim())
				.filter(Boolean)
		)
		.pipe(z.array(z.string().max(120, { error: 'error_too_long' })).max(50, { error: 'error_too_long' })),
	regions: list(20, z.string().regex(/^KG-[A-Z]{1,2}$/, { error: 'error_invalid' })),
	languages: list(3, z.enum(LOCALES, { error: 'error_invalid' })),
	statuses: list(3, z.enum(AUDIENCE_STATUSES, { error: 'error_invalid' })),
	missionIds: list(50, z.uuid({ error: 'error_invalid' })),
	cohorts: list(20, z.string().regex(COHORT_RE, { error: 'error_invalid' })),
	/** Phones, one per line (a consulate's own list). */
	phones: z.string().max(1_000_000, { error: 'error_too_long' }).optional().default(''),
	listLocale: z.enum(LOCALES, { error: 'error_invalid' }).optional().default('ky'),
	urgent: z.union([z.literal('on'), z.literal('yes'), z.literal(''), z.boolean()]).optional(),
	public: z.union([z.literal('on'), z.literal('yes'), z.literal(''), z.boolean()]).optional(),
	asksAnswer: z.union([z.literal('on'), z.literal('yes'), z.literal(''), z.boolean()]).optional(),
	/** Local time in Bishkek (UTC+6), as a datetime-local field gives it; empty = when approved. */
	scheduledAt: z
		.string()
		.optional()
		.default('')
		.refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v), { error: 'error_invalid' })
});

const on = (v: unknown) => v === true || v === 'on' || v === 'yes';
const BISHKEK_OFFSET = '+06:00';

export interface DraftValues {
	title: Translated;
	body: Translated;
	filters: AlertFilters;
	listPhones: string[];
	listLocale: Locale;
	urgent: boolean;
	public: boolean;
	asksAnswer: boolean;
	scheduledAt: Date | null;
}

async function parseDraft(db: Tx, org: { kind: string; countryIso2: string }, input: unknown): Promise<Validated<DraftValues>> {
	const parsed = validate(draftSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	const errors: FieldErrors = {};
	const title: Translated = { ky: v.title_ky.trim(), ru: v.title_ru.trim(), en: v.title_en.trim() };
	const body: Translated = {
		ky: v.body_ky.replace(/\r\n/g, '\n').trim(),
		ru: v.body_ru.replace(/\r\n/g, '\n').trim(),
		en: v.body_en.replace(/\r\n/g, '\n').trim()
	};
	Object.assign(errors, checkTemplate(title, body));

	const filters: AlertFilters = {
		countries: [...new Set(v.countries)],
		cities: [...new Set(v.cities)],
		regions: [...new Set(v.regions)],
		languages: [...new Set(v.languages)],
		statuses: [...new Set(v.statuses)],
		missionIds: [...new Set(v.missionIds)],
		cohorts: [...new Set(v.cohorts)]
	};
	if (filters.cohorts?.length) {
		// A cohort is people in Kyrgyzstan preparing for a programme: it narrows by language and region only.
		if (org.kind === 'consulate' || filters.countries.length || filters.cities.length || filters.statuses.length || filters.missionIds.length)
			errors.cohorts = 'error_alert_cohort_combine';
		const pairs = filters.cohorts.map((c) => c.match(COHORT_RE)!);
		const known = await db
			.select({ id: programme.id })
			.from(programme)
			.where(inArray(programme.id, [...new Set(pairs.map((p) => p[1]))]));
		if (known.length !== new Set(pairs.map((p) => p[1])).size || pairs.some((p) => !(PROGRAMME_STAGES as readonly string[]).includes(p[2])))
			errors.cohorts ??= 'error_invalid';
	}
	if (filters.countries.length) {
		const known = await db.select({ iso2: country.iso2 }).from(country).where(inArray(country.iso2, filters.countries));
		if (known.length !== filters.countries.length) errors.countries = 'error_country';
	}
	if (filters.regions.length) {
		const known = await db.select({ code: region.code }).from(region).where(inArray(region.code, filters.regions));
		if (known.length !== filters.regions.length) errors.regions = 'error_invalid';
	}
	if (filters.missionIds.length) {
		const known = await db
			.select({ id: organisation.id, countryIso2: organisation.countryIso2 })
			.from(organisation)
			.where(and(inArray(organisation.id, filters.missionIds), eq(organisation.kind, 'consulate')));
		if (known.length !== filters.missionIds.length || (org.kind === 'consulate' && known.some((k) => k.countryIso2 !== org.countryIso2)))
			errors.missionIds = 'error_invalid';
	}

	const listPhones: string[] = [];
	const bad: number[] = [];
	v.phones
		.split(/[\n,;]+/)
		.map((s) => s.trim().replace(/^"|"$/g, ''))
		.filter(Boolean)
		.forEach((raw, i) => {
			const phone = normalisePhone(raw);
			if (phone) listPhones.push(phone);
			else bad.push(i + 1);
		});
	if (bad.length) errors.phones = 'error_alert_phones';
	// A mission reaches people in its own country only: every filtered audience is kept to it (a
	// list of its own alone goes to that list).
	if (org.kind === 'consulate') {
		if (filters.countries.some((c) => c !== org.countryIso2)) errors.countries = 'error_alert_own_country';
		if (hasAnyFilter(filters) || listPhones.length === 0) filters.countries = [org.countryIso2];
	}
	if (listPhones.length > MAX_LIST_PHONES) errors.phones = 'error_too_long';
	if (!hasAnyFilter(filters) && listPhones.length === 0) errors.countries ??= 'error_alert_no_audience';
	const scheduledAt = v.scheduledAt ? new Date(`${v.scheduledAt.length === 16 ? `${v.scheduledAt}:00` : v.scheduledAt}${BISHKEK_OFFSET}`) : null;
	if (scheduledAt && Number.isNaN(scheduledAt.getTime())) errors.scheduledAt = 'error_invalid';
	if (Object.keys(errors).length) return { ok: false, errors };
	return {
		ok: true,
		data: {
			title,
			body,
			filters,
			listPhones: [...new Set(listPhones)],
			listLocale: v.listLocale,
			urgent: on(v.urgent),
			public: on(v.public),
			asksAnswer: on(v.asksAnswer),
			scheduledAt
		}
	};
}

async function senderOrg(db: Tx, actor: Actor) {
	if (!actor.organisationId) throw new AppError('forbidden', 'no organisation');
	const [org] = await db.select().from(organisation).where(eq(organisation.id, actor.organisationId));
	if (!org || !(SENDING_KINDS as readonly string[]).includes(org.kind)) throw new AppError('forbidden', 'organisation does not send alerts');
	return org;
}

/** A draft's columns as stored (the same for a new alert and a changed one). */
function stored(d: DraftValues, org: { kind: string; countryIso2: string }) {
	return {
		title: d.title,
		body: d.body,
		filters: d.filters,
		listPhones: d.listPhones.length ? d.listPhones : null,
		listLocale: d.listLocale,
		// Answers from list people are routed to this country: the one chosen, or the mission's own.
		listCountryIso2: d.filters.countries.length === 1 ? d.filters.countries[0] : org.kind === 'consulate' ? org.countryIso2 : null,
		urgent: d.urgent,
		public: d.public,
		asksAnswer: d.asksAnswer,
		scheduledAt: d.scheduledAt
	};
}

/** An officer drafts an alert for their organisation. */
export async function createAlert(db: Db, actor: Actor, input: unknown): Promise<Validated<{ id: string }>> {
	requireAccess(actor, 'alert.draft', { organisationId: actor.organisationId });
	const org = await senderOrg(db, actor);
	const parsed = await parseDraft(db, org, input);
	if (!parsed.ok) return parsed;
	const d = parsed.data;
	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(alert)
			.values({
				organisationId: org.id,
				...stored(d, org),
				createdBy: actor.userId
			})
			.returning({ id: alert.id });
		await recordAudit(tx, {
			action: 'alert.create',
			entityType: 'alert',
			entityId: row.id,
			...auditedBy(actor),
			data: { filters: d.filters, listSize: d.listPhones.length, urgent: d.urgent }
		});
		return row.id;
	});
	return { ok: true, data: { id } };
}

/** The author (or a colleague) changes a draft; approval starts again from the new text. */
export async function updateAlert(db: Db, actor: Actor, id: string, input: unknown): Promise<Validated<{ id: string }>> {
	const row = await loadOwn(db, actor, id, 'alert.draft');
	if (row.status !== 'draft') throw new AppError('invalid_transition', 'only drafts change', { userMessage: 'error_alert_not_draft' });
	const org = await senderOrg(db, actor);
	const parsed = await parseDraft(db, org, input);
	if (!parsed.ok) return parsed;
	const d = parsed.data;
	await db.transaction(async (tx) => {
		await tx
			.update(alert)
			.set({
				...stored(d, org),
				updatedAt: new Date()
			})
			.where(and(eq(alert.id, id), eq(alert.status, 'draft')));
		await recordAudit(tx, {
			action: 'alert.update',
			entityType: 'alert',
			entityId: id,
			...auditedBy(actor),
			data: { filters: d.filters, listSize: d.listPhones.length }
		});
	});
	return { ok: true, data: { id } };
}

/** The form's values for a stored alert (editing a draft). */
export function draftValues(row: typeof alert.$inferSelect): Record<string, string | string[]> {
	const local = row.scheduledAt ? new Date(row.scheduledAt.getTime() + 6 * 3600_000).toISOString().slice(0, 16) : '';
	return {
		title_ky: row.title.ky ?? '',
		title_ru: row.title.ru ?? '',
		title_en: row.title.en ?? '',
		body_ky: row.body.ky ?? '',
		body_ru: row.body.ru ?? '',
		body_en: row.body.en ?? '',
		countries: row.filters.countries,
		cities: row.filters.cities.join('\n'),
		regions: row.filters.regions,
		languages: row.filters.languages,
		statuses: row.filters.statuses,
		missionIds: row.filters.missionIds,
		cohorts: cohortsOf(row.filters),
		phones: (row.listPhones ?? []).join('\n'),
		listLocale: row.listLocale,
		urgent: row.urgent ? 'on' : '',
		public: row.public ? 'on' : '',
		asksAnswer: row.asksAnswer ? 'on' : '',
		scheduledAt: local
	};
}

// ─── Who may see an alert ────────────────────────────────────────────────────

/** The alert when the actor's organisation sent it (for acting on it). */
async function loadOwn(db: Tx, actor: Actor, id: string, permission: 'alert.draft' | 'alert.approve' | 'alert.read') {
	requireAccess(actor, permission);
	if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('not_found', 'alert');
	const [row] = await db.select().from(alert).where(eq(alert.id, id));
	if (!row) throw new AppError('not_found', 'alert');
	requireAccess(actor, permission, { organisationId: row.organisationId });
	return row;
}

/**
 * The alert when the actor may read it: the sending organisation, or consular staff of a mission in
 * a country the alert is about (they hold the roster for their evacuation lists).
 */
export async function loadReadable(db: Tx, actor: Actor, id: string) {
	requireAccess(actor, 'alert.read');
	if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('not_found', 'alert');
	const [row] = await db.select().from(alert).where(eq(alert.id, id));
	if (!row) throw new AppError('not_found', 'alert');
	if (row.organisationId === actor.organisationId) return { row, own: true };
	const mine = actor.organisationId ? await db.select().from(organisation).where(eq(organisation.id, actor.organisationId)) : [];
	const mission = mine[0]?.kind === 'consulate' ? mine[0] : null;
	if (
		mission &&
		(row.filters.countries.includes(mission.countryIso2) || row.listCountryIso2 === mission.countryIso2 || row.filters.missionIds.includes(mission.id))
	) {
		return { row, own: false };
	}
	throw new AppError('not_found', 'alert outside scope');
}

/** The organisation's alerts (and, for a mission, those about its country), newest first. */
export async function listAlerts(db: Db, actor: Actor, limit = 100) {
	requireAccess(actor, 'alert.read');
	const [mine] = actor.organisationId ? await db.select().from(organisation).where(eq(organisation.id, actor.organisationId)) : [];
	if (!mine) return [];
	const aboutMyCountry =
		mine.kind === 'consulate' ? or(sql`${alert.filters}->'countries' ? ${mine.countryIso2}`, eq(alert.listCountryIso2, mine.countryIso2)) : undefined;
	const rows = await db
		.select({
			id: alert.id,
			title: alert.title,
			status: alert.status,
			urgent: alert.urgent,
			createdAt: alert.createdAt,
			sentAt: alert.sentAt,
			scheduledAt: alert.scheduledAt,
			organisationId: alert.organisationId,
			recipients: sql<number>`(select count(*)::int from alert_recipient r where r.alert_id = ${alert.id})`,
			answered: sql<number>`(select count(*)::int from alert_recipient r where r.alert_id = ${alert.id} and r.answer is not null)`
		})
		.from(alert)
		.where(aboutMyCountry ? or(eq(alert.organisationId, mine.id), aboutMyCountry) : eq(alert.organisationId, mine.id))
		.orderBy(desc(alert.createdAt))
		.limit(limit);
	return rows;
}

// ─── Before sending: counts, parts, cost, preview ────────────────────────────

const SAMPLE_CITY: Record<Locale, string> = { ky: 'Москва', ru: 'Москва', en: 'Moscow' };

/** The texts each channel carries for a language, with {city} and {link} still in them. */
export function channelTexts(row: Pick<typeof alert.$inferSelect, 'title' | 'body' | 'asksAnswer'>, locale: Locale) {
	const body = row.body[locale] ?? '';
	const hasLink = body.includes('{link}');
	const answer = row.asksAnswer ? m.alert_answer_sms({}, { locale }) + (hasLink ? '' : ' {link}') : '';
	return {
		sms: answer ? `${body}\n${answer}` : body,
		telegram: body,
		email: row.asksAnswer ? `${body}\n\n${m.alert_answer_email({}, { locale })}${hasLink ? '' : ' {link}'}` : body,
		subject: row.title[locale] ?? '',
		safe: m.alert_answer_safe({}, { locale }),
		help: m.alert_answer_help({}, { locale })
	};
}

/** SMS price per part (KGS) from SAPAR_SMS_PART_PRICE; null when the operator has not set it. */
export const smsPartPrice = () => {
	const v = Number(process.env.SAPAR_SMS_PART_PRICE);
	return Number.isFinite(v) && v > 0 ? v : null;
};

export interface AudienceSummary {
	rows: { channel: Channel | 'none'; locale: string; n: number }[];
	total: number;
	reachable: number;
	sms: { locale: Locale; encoding: string; parts: number; people: number; cost: number | null }[];
	preview: { locale: Locale; title: string; sms: string; telegram: string; email: string }[];
}

/** What sending would do: people by first channel and language, SMS parts and cost, the three texts. */
export async function audienceSummary(db: Db, actor: Actor, id: string): Promise<AudienceSummary> {
	const { row } = await loadReadable(db, actor, id);
	let rows: AudienceSummary['rows'];
	if (row.status === 'draft' || row.status === 'approved') {
		const { rows: found } = await db.execute<{ channel: Channel | null; locale: string; n: number }>(sql`
			with person as (${PERSON_SQL}),
			chosen as (select person.user_id, person.locale from person where ${audienceWhere(row.filters)} and ${personFiltered(row.filters)}),
			listed as (
				select u.id as user_id, coalesce(u.locale, ${row.listLocale}) as locale, l.phone
				from unnest(${sql.param(row.listPhones ?? [])}::text[]) as l(phone)
				left join auth_user u on u.phone_number = l.phone
				union all
				select c.user_id, c.locale, c.phone from (${cohortSql(row.filters)}) c
			),
			everyone as (
				select user_id, locale, null::text as phone from chosen
				union select null, locale, phone from listed where user_id is null
				union select l.user_id, l.locale, null from listed l where l.user_id is not null and not exists (select 1 from chosen c where c.user_id = l.user_id)
			)
			select coalesce(c.channel, case when e.user_id is null and not exists (select 1 from suppression s where s.channel = 'sms' and s.address = e.phone) then 'sms' end) as channel,
				e.locale, count(*)::int as n
			from everyone e
			left join (${firstContact(sql`select user_id from everyone where user_id is not null`)}) c on c.user_id = e.user_id
			group by 1, 2`);
		// People without an account (an uploaded list, a programme cohort) get SMS unless they said STOP.
		rows = found.map((r) => ({ channel: r.channel ?? 'none', locale: r.locale, n: r.n }));
	} else {
		const { rows: found } = await db.execute<{ channel: Channel | null; locale: string; n: number }>(sql`
			select m.channel, r.locale, count(*)::int as n from alert_recipient r
			left join lateral (select channel from message where ref_id = r.id order by created_at limit 1) m on true
			where r.alert_id = ${row.id} group by 1, 2`);
		rows = found.map((r) => ({ channel: r.channel ?? 'none', locale: r.locale, n: r.n }));
	}
	const merged = new Map<string, AudienceSummary['rows'][number]>();
	for (const r of rows) {
		const key = `${r.channel}/${r.locale}`;
		const had = merged.get(key);
		if (had) had.n += r.n;
		else merged.set(key, { ...r });
	}
	rows = [...merged.values()].sort((a, b) => a.channel.localeCompare(b.channel) || a.locale.localeCompare(b.locale));
	const total = rows.reduce((s, r) => s + r.n, 0);
	const price = smsPartPrice();
	const sample = (text: string, locale: Locale) =>
		fill(text, { city: row.filters.cities[0] ?? SAMPLE_CITY[locale], link: `${config.origin}/a/${tokenOf('00000000-0000-4000-8000-000000000000')}` });
	const sms = LOCALES.map((locale) => {
		const texts = channelTexts(row, locale);
		const { encoding, parts } = smsParts(sample(texts.sms, locale));
		const people = rows.filter((r) => r.channel === 'sms' && r.locale === locale).reduce((s, r) => s + r.n, 0);
		return { locale, encoding, parts, people, cost: price === null ? null : Math.round(parts * people * price * 100) / 100 };
	});
	const preview = LOCALES.map((locale) => {
		const t = channelTexts(row, locale);
		return { locale, title: t.subject, sms: sample(t.sms, locale), telegram: sample(t.telegram, locale), email: sample(t.email, locale) };
	});
	return { rows, total, reachable: total - rows.filter((r) => r.channel === 'none').reduce((s, r) => s + r.n, 0), sms, preview };
}

// ─── Approval, schedule, cancel ──────────────────────────────────────────────

/** Hook set by the jobs file: queue the send (now or at the scheduled time). */
type Scheduler = (alertId: string, at: Date | null) => Promise<void>;
const SCHEDULER = Symbol.for('sapar.alerts.scheduler');
const hooks = globalThis as Record<symbol, unknown>;
export function setAlertScheduler(s: Scheduler | null): void {
	hooks[SCHEDULER] = s;
}

/** A second officer approves: never the author; the alert goes out now or at its time. */
export async function approveAlert(db: Db, actor: Actor, id: string): Promise<void> {
	const row = await loadOwn(db, actor, id, 'alert.approve');
	if (row.status !== 'draft') throw new AppError('invalid_transition', 'not a draft', { userMessage: 'error_alert_not_draft' });
	if (row.createdBy === actor.userId) throw new AppError('forbidden', 'author approves', { userMessage: 'error_alert_own_approval' });
	const errors = checkTemplate(row.title, row.body);
	if (Object.keys(errors).length) throw new AppError('bad_request', 'incomplete template', { userMessage: 'error_alert_incomplete' });
	if ((await audienceSummary(db, actor, id)).reachable === 0)
		throw new AppError('bad_request', 'nobody to reach', { userMessage: 'error_alert_empty_audience' });
	await db.transaction(async (tx) => {
		const done = await tx
			.update(alert)
			.set({ status: 'approved', approvedBy: actor.userId, approvedAt: new Date(), updatedAt: new Date() })
			.where(and(eq(alert.id, id), eq(alert.status, 'draft')))
			.returning({ id: alert.id });
		if (!done.length) throw new AppError('conflict', 'changed meanwhile', { userMessage: 'error_alert_not_draft' });
		await recordAudit(tx, {
			action: 'alert.approve',
			entityType: 'alert',
			entityId: id,
			...auditedBy(actor),
			data: { author: row.createdBy, scheduledAt: row.scheduledAt?.toISOString() ?? null }
		});
	});
	const schedule = hooks[SCHEDULER] as Scheduler | undefined;
	if (schedule) await schedule(id, row.scheduledAt && row.scheduledAt > new Date() ? row.scheduledAt : null);
}

/** Calls an alert off: a draft or scheduled one never goes; a sending one stops what is not yet sent. */
export async function cancelAlert(db: Db, actor: Actor, id: string): Promise<{ stopped: number }> {
	const row = await loadOwn(db, actor, id, 'alert.approve');
	if (row.status === 'cancelled') throw new AppError('invalid_transition', 'already cancelled', { userMessage: 'error_alert_cancelled' });
	return db.transaction(async (tx) => {
		await tx.update(alert).set({ status: 'cancelled', cancelledBy: actor.userId, cancelledAt: new Date(), updatedAt: new Date() }).where(eq(alert.id, id));
		const stopped = await cancelBatch(tx, id);
		await recordAudit(tx, { action: 'alert.cancel', entityType: 'alert', entityId: id, ...auditedBy(actor), data: { from: row.status, stopped } });
		return { stopped };
	});
}

// ─── Sending (a job) ─────────────────────────────────────────────────────────

const caseLocale = (l: string) => sql.raw(`case ${l}`);

/**
 * Selects the audience and queues one message per person on their first reachable channel, all in
 * one transaction of set-based statements (docs/decisions/0020). Idempotent: recipients and messages
 * are unique per alert and person and per recipient and channel, so a retried or repeated job adds
 * nobody twice. Returns the number of recipients.
 */
export async function sendAlert(db: Db, id: string, now = new Date()): Promise<number> {
	const [row] = await db.select().from(alert).where(eq(alert.id, id));
	if (!row || !['approved', 'sending'].includes(row.status)) return 0;
	if (row.scheduledAt && row.scheduledAt > now) return 0;
	const texts = Object.fromEntries(LOCALES.map((l) => [l, channelTexts(row, l)])) as Record<Locale, ReturnType<typeof channelTexts>>;
	const pick = (field: keyof ReturnType<typeof channelTexts>) =>
		sql.join(
			[
				caseLocale('r.locale'),
				...LOCALES.filter((l) => l !== 'ky').map((l) => sql` when ${l} then ${texts[l][field]}::text`),
				sql` else ${texts.ky[field]}::text end`
			],
			sql``
		);
	const token = sql.raw(TOKEN_SQL('r.id'));
	const link = sql`${`${config.origin}/a/`}::text || ${token}`;
	const render = (field: 'sms' | 'telegram' | 'email') => sql`replace(replace(${pick(field)}, '{city}', coalesce(r.city, '')), '{link}', ${link})`;
	const buttons = row.asksAnswer
		? sql`jsonb_build_object('kind', 'inline', 'rows', jsonb_build_array(jsonb_build_array(
				jsonb_build_object('text', ${pick('safe')}, 'data', 'a:' || ${token} || ':1'),
				jsonb_build_object('text', ${pick('help')}, 'data', 'a:' || ${token} || ':2'))))`
		: sql`null::jsonb`;
	const priority = row.urgent ? 1 : 2;

	return db.transaction(async (tx) => {
		// Sorts and hashes of a large audience stay in memory.
		await tx.execute(sql`set local work_mem = '64MB'`);
		await tx
			.update(alert)
			.set({ status: 'sending', sendingAt: sql`coalesce(${alert.sendingAt}, now())`, updatedAt: new Date() })
			.where(and(eq(alert.id, id), inArray(alert.status, ['approved', 'sending'])));
		if (personFiltered(row.filters)) {
			await tx.execute(sql`
				insert into alert_recipient (alert_id, user_id, locale, country_iso2, city, mission_id)
				select ${id}, person.user_id, person.locale, coalesce(person.country_iso2, ${row.listCountryIso2}), person.city, person.mission_id
				from (${PERSON_SQL}) person where ${audienceWhere(row.filters)}
				on conflict do nothing`);
		}
		if (row.listPhones?.length) {
			await tx.execute(sql`
				insert into alert_recipient (alert_id, user_id, phone, locale, country_iso2)
				select ${id}, u.id, case when u.id is null then l.phone end, coalesce(u.locale, ${row.listLocale}), ${row.listCountryIso2}
				from unnest(${sql.param(row.listPhones)}::text[]) as l(phone) left join auth_user u on u.phone_number = l.phone
				on conflict do nothing`);
		}
		if (cohortsOf(row.filters).length) {
			await tx.execute(sql`
				insert into alert_recipient (alert_id, user_id, phone, locale)
				select ${id}, c.user_id, case when c.user_id is null then c.phone end, c.locale
				from (${cohortSql(row.filters)}) c
				on conflict do nothing`);
		}
		// People with an account: their first reachable channel; the dispatcher falls back to the next.
		await tx.execute(sql`
			insert into message (channel, address, body, subject, buttons, purpose, locale, ref_id, batch_id, user_id, urgent, priority, fallback_seconds)
			select c.channel, c.address,
				case c.channel when 'sms' then ${render('sms')} when 'telegram' then ${render('telegram')} else ${render('email')} end,
				case c.channel when 'email' then ${pick('subject')} end,
				case c.channel when 'telegram' then ${buttons} end,
				'alert', r.locale, r.id, ${id}::uuid, r.user_id, ${row.urgent}, ${priority}, ${FALLBACK_SECONDS}
			from alert_recipient r
			join (${firstContact(sql`select x.user_id from alert_recipient x where x.alert_id = ${id} and x.user_id is not null`)}) c on c.user_id = r.user_id
			where r.alert_id = ${id} and r.user_id is not null
			on conflict do nothing`);
		// People from an uploaded list: SMS to the number given, unless it said STOP.
		await tx.execute(sql`
			insert into message (channel, address, body, purpose, locale, ref_id, batch_id, urgent, priority)
			select 'sms', r.phone, ${render('sms')}, 'alert', r.locale, r.id, ${id}::uuid, ${row.urgent}, ${priority}
			from alert_recipient r
			where r.alert_id = ${id} and r.user_id is null and r.phone is not null
				and not exists (select 1 from suppression s where s.channel = 'sms' and s.address = r.phone)
			on conflict do nothing`);
		const [{ n }] = (await tx.execute<{ n: number }>(sql`select count(*)::int as n from alert_recipient where alert_id = ${id}`)).rows;
		await tx
			.update(alert)
			.set({ status: 'sent', sentAt: sql`coalesce(${alert.sentAt}, now())`, updatedAt: new Date() })
			.where(and(eq(alert.id, id), eq(alert.status, 'sending')));
		await recordAudit(tx, { action: 'alert.send', entityType: 'alert', entityId: id, data: { recipients: n } });
		for (const channel of ['sms', 'telegram', 'email'] as const) await wakeDispatchers(tx, channel);
		return n;
	});
}

/** Approved alerts whose time has come (a backstop for the scheduled job). */
export async function dueAlerts(db: Db, now = new Date()): Promise<string[]> {
	const rows = await db
		.select({ id: alert.id })
		.from(alert)
		.where(and(inArray(alert.status, ['approved', 'sending']), or(isNull(alert.scheduledAt), sql`${alert.scheduledAt} <= ${now}`)));
	return rows.map((r) => r.id);
}

// ─── Progress, roster ────────────────────────────────────────────────────────

export interface Progress {
	recipients: number;
	byChannel: { channel: Channel; queued: number; sent: number; delivered: number; failed: number; cancelled: number; inDoubt: number }[];
	answered: { safe: number; help: number; none: number };
	unreachable: number;
}

const FAILED = ['temporary_failure', 'permanent_failure', 'technical_failure', 'suppressed'];

/** Queued / sent / delivered / failed / answered, by channel. */
export async function alertProgress(db: Db, actor: Actor, id: string): Promise<Progress> {
	const { row } = await loadReadable(db, actor, id);
	const counts = await batchCounts(db, row.id);
	const byChannel = new Map<Channel, Progress['byChannel'][number]>();
	for (const c of counts) {
		const e = byChannel.get(c.channel) ?? { channel: c.channel, queued: 0, sent: 0, delivered: 0, failed: 0, cancelled: 0, inDoubt: 0 };
		if (c.status === 'created' || c.status === 'sending') e.queued += c.n;
		else if (c.status === 'sent') e.sent += c.n;
		else if (c.status === 'delivered') e.delivered += c.n;
		else if (c.status === 'cancelled') e.cancelled += c.n;
		else if (FAILED.includes(c.status)) e.failed += c.n;
		e.inDoubt += c.inDoubt;
		byChannel.set(c.channel, e);
	}
	const [a] = (
		await db.execute<{ total: number; safe: number; help: number; unreachable: number }>(sql`
		select count(*)::int as total,
			count(*) filter (where answer = 'safe')::int as safe,
			count(*) filter (where answer = 'help')::int as help,
			count(*) filter (where answer is null and not exists (
				select 1 from message m where m.ref_id = r.id and m.status in ('created', 'sending', 'sent', 'delivered')))::int as unreachable
		from alert_recipient r where r.alert_id = ${row.id}`)
	).rows;
	return {
		recipients: a.total,
		byChannel: [...byChannel.values()].sort((x, y) => x.channel.localeCompare(y.channel)),
		answered: { safe: a.safe, help: a.help, none: a.total - a.safe - a.help },
		unreachable: a.unreachable
	};
}

export const ROSTER_STATES = ['safe', 'help', 'no_answer', 'unreachable'] as const;
export type RosterState = (typeof ROSTER_STATES)[number];

export interface RosterEntry {
	name: string | null;
	phone: string | null;
	city: string | null;
	state: RosterState;
	answeredAt: Date | null;
	caseNumber: string | null;
	channel: string | null;
}

async function rosterRows(db: Tx, alertId: string): Promise<RosterEntry[]> {
	const { rows } = await db.execute<{
		name: string | null;
		phone: string | null;
		city: string | null;
		answer: string | null;
		answered_at: string | null;
		case_number: string | null;
		channel: string | null;
		reachable: boolean;
	}>(sql`
		select p.full_name as name, coalesce(u.phone_number, r.phone) as phone, r.city, r.answer, r.answered_at, c.number as case_number,
			(select m.channel from message m where m.ref_id = r.id order by m.created_at desc limit 1) as channel,
			exists (select 1 from message m where m.ref_id = r.id and m.status in ('created', 'sending', 'sent', 'delivered')) as reachable
		from alert_recipient r
		left join auth_user u on u.id = r.user_id
		left join migrant_profile p on p.user_id = r.user_id
		left join help_case c on c.id = r.case_id
		where r.alert_id = ${alertId}
		order by lower(coalesce(r.city, '')), (r.answer = 'help') desc nulls last, p.full_name nulls last
		limit 100000`);
	return rows.map((r) => ({
		name: r.name,
		phone: r.phone,
		city: r.city,
		state: r.answer === 'help' ? 'help' : r.answer === 'safe' ? 'safe' : r.reachable ? 'no_answer' : 'unreachable',
		answeredAt: r.answered_at ? new Date(r.answered_at) : null,
		caseNumber: r.case_number,
		channel: r.channel
	}));
}

/** The evacuation / repatriation list: who is safe, who needs help, who did not answer; audited. */
export async function alertRoster(db: Db, actor: Actor, id: string, filter: { state?: string; city?: string } = {}) {
	const { row } = await loadReadable(db, actor, id);
	const entries = await rosterRows(db, row.id);
	const byCity = new Map<string, Record<RosterState, number>>();
	for (const e of entries) {
		const key = e.city ?? '—';
		const c = byCity.get(key) ?? { safe: 0, help: 0, no_answer: 0, unreachable: 0 };
		c[e.state]++;
		byCity.set(key, c);
	}
	const state = (ROSTER_STATES as readonly string[]).includes(filter.state ?? '') ? (filter.state as RosterState) : null;
	const city = filter.city ? normaliseCity(filter.city) : null;
	const shown = entries.filter((e) => (!state || e.state === state) && (!city || normaliseCity(e.city ?? '') === city));
	await recordAudit(db, {
		action: 'alert.roster_view',
		entityType: 'alert',
		entityId: row.id,
		...auditedBy(actor),
		data: { shown: shown.length, state, city: filter.city ?? null }
	});
	return { alert: row, byCity: [...byCity.entries()].map(([c, n]) => ({ city: c, ...n })), entries: shown.slice(0, 500), total: shown.length };
}

/** The whole roster for a CSV or XLSX file (audited as an export). */
export async function exportRoster(db: Db, actor: Actor, id: string, format: string) {
	const { row } = await loadReadable(db, actor, id);
	// A list of people and phones leaves Sapar: only after a recent sign-in (issue 15, finding 7).
	requireRecentAuth(actor);
	const entries = await rosterRows(db, row.id);
	await recordAudit(db, { action: 'alert.export', entityType: 'alert', entityId: row.id, ...auditedBy(actor), data: { rows: entries.length, format } });
	return { alert: row, entries };
}

/** One action: the same approved text again, to the people of an alert who have not answered. */
export async function followUp(db: Db, actor: Actor, id: string): Promise<{ id: string; recipients: number }> {
	const row = await loadOwn(db, actor, id, 'alert.approve');
	if (!['sending', 'sent'].includes(row.status) || !row.asksAnswer)
		throw new AppError('invalid_transition', 'nothing to follow up', { userMessage: 'error_alert_follow_up' });
	const newId = await db.transaction(async (tx) => {
		const [created] = await tx
			.insert(alert)
			.values({
				organisationId: row.organisationId,
				title: row.title,
				body: row.body,
				filters: { countries: [], cities: [], regions: [], languages: [], statuses: [], missionIds: [] },
				listLocale: row.listLocale,
				listCountryIso2: row.listCountryIso2,
				urgent: row.urgent,
				public: false,
				asksAnswer: true,
				status: 'approved',
				followUpOf: row.id,
				createdBy: actor.userId,
				approvedBy: actor.userId,
				approvedAt: new Date()
			})
			.returning({ id: alert.id });
		await tx.execute(sql`
			insert into alert_recipient (alert_id, user_id, phone, locale, country_iso2, city, mission_id)
			select ${created.id}, r.user_id, r.phone, r.locale, r.country_iso2, r.city, r.mission_id
			from alert_recipient r where r.alert_id = ${row.id} and r.answer is null and (r.user_id is not null or r.phone is not null)
			on conflict do nothing`);
		await recordAudit(tx, { action: 'alert.follow_up', entityType: 'alert', entityId: created.id, ...auditedBy(actor), data: { of: row.id } });
		return created.id;
	});
	const recipients = await sendAlert(db, newId);
	return { id: newId, recipients };
}

// ─── Public alerts and the banner ────────────────────────────────────────────

/** The text as the public sees it: no personal link, the alert's cities for {city}. */
export function publicText(row: Pick<typeof alert.$inferSelect, 'body' | 'filters'>, locale: Locale): string {
	return fill(row.body[locale] ?? '', { city: row.filters.cities.join(', '), link: '' })
		.replace(/[ \t]+\n/g, '\n')
		.trim();
}

const PUBLIC = and(eq(alert.public, true), inArray(alert.status, ['sending', 'sent'] satisfies AlertStatus[]), isNull(alert.followUpOf));

/** Public alerts, newest first (for /{lang}/alerts, the Atom feed and the API). */
export async function publicAlerts(db: Db, limit = 50) {
	return db
		.select({
			id: alert.id,
			title: alert.title,
			body: alert.body,
			filters: alert.filters,
			urgent: alert.urgent,
			sentAt: alert.sentAt,
			updatedAt: alert.updatedAt,
			organisationName: organisation.name
		})
		.from(alert)
		.innerJoin(organisation, eq(organisation.id, alert.organisationId))
		.where(PUBLIC)
		.orderBy(desc(alert.sentAt))
		.limit(Math.min(Math.max(1, limit), 200));
}

export async function publicAlert(db: Db, id: string) {
	if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('not_found', 'alert');
	const [row] = await db
		.select({
			id: alert.id,
			title: alert.title,
			body: alert.body,
			filters: alert.filters,
			urgent: alert.urgent,
			sentAt: alert.sentAt,
			updatedAt: alert.updatedAt,
			organisationName: organisation.name
		})
		.from(alert)
		.innerJoin(organisation, eq(organisation.id, alert.organisationId))
		.where(and(eq(alert.id, id), PUBLIC));
	if (!row) throw new AppError('not_found', 'alert');
	return row;
}

/** Alerts that reached this person in the last 7 days (the banner on their pages). */
export async function myAlerts(db: Db, actor: Actor) {
	requireAccess(actor, 'profile.read', { ownerUserId: actor.userId });
	const rows = await db
		.select({
			recipientId: alertRecipient.id,
			title: alert.title,
			urgent: alert.urgent,
			answer: alertRecipient.answer,
			asksAnswer: alert.asksAnswer,
			sentAt: alert.sentAt
		})
		.from(alertRecipient)
		.innerJoin(alert, eq(alert.id, alertRecipient.alertId))
		.where(
			and(eq(alertRecipient.userId, actor.userId), inArray(alert.status, ['sending', 'sent']), sql`${alertRecipient.createdAt} > now() - interval '7 days'`)
		)
		.orderBy(desc(alertRecipient.createdAt))
		.limit(3);
	return rows.map((r) => ({ ...r, token: tokenOf(r.recipientId) }));
}

// ─── Retention ───────────────────────────────────────────────────────────────

/** After 7 days (privacy retention job): uploaded phone lists and the phones of list recipients go; counts and case links stay. */
export async function purgeAlertContacts(db: Db, now = new Date()): Promise<number> {
	const cutoff = new Date(now.getTime() - MESSAGE_DAYS * 86_400_000);
	const a = await db
		.update(alert)
		.set({ listPhones: null })
		.where(
			and(
				sql`${alert.listPhones} is not null`,
				sql`coalesce(${alert.sentAt}, ${alert.cancelledAt}, ${alert.createdAt}) < ${cutoff}`,
				sql`${alert.status} <> 'draft'`
			)
		)
		.returning({ id: alert.id });
	const r = await db
		.update(alertRecipient)
		.set({ phone: null })
		.where(and(sql`${alertRecipient.phone} is not null`, sql`${alertRecipient.createdAt} < ${cutoff}`))
		.returning({ id: alertRecipient.id });
	return a.length + r.length;
}

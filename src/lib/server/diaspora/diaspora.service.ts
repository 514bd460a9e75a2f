/**
 * The diaspora directory (issue 17, part 3): associations in destination cities, kept by their
 * representatives (members of a `diaspora` organisation) and verified by a mission of that country.
 * The public sees verified associations only.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DIASPORA_HELP } from '#lib/diaspora';
import { requireAccess, scopeFilter, type Actor } from '../access/access';
import { auditedBy, recordAudit } from '../audit/audit.service';
import type { Db, Tx } from '../db/client';
import { AppError } from '../errors';
import { organisation } from '../org/org.table';
import { country } from '../reference/reference.table';
import { isUuid, optionalText, requiredText, validate, type Validated } from '../validation';
import { diasporaAssociation } from './diaspora.table';

const ISO2 = /^[A-Za-z]{2}$/;

/** Verified associations, by country and city (filters optional), for the public page. */
export async function listPublicAssociations(db: Db, filter: { country?: string | null; city?: string | null }) {
	const countryIso2 = filter.country && ISO2.test(filter.country) ? filter.country.toUpperCase() : undefined;
	const city = filter.city?.trim().slice(0, 80) || undefined;
	const verified = isNotNull(diasporaAssociation.verifiedAt);
	const [rows, countries] = await Promise.all([
		db
			.select()
			.from(diasporaAssociation)
			.where(
				and(
					verified,
					countryIso2 ? eq(diasporaAssociation.countryIso2, countryIso2) : undefined,
					city ? sql`lower(${diasporaAssociation.city}) = lower(${city})` : undefined
				)
			)
			.orderBy(asc(diasporaAssociation.countryIso2), asc(diasporaAssociation.city), asc(diasporaAssociation.slug)),
		db
			.selectDistinct({ iso2: diasporaAssociation.countryIso2, name: country.name })
			.from(diasporaAssociation)
			.innerJoin(country, eq(country.iso2, diasporaAssociation.countryIso2))
			.where(verified)
			.orderBy(asc(diasporaAssociation.countryIso2))
	]);
	return { associations: rows.map(({ verifiedBy: _, ...rest }) => rest), countries, filter: { country: countryIso2 ?? '', city: city ?? '' } };
}

const text = (max: number) => requiredText(max);
export const associationSchema = z.object({
	nameKy: optionalText(200),
	nameRu: optionalText(200),
	nameEn: optionalText(200),
	countryIso2: z
		.string({ error: 'error_country' })
		.trim()
		.regex(ISO2, { error: 'error_country' })
		.transform((v) => v.toUpperCase()),
	city: text(120),
	help: z.array(z.enum(DIASPORA_HELP, { error: 'error_invalid' })).min(1, { error: 'error_choose_one' }),
	description: text(1000),
	phone: optionalText(40),
	email: z
		.union([z.literal(''), z.string().trim().toLowerCase().email({ error: 'error_email' }).max(254, { error: 'error_too_long' })])
		.optional()
		.default(''),
	website: z
		.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'error_invalid' }).max(300, { error: 'error_too_long' })])
		.optional()
		.default('')
});

async function requireRepresentative(db: Tx, actor: Actor) {
	requireAccess(actor, 'diaspora.manage');
	const [org] = actor.organisationId ? await db.select({ kind: organisation.kind }).from(organisation).where(eq(organisation.id, actor.organisationId)) : [];
	if (org?.kind !== 'diaspora') throw new AppError('forbidden', 'only diaspora organisations keep associations');
}

export async function mayKeepAssociations(db: Db, actor: Actor) {
	return requireRepresentative(db, actor).then(
		() => true,
		() => false
	);
}

/**
 * A representative adds an association of their organisation, or changes one (id given): it waits for a
 * mission's verification again. The description is kept in the language it was written in.
 */
export async function saveAssociation(db: Db, actor: Actor, input: unknown, locale: 'ky' | 'ru' | 'en', id?: string): Promise<Validated<{ id: string }>> {
	await requireRepresentative(db, actor);
	if (id !== undefined) {
		if (!isUuid(id)) throw new AppError('not_found', 'association');
		const [row] = await db.select({ organisationId: diasporaAssociation.organisationId }).from(diasporaAssociation).where(eq(diasporaAssociation.id, id));
		if (!row) throw new AppError('not_found', 'association');
		requireAccess(actor, 'diaspora.manage', { organisationId: row.organisationId });
	}
	const parsed = validate(associationSchema, input);
	if (!parsed.ok) return parsed;
	const v = parsed.data;
	if (!v.nameKy && !v.nameRu && !v.nameEn) return { ok: false, errors: { nameKy: 'error_required' } };
	const [known] = await db.select({ iso2: country.iso2 }).from(country).where(eq(country.iso2, v.countryIso2));
	if (!known) return { ok: false, errors: { countryIso2: 'error_country' } };
	const name = Object.fromEntries(Object.entries({ ky: v.nameKy, ru: v.nameRu, en: v.nameEn }).filter(([, t]) => t));
	const fields = {
		name,
		countryIso2: v.countryIso2,
		city: v.city,
		help: v.help,
		description: { [locale]: v.description },
		phone: v.phone || null,
		email: v.email || null,
		website: v.website || null,
		needsReview: true,
		verifiedAt: null,
		verifiedBy: null,
		verifiedByOrganisationId: null,
		updatedAt: new Date()
	};
	const saved = await db.transaction(async (tx) => {
		const rowId = id ?? randomUUID();
		if (id) await tx.update(diasporaAssociation).set(fields).where(eq(diasporaAssociation.id, id));
		else await tx.insert(diasporaAssociation).values({ id: rowId, slug: `assoc-${rowId.slice(0, 8)}`, organisationId: actor.organisationId, ...fields });
		await recordAudit(tx, {
			action: 'diaspora.save',
			entityType: 'diaspora_association',
			entityId: rowId,
			...auditedBy(actor),
			data: { country: v.countryIso2, created: !id }
		});
		return rowId;
	});
	return { ok: true, data: { id: saved } };
}

/** The representative's own associations (verified or waiting). */
export async function myAssociations(db: Db, actor: Actor) {
	const scope = scopeFilter(actor, 'diaspora.manage');
	if (!('organisationId' in scope)) throw new AppError('forbidden', 'associations are per organisation');
	return db.select().from(diasporaAssociation).where(eq(diasporaAssociation.organisationId, scope.organisationId)).orderBy(asc(diasporaAssociation.slug));
}

/** The mission's country: verification is for consular officers of a mission abroad. */
async function missionCountry(db: Tx, actor: Actor): Promise<string> {
	requireAccess(actor, 'diaspora.verify');
	const [org] = actor.organisationId
		? await db.select({ kind: organisation.kind, countryIso2: organisation.countryIso2 }).from(organisation).where(eq(organisation.id, actor.organisationId))
		: [];
	if (org?.kind !== 'consulate' || !org.countryIso2) throw new AppError('forbidden', 'only a mission verifies associations');
	return org.countryIso2;
}

export async function mayVerifyAssociations(db: Db, actor: Actor) {
	return missionCountry(db, actor).then(
		() => true,
		() => false
	);
}

/** Associations in the mission's country: waiting ones first. */
export async function associationsForMission(db: Db, actor: Actor) {
	const iso2 = await missionCountry(db, actor);
	return db
		.select()
		.from(diasporaAssociation)
		.where(eq(diasporaAssociation.countryIso2, iso2))
		.orderBy(sql`${diasporaAssociation.verifiedAt} is not null`, asc(diasporaAssociation.city), asc(diasporaAssociation.slug));
}

/** A mission verifies an association in its own country (another country's: not found). */
export async function verifyAssociation(db: Db, actor: Actor, id: string): Promise<void> {
	const iso2 = await missionCountry(db, actor);
	if (!isUuid(id)) throw new AppError('not_found', 'association');
	await db.transaction(async (tx) => {
		const [row] = await tx
			.update(diasporaAssociation)
			.set({ verifiedAt: new Date(), verifiedBy: actor.userId, verifiedByOrganisationId: actor.organisationId, needsReview: false })
			.where(and(eq(diasporaAssociation.id, id), eq(diasporaAssociation.countryIso2, iso2), isNull(diasporaAssociation.verifiedAt)))
			.returning({ id: diasporaAssociation.id });
		if (!row) throw new AppError('not_found', 'association');
		await recordAudit(tx, { action: 'diaspora.verify', entityType: 'diaspora_association', entityId: id, ...auditedBy(actor), data: { country: iso2 } });
	});
}

import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Translated } from '#lib/i18n';
import { DIASPORA_HELP, type DiasporaHelp } from '#lib/diaspora';
import { authUser } from '../auth/auth.table';
import { organisation } from '../org/org.table';
import type { SourceSeed } from '../portal/portal.content';
import { country } from '../reference/reference.table';

/**
 * A diaspora association in a destination city (issue 17, part 3): kept by its representatives (a
 * `diaspora` organisation) and shown publicly only once a mission of that country has verified it.
 * Any change by the representatives asks for verification again.
 */
export const diasporaAssociation = pgTable(
	'diaspora_association',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		/** the diaspora organisation whose members keep it; null for entries from the content files */
		organisationId: uuid('organisation_id').references(() => organisation.id),
		name: jsonb('name').$type<Translated>().notNull(),
		countryIso2: text('country_iso2')
			.notNull()
			.references(() => country.iso2),
		city: text('city'),
		help: text('help', { enum: DIASPORA_HELP }).array().$type<DiasporaHelp[]>().notNull(),
		description: jsonb('description').$type<Translated>().notNull(),
		phone: text('phone'),
		email: text('email'),
		website: text('website'),
		source: jsonb('source').$type<SourceSeed>(),
		needsReview: boolean('needs_review').notNull().default(true),
		verifiedAt: timestamp('verified_at', { withTimezone: true }),
		verifiedBy: text('verified_by').references(() => authUser.id, { onDelete: 'set null' }),
		verifiedByOrganisationId: uuid('verified_by_organisation_id').references(() => organisation.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('diaspora_country_idx').on(t.countryIso2, t.verifiedAt)]
);

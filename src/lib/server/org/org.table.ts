import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Translated } from '#lib/i18n';
import { authUser } from '../auth/auth.table';
import { country } from '../reference/reference.table';
import { ORG_KINDS, ROLES } from '../access/roles';

export const organisation = pgTable('organisation', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	kind: text('kind', { enum: ORG_KINDS }).notNull(),
	name: jsonb('name').$type<Translated>().notNull(),
	countryIso2: text('country_iso2')
		.notNull()
		.references(() => country.iso2),
	city: jsonb('city').$type<Translated>(),
	/** where the record comes from (seed document), null when entered by an admin */
	source: jsonb('source').$type<{ document: string; title: string; excerpt: string } | null>(),
	needsReview: boolean('needs_review').notNull().default(false),
	active: boolean('active').notNull().default(true),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** A staff account belongs to exactly one organisation with one role (docs/decisions/0003). */
export const membership = pgTable(
	'membership',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id),
		role: text('role', { enum: ROLES }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('membership_user_uq').on(t.userId), index('membership_org_idx').on(t.organisationId)]
);

export const invitation = pgTable(
	'invitation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id),
		email: text('email').notNull(),
		role: text('role', { enum: ROLES }).notNull(),
		/** sha256 of the token sent by email; the token itself is never stored */
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: text('invited_by').references(() => authUser.id),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		acceptedAt: timestamp('accepted_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('invitation_org_idx').on(t.organisationId)]
);

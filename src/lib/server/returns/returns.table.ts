import { boolean, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Translated } from '#lib/i18n';
import type { SourceRef } from '../reference/data/organisations';
import { sql } from 'drizzle-orm';
import { authUser } from '../auth/auth.table';
import { organisation } from '../org/org.table';
import { country, region } from '../reference/reference.table';
import { REFERRAL_KINDS, REFERRAL_OUTCOMES, RETURN_NEEDS, RETURN_STATUSES } from '#lib/returns';

/** A returnee's request for reintegration help, handled by one employment centre (docs/decisions/0011). */
export const returnRequest = pgTable(
	'return_request',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		centreId: uuid('centre_id')
			.notNull()
			.references(() => organisation.id),
		returnDate: date('return_date', { mode: 'string' }).notNull(),
		countryIso2: text('country_iso2')
			.notNull()
			.references(() => country.iso2),
		regionCode: text('region_code')
			.notNull()
			.references(() => region.code),
		skills: text('skills')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		skillsNote: text('skills_note'),
		needs: text('needs', { enum: RETURN_NEEDS }).array().notNull(),
		needsNote: text('needs_note'),
		contactConsent: boolean('contact_consent').notNull(),
		status: text('status', { enum: RETURN_STATUSES }).notNull().default('submitted'),
		closingNote: text('closing_note'),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('return_request_centre_idx').on(t.centreId, t.status, t.createdAt), index('return_request_user_idx').on(t.userId)]
);

/**
 * The catalogue of reintegration programmes referrals point to: national ones from the seed documents,
 * and ones an employment centre adds (that centre may switch them off). Shared by every centre.
 */
export const reintegrationProgramme = pgTable('reintegration_programme', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	kind: text('kind', { enum: REFERRAL_KINDS }).notNull(),
	name: jsonb('name').$type<Translated>().notNull(),
	provider: text('provider').notNull(),
	/** the centre that added it; null for the seeded national programmes */
	organisationId: uuid('organisation_id').references(() => organisation.id),
	source: jsonb('source').$type<SourceRef>(),
	active: boolean('active').notNull().default(true),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** A referral of a returnee to a programme or organisation, with its outcome. */
export const returnReferral = pgTable(
	'return_referral',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => returnRequest.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: REFERRAL_KINDS }).notNull(),
		/** the catalogue entry, when the referral is to one; `programme` then holds its name as it was */
		programmeId: uuid('programme_id').references(() => reintegrationProgramme.id),
		programme: text('programme').notNull(),
		referredOn: date('referred_on', { mode: 'string' }).notNull(),
		/** the organisation responsible for acting on the referral (docs/decisions: routed like cases) */
		toOrganisationId: uuid('to_organisation_id').references(() => organisation.id),
		/** when the receiving organisation should have answered (10 working days after the referral) */
		dueOn: date('due_on', { mode: 'string' }),
		outcome: text('outcome', { enum: REFERRAL_OUTCOMES }).notNull().default('pending'),
		outcomeOn: date('outcome_on', { mode: 'string' }),
		outcomeNote: text('outcome_note'),
		createdBy: text('created_by').references(() => authUser.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('return_referral_request_idx').on(t.requestId), index('return_referral_to_idx').on(t.toOrganisationId, t.outcome, t.dueOn)]
);

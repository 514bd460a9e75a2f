import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { BLACKLIST_REASONS, EVIDENCE_KINDS, PROCEEDING_EVENTS, PROCEEDING_STATES } from '#lib/employers';
import { authUser } from '../auth/auth.table';
import { organisation } from '../org/org.table';
import { country } from '../reference/reference.table';

/** An employer abroad, as named in reports and decisions (one row per name, country and city). */
export const employer = pgTable(
	'employer',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		name: text('name').notNull(),
		countryIso2: text('country_iso2')
			.notNull()
			.references(() => country.iso2),
		city: text('city').notNull(),
		/** script-neutral name and city, for search in Latin or Cyrillic letters */
		searchText: text('search_text').notNull(),
		/** normalised name + country + city: the same employer is not created twice */
		key: text('key').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('employer_key_uq').on(t.key), index('employer_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`)]
);

export const REPORT_STATES = ['new', 'linked', 'dismissed'] as const;

/** A report about an employer, from anyone (signed in or not). No IP address is kept. */
export const employerReport = pgTable(
	'employer_report',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		employerName: text('employer_name').notNull(),
		countryIso2: text('country_iso2')
			.notNull()
			.references(() => country.iso2),
		city: text('city').notNull(),
		reason: text('reason', { enum: BLACKLIST_REASONS }).notNull(),
		description: text('description').notNull(),
		/** how to reach the reporter, if they want to be reached */
		contact: text('contact'),
		reporterUserId: text('reporter_user_id').references(() => authUser.id, { onDelete: 'set null' }),
		state: text('state', { enum: REPORT_STATES }).notNull().default('new'),
		proceedingId: uuid('proceeding_id').references(() => employerProceeding.id),
		/** Sent by an organisation from one of its help cases (the desk follows up with that organisation). */
		sourceOrganisationId: uuid('source_organisation_id').references(() => organisation.id),
		sourceCaseNumber: text('source_case_number'),
		stateNote: text('state_note'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('employer_report_state_idx').on(t.state, t.createdAt), index('employer_report_reporter_idx').on(t.reporterUserId)]
);

/**
 * A black-list proceeding: review with evidence, notice and right of reply, a supervisor's decision,
 * publication, appeal and delisting. Its history is in employer_proceeding_event.
 */
export const employerProceeding = pgTable(
	'employer_proceeding',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** BL-2026-0001 */
		number: text('number').notNull().unique(),
		employerId: uuid('employer_id')
			.notNull()
			.references(() => employer.id),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id),
		reviewerUserId: text('reviewer_user_id').references(() => authUser.id, { onDelete: 'set null' }),
		state: text('state', { enum: PROCEEDING_STATES }).notNull().default('review'),
		reasons: text('reasons')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** the reason as published */
		summary: text('summary'),
		/** where the notice went: an email address, or an agency that forwards it */
		noticeEmail: text('notice_email'),
		noticeAgencyId: uuid('notice_agency_id').references(() => organisation.id),
		/** sha-256 of the employer's reply link token; the token itself is only in the notice */
		replyTokenHash: text('reply_token_hash').unique(),
		replyDueOn: date('reply_due_on'),
		reply: text('reply'),
		repliedAt: timestamp('replied_at', { withTimezone: true }),
		decidedByUserId: text('decided_by_user_id').references(() => authUser.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		listedOn: date('listed_on'),
		/** the decision's end date; the listing is removed from public view after it */
		listedUntil: date('listed_until'),
		delistedOn: date('delisted_on'),
		appealGrounds: text('appeal_grounds'),
		appealedAt: timestamp('appealed_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('employer_proceeding_state_idx').on(t.state, t.updatedAt),
		index('employer_proceeding_employer_idx').on(t.employerId),
		index('employer_proceeding_public_idx')
			.on(t.listedOn)
			.where(sql`state in ('listed', 'appealed')`)
	]
);

export const proceedingEvent = pgTable(
	'employer_proceeding_event',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		proceedingId: uuid('proceeding_id')
			.notNull()
			.references(() => employerProceeding.id),
		kind: text('kind', { enum: PROCEEDING_EVENTS }).notNull(),
		note: text('note'),
		/** evidence: { kind, obtainedOn } */
		data: jsonb('data').$type<{ evidenceKind?: (typeof EVIDENCE_KINDS)[number]; obtainedOn?: string }>(),
		actorUserId: text('actor_user_id').references(() => authUser.id, { onDelete: 'set null' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('employer_proceeding_event_idx').on(t.proceedingId, t.at)]
);

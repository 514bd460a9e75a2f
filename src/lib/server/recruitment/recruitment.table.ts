import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HOUSING, PAY_PERIODS, PROGRAMMES, SECTORS } from '#lib/recruitment';
import { authUser } from '../auth/auth.table';
import { organisation } from '../org/org.table';
import { country, occupation } from '../reference/reference.table';

/** A private recruitment agency: the register's facts about an organisation of kind 'agency'. */
export const agency = pgTable(
	'agency',
	{
		organisationId: uuid('organisation_id')
			.primaryKey()
			.references(() => organisation.id),
		/** INN: 14 digits in the Kyrgyz Republic */
		taxNumber: text('tax_number').notNull().unique(),
		name: text('name').notNull(),
		address: text('address').notNull(),
		phone: text('phone'),
		email: text('email'),
		website: text('website'),
		branches: jsonb('branches').$type<{ city: string; address: string }[]>().notNull().default([]),
		/** script-neutral name, tax number and licence numbers for "is this agency licensed?" */
		searchText: text('search_text').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('agency_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`)]
);

export const LICENCE_STATES = ['active', 'suspended', 'revoked'] as const;
export type LicenceState = (typeof LICENCE_STATES)[number];

/** A licence, valid one year and renewed yearly (seed 004); its state changes are in licence_event. */
export const licence = pgTable(
	'licence',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		agencyId: uuid('agency_id')
			.notNull()
			.references(() => agency.organisationId),
		number: text('number').notNull(),
		/** the number in script-neutral form, for lookups typed either way */
		numberKey: text('number_key').notNull().unique(),
		issuedOn: date('issued_on').notNull(),
		expiresOn: date('expires_on').notNull(),
		countries: text('countries').array().notNull(),
		depositAmount: numeric('deposit_amount', { precision: 14, scale: 2 }).notNull(),
		depositCurrency: text('deposit_currency').notNull(),
		state: text('state', { enum: LICENCE_STATES }).notNull().default('active'),
		suspendedUntil: date('suspended_until'),
		stateReason: text('state_reason'),
		/** the expiry date an agency was last reminded of (one reminder per term) */
		remindedFor: date('reminded_for'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('licence_agency_idx').on(t.agencyId, t.issuedOn), index('licence_expiry_idx').on(t.expiresOn)]
);

export const LICENCE_EVENTS = ['issued', 'renewed', 'suspended', 'reinstated', 'revoked'] as const;
export type LicenceEventKind = (typeof LICENCE_EVENTS)[number];

export const licenceEvent = pgTable(
	'licence_event',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		licenceId: uuid('licence_id')
			.notNull()
			.references(() => licence.id),
		kind: text('kind', { enum: LICENCE_EVENTS }).notNull(),
		reason: text('reason'),
		/** suspension end, or new expiry for issue/renewal */
		untilDate: date('until_date'),
		actorUserId: text('actor_user_id').references(() => authUser.id),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('licence_event_licence_idx').on(t.licenceId, t.at)]
);

export const VACANCY_STATES = ['open', 'closed'] as const;

/** A vacancy posted by a licensed agency or by an employment centre (state programme). */
export const vacancy = pgTable(
	'vacancy',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id),
		programme: text('programme', { enum: PROGRAMMES }),
		title: text('title').notNull(),
		description: text('description').notNull(),
		employerName: text('employer_name').notNull(),
		countryIso2: text('country_iso2')
			.notNull()
			.references(() => country.iso2),
		city: text('city').notNull(),
		sector: text('sector', { enum: SECTORS }).notNull(),
		occupationCode: text('occupation_code')
			.notNull()
			.references(() => occupation.code),
		salaryMin: numeric('salary_min', { precision: 14, scale: 2 }).notNull(),
		salaryMax: numeric('salary_max', { precision: 14, scale: 2 }),
		currency: text('currency').notNull(),
		payPeriod: text('pay_period', { enum: PAY_PERIODS }).notNull(),
		/** salaryMin as a monthly amount (hourly × hours a week × 52 / 12), for filtering and sorting */
		monthlyMin: numeric('monthly_min', { precision: 14, scale: 2 }).notNull(),
		hoursPerWeek: integer('hours_per_week').notNull(),
		housing: text('housing', { enum: HOUSING }).notNull(),
		contractMonths: integer('contract_months').notNull(),
		workerFee: numeric('worker_fee', { precision: 14, scale: 2 }).notNull().default('0'),
		workerFeeNote: text('worker_fee_note'),
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		places: integer('places').notNull().default(1),
		state: text('state', { enum: VACANCY_STATES }).notNull().default('open'),
		closesOn: date('closes_on'),
		searchText: text('search_text').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('vacancy_public_idx')
			.on(t.countryIso2, t.createdAt)
			.where(sql`state = 'open'`),
		index('vacancy_open_recent_idx')
			.on(t.createdAt)
			.where(sql`state = 'open'`),
		index('vacancy_org_idx').on(t.organisationId),
		index('vacancy_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`)
	]
);

export const APPLICATION_STATES = ['submitted', 'reviewing', 'shortlisted', 'offered', 'placed', 'rejected', 'withdrawn'] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const application = pgTable(
	'application',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		vacancyId: uuid('vacancy_id')
			.notNull()
			.references(() => vacancy.id),
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		message: text('message'),
		state: text('state', { enum: APPLICATION_STATES }).notNull().default('submitted'),
		/** what the agency tells the applicant with the latest change */
		stateNote: text('state_note'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('application_once_uq').on(t.vacancyId, t.userId), index('application_user_idx').on(t.userId)]
);

export const applicationEvent = pgTable(
	'application_event',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.references(() => application.id, { onDelete: 'cascade' }),
		state: text('state', { enum: APPLICATION_STATES }).notNull(),
		note: text('note'),
		actorUserId: text('actor_user_id').references(() => authUser.id, { onDelete: 'set null' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('application_event_idx').on(t.applicationId, t.at)]
);

export const REVIEW_STATES = ['pending', 'published', 'rejected'] as const;
export const CONTRACT_TRUTH = ['yes', 'partly', 'no'] as const;

/**
 * A placed migrant's review of the agency that placed them through Sapar (one per placement),
 * published after moderation. Deleted with the application when the migrant deletes their data.
 */
export const agencyReview = pgTable(
	'agency_review',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		applicationId: uuid('application_id')
			.notNull()
			.unique()
			.references(() => application.id, { onDelete: 'cascade' }),
		agencyId: uuid('agency_id')
			.notNull()
			.references(() => organisation.id),
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		/** fees the agency took from the worker, in the vacancy's currency; 0 is the norm */
		feePaid: numeric('fee_paid', { precision: 14, scale: 2 }).notNull(),
		currency: text('currency').notNull(),
		contractTruthful: text('contract_truthful', { enum: CONTRACT_TRUTH }).notNull(),
		/** 1 (badly) to 5 (very well) */
		treatment: integer('treatment').notNull(),
		recommend: text('recommend', { enum: ['yes', 'no'] }).notNull(),
		comment: text('comment'),
		state: text('state', { enum: REVIEW_STATES }).notNull().default('pending'),
		moderatedByUserId: text('moderated_by_user_id').references(() => authUser.id, { onDelete: 'set null' }),
		moderationNote: text('moderation_note'),
		moderatedAt: timestamp('moderated_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('agency_review_agency_idx').on(t.agencyId, t.state),
		index('agency_review_pending_idx')
			.on(t.createdAt)
			.where(sql`state = 'pending'`)
	]
);

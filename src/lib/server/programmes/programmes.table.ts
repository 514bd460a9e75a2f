import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Translated } from '#lib/i18n';
import { CHECK_RESULTS, INELIGIBLE_REASONS, LANGUAGE_LEVELS, PROGRAMME_STAGES, SELECTION_METHODS, SLOT_KINDS } from '#lib/programmes';
import { authUser } from '../auth/auth.table';
import { SEXES } from '../migrant/migrant.table';
import { organisation } from '../org/org.table';
import type { SourceSeed } from '../portal/portal.content';
import { country, region } from '../reference/reference.table';

/** Published eligibility rules (docs/decisions: programme intake). Absent bounds mean no rule. */
export interface EligibilityRules {
	minAge?: number;
	maxAge?: number;
	/** lowest self-declared level in the working language */
	languageLevel?: (typeof LANGUAGE_LEVELS)[number];
	/** the person declares no health condition that prevents the work */
	healthDeclaration?: boolean;
	/** people who already went with this programme may not sign up again */
	excludePrevious?: boolean;
}

export interface Requirement {
	key: string;
	label: Translated;
}

/** A government-to-government programme (EPS Korea, UK seasonal work…) run by an employment centre. */
export const programme = pgTable('programme', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	organisationId: uuid('organisation_id')
		.notNull()
		.references(() => organisation.id),
	countryIso2: text('country_iso2')
		.notNull()
		.references(() => country.iso2),
	title: jsonb('title').$type<Translated>().notNull(),
	summary: jsonb('summary').$type<Translated>().notNull(),
	opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
	closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
	places: integer('places').notNull(),
	rules: jsonb('rules').$type<EligibilityRules>().notNull(),
	/** region code → most places for people from that region, as published */
	quotas: jsonb('quotas').$type<Record<string, number>>().notNull().default({}),
	documents: jsonb('documents').$type<Requirement[]>().notNull(),
	tests: jsonb('tests').$type<Requirement[]>().notNull(),
	selection: text('selection', { enum: SELECTION_METHODS }).notNull(),
	/** the lottery's seed, published before the draw; anyone can recompute the order from it */
	lotterySeed: text('lottery_seed'),
	selectedAt: timestamp('selected_at', { withTimezone: true }),
	source: jsonb('source').$type<SourceSeed>(),
	needsReview: boolean('needs_review').notNull().default(true),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** Arrival order of sign-ups over all programmes: the reference number and first-come order. */
export const programmeSignupSeq = pgSequence('programme_signup_seq', { startWith: 1 });

/** One person's sign-up to one programme (no account needed; the phone number is the contact). */
export const programmeSignup = pgTable(
	'programme_signup',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programme.id),
		/** arrival order (first-come selection) */
		seq: bigint('seq', { mode: 'number' }).notNull().unique(),
		reference: text('reference').notNull().unique(),
		codeHash: text('code_hash').notNull(),
		userId: text('user_id').references(() => authUser.id, { onDelete: 'set null' }),
		fullName: text('full_name').notNull(),
		phone: text('phone').notNull(),
		birthDate: text('birth_date').notNull(),
		sex: text('sex', { enum: SEXES }).notNull(),
		regionCode: text('region_code')
			.notNull()
			.references(() => region.code),
		languageLevel: text('language_level', { enum: LANGUAGE_LEVELS }).notNull(),
		healthDeclared: boolean('health_declared').notNull(),
		previousParticipation: boolean('previous_participation').notNull(),
		locale: text('locale').notNull(),
		stage: text('stage', { enum: PROGRAMME_STAGES }).notNull(),
		reason: text('reason', { enum: INELIGIBLE_REASONS }),
		checkResult: text('check_result', { enum: CHECK_RESULTS }),
		/** position in the published selection order (1 = first) */
		rank: integer('rank'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('programme_signup_phone_uq').on(t.programmeId, t.phone),
		index('programme_signup_stage_idx').on(t.programmeId, t.stage),
		index('programme_signup_user_idx').on(t.userId)
	]
);

/** A time at an employment-centre office for document checks or tests; `booked` never exceeds `capacity`. */
export const programmeSlot = pgTable(
	'programme_slot',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		programmeId: uuid('programme_id')
			.notNull()
			.references(() => programme.id),
		officeId: uuid('office_id')
			.notNull()
			.references(() => organisation.id),
		kind: text('kind', { enum: SLOT_KINDS }).notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		capacity: integer('capacity').notNull(),
		booked: integer('booked').notNull().default(0)
	},
	(t) => [index('programme_slot_idx').on(t.programmeId, t.startsAt), check('programme_slot_capacity', sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`)]
);

/** A sign-up's booked slot: one per sign-up (rescheduling moves it). */
export const programmeBooking = pgTable('programme_booking', {
	signupId: uuid('signup_id')
		.primaryKey()
		.references(() => programmeSignup.id, { onDelete: 'cascade' }),
	slotId: uuid('slot_id')
		.notNull()
		.references(() => programmeSlot.id),
	bookedAt: timestamp('booked_at', { withTimezone: true }).notNull().defaultNow()
});

/** Sign-ups a staff member messaged as one stage of a programme: the cohort alerts can target. */
export const programmeCohort = pgTable('programme_cohort', {
	id: uuid('id').primaryKey().defaultRandom(),
	programmeId: uuid('programme_id')
		.notNull()
		.references(() => programme.id),
	stage: text('stage', { enum: PROGRAMME_STAGES }).notNull(),
	batchId: uuid('batch_id').notNull(),
	recipients: integer('recipients').notNull(),
	createdBy: text('created_by').references(() => authUser.id, { onDelete: 'set null' }),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

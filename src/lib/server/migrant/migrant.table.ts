import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { authUser } from '../auth/auth.table';
import { country, occupation, region } from '../reference/reference.table';
import { organisation } from '../org/org.table';

export const SEXES = ['female', 'male'] as const;
export const EDUCATION_LEVELS = ['none', 'primary', 'secondary', 'vocational', 'higher'] as const;
export const CONSENT_PURPOSES = ['profile', 'employment_centre', 'reminders', 'ngo_contact'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** A migrant's own profile (one per account). */
export const migrantProfile = pgTable('migrant_profile', {
	userId: text('user_id')
		.primaryKey()
		.references(() => authUser.id, { onDelete: 'cascade' }),
	fullName: text('full_name').notNull(),
	birthDate: text('birth_date'),
	sex: text('sex', { enum: SEXES }),
	regionCode: text('region_code').references(() => region.code),
	languages: text('languages')
		.array()
		.notNull()
		.default(sql`'{}'::text[]`),
	education: text('education', { enum: EDUCATION_LEVELS }),
	desiredCountries: text('desired_countries')
		.array()
		.notNull()
		.default(sql`'{}'::text[]`),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const migrantSkill = pgTable(
	'migrant_skill',
	{
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		occupationCode: text('occupation_code')
			.notNull()
			.references(() => occupation.code),
		years: integer('years').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.userId, t.occupationCode] })]
);

/** Each consent is a row: what for, when given, when withdrawn (never deleted, so history stays). */
export const consent = pgTable(
	'consent',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		purpose: text('purpose', { enum: CONSENT_PURPOSES }).notNull(),
		grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true })
	},
	(t) => [index('consent_user_idx').on(t.userId, t.purpose)]
);

/** Pre-departure checklist items the migrant has ticked, per destination country. */
export const checklistTick = pgTable(
	'checklist_tick',
	{
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		countryIso2: text('country_iso2')
			.notNull()
			.references(() => country.iso2),
		item: text('item').notNull(),
		doneAt: timestamp('done_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.countryIso2, t.item] })]
);

export const REGISTRATION_STATUSES = ['submitted', 'confirmed', 'moved', 'returned'] as const;

/** Registration with the mission abroad (citizens staying more than three months: within 15 days of arrival). */
export const consularRegistration = pgTable(
	'consular_registration',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		missionId: uuid('mission_id')
			.notNull()
			.references(() => organisation.id),
		countryIso2: text('country_iso2')
			.notNull()
			.references(() => country.iso2),
		city: text('city').notNull(),
		address: text('address').notNull(),
		employer: text('employer'),
		arrivalDate: text('arrival_date').notNull(),
		stayMonths: integer('stay_months').notNull(),
		contactName: text('contact_name'),
		contactPhone: text('contact_phone'),
		status: text('status', { enum: REGISTRATION_STATUSES }).notNull().default('submitted'),
		confirmedBy: text('confirmed_by').references(() => authUser.id),
		confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('consular_registration_mission_idx').on(t.missionId, t.status), index('consular_registration_user_idx').on(t.userId)]
);

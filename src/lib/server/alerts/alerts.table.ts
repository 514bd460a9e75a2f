import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Translated } from '#lib/i18n';
import { authUser } from '../auth/auth.table';
import { organisation } from '../org/org.table';
import { country } from '../reference/reference.table';

/** draft → approved (scheduled) → sending → sent; draft or approved → cancelled; sending → cancelled stops what is left. */
export const ALERT_STATUSES = ['draft', 'approved', 'sending', 'sent', 'cancelled'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** Where a person stands, derived from consular registration and return requests. */
export const AUDIENCE_STATUSES = ['preparing', 'abroad', 'returned'] as const;
export type AudienceStatus = (typeof AUDIENCE_STATUSES)[number];

export interface AlertFilters {
	countries: string[];
	/** Cities as people wrote them in their registration (compared case- and space-insensitively). */
	cities: string[];
	regions: string[];
	languages: string[];
	statuses: AudienceStatus[];
	missionIds: string[];
	/** Programme cohorts as "programmeId:stage" (the sign-ups at one stage); absent on alerts written before cohorts. */
	cohorts?: string[];
}

export const ANSWERS = ['safe', 'help'] as const;
export type Answer = (typeof ANSWERS)[number];

/** A mass alert (docs/decisions/0020): three texts, an audience, two people (author and approver). */
export const alert = pgTable(
	'alert',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id),
		title: jsonb('title').$type<Translated>().notNull(),
		body: jsonb('body').$type<Translated>().notNull(),
		filters: jsonb('filters').$type<AlertFilters>().notNull(),
		/** Phones uploaded by the consulate (E.164), in addition to the filtered audience; cleared after 7 days. */
		listPhones: text('list_phones').array(),
		/** The language of the uploaded list's people. */
		listLocale: text('list_locale').notNull().default('ky'),
		/** The country the uploaded list's people are in (a consulate's own). */
		listCountryIso2: text('list_country_iso2').references(() => country.iso2),
		urgent: boolean('urgent').notNull().default(false),
		/** Shown at /{lang}/alerts, in the Atom feed and the public API. */
		public: boolean('public').notNull().default(false),
		/** Asks "I am safe / I need help". */
		asksAnswer: boolean('asks_answer').notNull().default(true),
		status: text('status', { enum: ALERT_STATUSES }).notNull().default('draft'),
		scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
		/** A follow-up to the people of another alert who did not answer. */
		followUpOf: uuid('follow_up_of'),
		createdBy: text('created_by')
			.notNull()
			.references(() => authUser.id),
		approvedBy: text('approved_by').references(() => authUser.id),
		approvedAt: timestamp('approved_at', { withTimezone: true }),
		cancelledBy: text('cancelled_by').references(() => authUser.id),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
		sendingAt: timestamp('sending_at', { withTimezone: true }),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('alert_org_idx').on(t.organisationId, t.createdAt),
		index('alert_public_idx')
			.on(t.sentAt)
			.where(sql`public and status in ('sending', 'sent')`)
	]
);

/**
 * One row per person an alert reaches; its id is the message ref (one message per channel) and, in
 * base64url, the token of the answer link /a/{token}. The phone is cleared after 7 days.
 */
export const alertRecipient = pgTable(
	'alert_recipient',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		alertId: uuid('alert_id')
			.notNull()
			.references(() => alert.id, { onDelete: 'cascade' }),
		userId: text('user_id').references(() => authUser.id, { onDelete: 'set null' }),
		/** For people from an uploaded list (no account); null after retention. */
		phone: text('phone'),
		locale: text('locale').notNull(),
		countryIso2: text('country_iso2'),
		city: text('city'),
		missionId: uuid('mission_id'),
		answer: text('answer', { enum: ANSWERS }),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		answerChannel: text('answer_channel'),
		/** The urgent case an "I need help" answer opened. */
		caseId: uuid('case_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('alert_recipient_user_uq')
			.on(t.alertId, t.userId)
			.where(sql`user_id is not null`),
		uniqueIndex('alert_recipient_phone_uq')
			.on(t.alertId, t.phone)
			.where(sql`user_id is null and phone is not null`),
		index('alert_recipient_user_idx').on(t.userId, t.createdAt),
		index('alert_recipient_phone_idx')
			.on(t.phone)
			.where(sql`phone is not null`)
	]
);

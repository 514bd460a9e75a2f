import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Translated } from '#lib/i18n';
import { authUser } from '../auth/auth.table';
import { law } from '../portal/portal.table';

/**
 * The Migration Governance Indicators tracker (docs/decisions/0022-indicators-and-action-plan.md):
 * the six MGI domains, the indicator areas each covers, the assessment rounds and their findings are
 * loaded from content/mgi-* files; editors add progress entries between rounds (never changed, so the
 * history is the table itself).
 */

export interface ContentSource {
	document: string | null;
	title: string;
	article?: string;
	excerpt?: string;
	url?: string;
	date?: string;
}

export const FINDING_KINDS = ['well_developed', 'further_development', 'change_since_previous'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** What an editor records for an indicator between rounds. */
export const PROGRESS_STATUSES = ['no_change', 'in_progress', 'achieved', 'setback'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const mgiDomain = pgTable('mgi_domain', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	/** 1–6, the order of the MGI profile */
	position: integer('position').notNull(),
	title: jsonb('title').$type<Translated>().notNull(),
	description: jsonb('description').$type<Translated>().notNull(),
	source: jsonb('source').$type<ContentSource>().notNull(),
	needsReview: boolean('needs_review').notNull().default(false)
});

export const mgiIndicator = pgTable(
	'mgi_indicator',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		domainId: uuid('domain_id')
			.notNull()
			.references(() => mgiDomain.id),
		position: integer('position').notNull(),
		title: jsonb('title').$type<Translated>().notNull(),
		needsReview: boolean('needs_review').notNull().default(false)
	},
	(t) => [index('mgi_indicator_domain_idx').on(t.domainId)]
);

export const mgiRound = pgTable('mgi_round', {
	id: uuid('id').primaryKey().defaultRandom(),
	year: integer('year').notNull().unique(),
	title: jsonb('title').$type<Translated>().notNull(),
	/** what the round's profile is and what Sapar holds of it */
	note: jsonb('note').$type<Translated>().notNull(),
	source: jsonb('source').$type<ContentSource>().notNull(),
	needsReview: boolean('needs_review').notNull().default(false)
});

export const mgiFinding = pgTable(
	'mgi_finding',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		roundId: uuid('round_id')
			.notNull()
			.references(() => mgiRound.id),
		domainId: uuid('domain_id')
			.notNull()
			.references(() => mgiDomain.id),
		indicatorId: uuid('indicator_id').references(() => mgiIndicator.id),
		kind: text('kind', { enum: FINDING_KINDS }).notNull(),
		position: integer('position').notNull(),
		text: jsonb('text').$type<Translated>().notNull(),
		source: jsonb('source').$type<ContentSource>().notNull(),
		needsReview: boolean('needs_review').notNull().default(false),
		/** action-plan tasks (plan_task.slug) and public statistics series (PUBLIC_SERIES keys) it points to; from the content files */
		planTaskSlugs: text('plan_task_slugs')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		statisticsKeys: text('statistics_keys')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`)
	},
	(t) => [index('mgi_finding_domain_idx').on(t.domainId, t.roundId)]
);

export const mgiFindingLaw = pgTable(
	'mgi_finding_law',
	{
		findingId: uuid('finding_id')
			.notNull()
			.references(() => mgiFinding.id, { onDelete: 'cascade' }),
		lawId: uuid('law_id')
			.notNull()
			.references(() => law.id)
	},
	(t) => [primaryKey({ columns: [t.findingId, t.lawId] })]
);

/** One progress entry; entries are only added, so the list per indicator is its history. */
export const mgiProgress = pgTable(
	'mgi_progress',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		indicatorId: uuid('indicator_id')
			.notNull()
			.references(() => mgiIndicator.id),
		status: text('status', { enum: PROGRESS_STATUSES }).notNull(),
		note: jsonb('note').$type<Translated>().notNull(),
		/** the date the evidence speaks of */
		observedOn: date('observed_on').notNull(),
		evidenceUrl: text('evidence_url'),
		evidenceTitle: text('evidence_title'),
		recordedBy: text('recorded_by').references(() => authUser.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('mgi_progress_indicator_idx').on(t.indicatorId, t.createdAt)]
);

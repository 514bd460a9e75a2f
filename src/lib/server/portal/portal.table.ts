import { sql } from 'drizzle-orm';
import { bigserial, customType, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Translated } from '#lib/i18n';
import { authUser } from '../auth/auth.table';
import { organisation } from '../org/org.table';
import { country } from '../reference/reference.table';
import { SECTION_KINDS, type SourceSeed } from './portal.content';

// Live (published) content. Drafts and history live in content_revision.

export const guide = pgTable('guide', {
	id: uuid('id').primaryKey().defaultRandom(),
	countryIso2: text('country_iso2')
		.notNull()
		.unique()
		.references(() => country.iso2),
	intro: jsonb('intro').$type<Translated>().notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const guideSection = pgTable(
	'guide_section',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		guideId: uuid('guide_id')
			.notNull()
			.references(() => guide.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: SECTION_KINDS }).notNull(),
		body: jsonb('body').$type<Translated>().notNull(),
		source: jsonb('source').$type<SourceSeed>().notNull(),
		reviewedOn: text('reviewed_on').notNull(),
		needsReview: boolean('needs_review').notNull().default(true),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('guide_section_kind_uq').on(t.guideId, t.kind)]
);

export const law = pgTable('law', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	kind: text('kind').notNull(),
	number: text('number'),
	adoptedOn: text('adopted_on'),
	status: text('status').notNull(),
	/** where the status comes from (null in rows created before it was recorded) */
	statusSource: jsonb('status_source').$type<SourceSeed>(),
	/** when the entry was last checked against its sources, YYYY-MM-DD */
	reviewedOn: text('reviewed_on'),
	title: jsonb('title').$type<Translated>().notNull(),
	summary: jsonb('summary').$type<Translated>().notNull(),
	countries: text('countries')
		.array()
		.notNull()
		.default(sql`'{}'::text[]`),
	source: jsonb('source').$type<SourceSeed>().notNull(),
	needsReview: boolean('needs_review').notNull().default(true),
	position: integer('position').notNull().default(0),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** Which guide sections rely on which acts. */
export const guideSectionLaw = pgTable(
	'guide_section_law',
	{
		sectionId: uuid('section_id')
			.notNull()
			.references(() => guideSection.id, { onDelete: 'cascade' }),
		lawId: uuid('law_id')
			.notNull()
			.references(() => law.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.sectionId, t.lawId] }), index('guide_section_law_law_idx').on(t.lawId)]
);

export const directoryEntry = pgTable(
	'directory_entry',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		kind: text('kind').notNull(),
		organisationId: uuid('organisation_id').references(() => organisation.id),
		name: jsonb('name').$type<Translated>().notNull(),
		countryIso2: text('country_iso2')
			.notNull()
			.references(() => country.iso2),
		city: jsonb('city').$type<Translated>(),
		address: jsonb('address').$type<Translated>(),
		phones: text('phones')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		email: text('email'),
		website: text('website'),
		hours: jsonb('hours').$type<Translated>(),
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		services: jsonb('services').$type<Translated>().notNull(),
		source: jsonb('source').$type<SourceSeed>().notNull(),
		needsReview: boolean('needs_review').notNull().default(true),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('directory_country_idx').on(t.countryIso2)]
);

export const faq = pgTable('faq', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	question: jsonb('question').$type<Translated>().notNull(),
	answer: jsonb('answer').$type<Translated>().notNull(),
	countryIso2: text('country_iso2').references(() => country.iso2),
	source: jsonb('source').$type<SourceSeed>().notNull(),
	needsReview: boolean('needs_review').notNull().default(true),
	position: integer('position').notNull().default(0),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const CONTENT_TYPES = ['guide', 'guide_section', 'law', 'directory_entry', 'faq'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];
export const REVISION_STATUSES = ['draft', 'in_review', 'published', 'rejected', 'superseded'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

/**
 * Every version of every content record: drafts, the one in review, published ones (history).
 * `data` is the full record as edited; publishing copies it to the live table in one transaction.
 */
export const contentRevision = pgTable(
	'content_revision',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		entityType: text('entity_type', { enum: CONTENT_TYPES }).notNull(),
		entityId: uuid('entity_id').notNull(),
		version: integer('version').notNull(),
		data: jsonb('data').$type<Record<string, unknown>>().notNull(),
		status: text('status', { enum: REVISION_STATUSES }).notNull(),
		authorId: text('author_id').references(() => authUser.id),
		reviewerId: text('reviewer_id').references(() => authUser.id),
		note: text('note'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		decidedAt: timestamp('decided_at', { withTimezone: true })
	},
	(t) => [uniqueIndex('content_revision_version_uq').on(t.entityType, t.entityId, t.version), index('content_revision_status_idx').on(t.status)]
);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** One row per record and language, rebuilt on publish; `norm` is script-neutral (see normalise.ts). */
export const searchDocument = pgTable(
	'search_document',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		entityType: text('entity_type').notNull(),
		entityId: uuid('entity_id').notNull(),
		lang: text('lang').notNull(),
		countryIso2: text('country_iso2'),
		title: text('title').notNull(),
		body: text('body').notNull(),
		url: text('url').notNull(),
		norm: text('norm').notNull(),
		/** the title alone, normalised: a page about the thing ranks above pages that mention it */
		titleNorm: text('title_norm').notNull().default(''),
		tsv: tsvector('tsv')
			.notNull()
			.generatedAlwaysAs(sql`to_tsvector('simple', norm)`)
	},
	(t) => [index('search_entity_idx').on(t.entityType, t.entityId), index('search_tsv_idx').using('gin', t.tsv).with({ fastupdate: 'off' })]
);

/** Every distinct word of the indexed text, for typo-tolerant expansion of query words (pg_trgm). */
export const searchWord = pgTable('search_word', { word: text('word').primaryKey() }, (t) => [
	index('search_word_trgm_idx').using('gist', sql`${t.word} gist_trgm_ops`)
]);

import { boolean, date, index, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Translated } from '#lib/i18n';
import { PROJECT_STATUSES, REPORT_KINDS, type ProjectStatus, type ReportKind } from '#lib/projects';
import { authUser } from '../auth/auth.table';
import { organisation } from '../org/org.table';
import type { SourceSeed } from '../portal/portal.content';
import { region } from '../reference/reference.table';

/**
 * A community project at home (issue 17, part 3): posted by a local authority or NGO, public once a
 * moderator (not of the posting organisation) has verified it. Sapar handles no money: the project links
 * to its official payment route. Entries from content/projects are examples from the seeds.
 */
export const communityProject = pgTable(
	'community_project',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		/** the posting organisation; null for examples from the content files */
		organisationId: uuid('organisation_id').references(() => organisation.id),
		title: jsonb('title').$type<Translated>().notNull(),
		purpose: jsonb('purpose').$type<Translated>().notNull(),
		regionCode: text('region_code')
			.notNull()
			.references(() => region.code),
		district: text('district'),
		village: text('village'),
		budget: numeric('budget', { precision: 14, scale: 2 }),
		currency: text('currency').notNull().default('KGS'),
		startsOn: date('starts_on'),
		endsOn: date('ends_on'),
		responsibleName: text('responsible_name'),
		responsibleRole: text('responsible_role'),
		/** the official payment route (the campaign's page on the Ashar platform); null when not confirmed */
		paymentUrl: text('payment_url'),
		status: text('status', { enum: PROJECT_STATUSES }).$type<ProjectStatus>().notNull().default('pending'),
		/** an example from the seed documents, not an open appeal */
		example: boolean('example').notNull().default(false),
		source: jsonb('source').$type<SourceSeed>(),
		moderationNote: text('moderation_note'),
		createdBy: text('created_by').references(() => authUser.id, { onDelete: 'set null' }),
		verifiedAt: timestamp('verified_at', { withTimezone: true }),
		verifiedBy: text('verified_by').references(() => authUser.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('community_project_status_idx').on(t.status, t.regionCode), index('community_project_org_idx').on(t.organisationId)]
);

/** A progress or spending report by the project's owner; public once a moderator has verified it. */
export const projectReport = pgTable(
	'project_report',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		projectId: uuid('project_id')
			.notNull()
			.references(() => communityProject.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: REPORT_KINDS }).$type<ReportKind>().notNull(),
		body: jsonb('body').$type<Translated>().notNull(),
		/** spending reports: the amount spent in the project's currency */
		amount: numeric('amount', { precision: 14, scale: 2 }),
		status: text('status', { enum: PROJECT_STATUSES }).$type<ProjectStatus>().notNull().default('pending'),
		moderationNote: text('moderation_note'),
		createdBy: text('created_by').references(() => authUser.id, { onDelete: 'set null' }),
		verifiedAt: timestamp('verified_at', { withTimezone: true }),
		verifiedBy: text('verified_by').references(() => authUser.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('project_report_project_idx').on(t.projectId, t.status)]
);

/** A signed-in person following a project: told through their channels when a report is published. */
export const projectFollower = pgTable(
	'project_follower',
	{
		projectId: uuid('project_id')
			.notNull()
			.references(() => communityProject.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.projectId, t.userId] })]
);

import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Translated } from '#lib/i18n';
import { authUser } from '../auth/auth.table';
import type { ContentSource } from '../indicators/indicators.table';
import { organisation } from '../org/org.table';

/**
 * The action-plan tracker (docs/decisions/0022-indicators-and-action-plan.md): goals, tasks and best
 * practices come from content/plan-* files; each task's responsible body (an organisation) records its
 * status and evidence. "Overdue" is not stored: it is a task not done whose deadline has passed.
 */

export const TASK_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const planGoal = pgTable('plan_goal', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	position: integer('position').notNull(),
	title: jsonb('title').$type<Translated>().notNull(),
	source: jsonb('source').$type<ContentSource>().notNull(),
	needsReview: boolean('needs_review').notNull().default(false)
});

export const planPractice = pgTable('plan_practice', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	title: jsonb('title').$type<Translated>().notNull(),
	summary: jsonb('summary').$type<Translated>().notNull(),
	source: jsonb('source').$type<ContentSource>().notNull(),
	needsReview: boolean('needs_review').notNull().default(false)
});

export const planTask = pgTable(
	'plan_task',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull().unique(),
		goalId: uuid('goal_id')
			.notNull()
			.references(() => planGoal.id),
		position: integer('position').notNull(),
		title: jsonb('title').$type<Translated>().notNull(),
		responsibleOrgId: uuid('responsible_org_id')
			.notNull()
			.references(() => organisation.id),
		deadline: date('deadline').notNull(),
		status: text('status', { enum: TASK_STATUSES }).notNull().default('not_started'),
		source: jsonb('source').$type<ContentSource>().notNull(),
		needsReview: boolean('needs_review').notNull().default(false),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		updatedBy: text('updated_by').references(() => authUser.id, { onDelete: 'set null' })
	},
	(t) => [index('plan_task_responsible_idx').on(t.responsibleOrgId), index('plan_task_goal_idx').on(t.goalId)]
);

export const planTaskCoExecutor = pgTable(
	'plan_task_co_executor',
	{
		taskId: uuid('task_id')
			.notNull()
			.references(() => planTask.id, { onDelete: 'cascade' }),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id)
	},
	(t) => [primaryKey({ columns: [t.taskId, t.organisationId] })]
);

export const planTaskPractice = pgTable(
	'plan_task_practice',
	{
		taskId: uuid('task_id')
			.notNull()
			.references(() => planTask.id, { onDelete: 'cascade' }),
		practiceId: uuid('practice_id')
			.notNull()
			.references(() => planPractice.id)
	},
	(t) => [primaryKey({ columns: [t.taskId, t.practiceId] })]
);

export const planTaskEvidence = pgTable(
	'plan_task_evidence',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		taskId: uuid('task_id')
			.notNull()
			.references(() => planTask.id, { onDelete: 'cascade' }),
		url: text('url').notNull(),
		title: text('title').notNull(),
		addedBy: text('added_by').references(() => authUser.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('plan_task_evidence_task_idx').on(t.taskId)]
);

/** Every status change with its note: the task's history. */
export const planTaskUpdate = pgTable(
	'plan_task_update',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		taskId: uuid('task_id')
			.notNull()
			.references(() => planTask.id, { onDelete: 'cascade' }),
		status: text('status', { enum: TASK_STATUSES }).notNull(),
		note: text('note').notNull(),
		updatedBy: text('updated_by').references(() => authUser.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('plan_task_update_task_idx').on(t.taskId, t.createdAt)]
);

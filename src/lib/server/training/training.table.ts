import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Translated } from '#lib/i18n';
import { authUser } from '../auth/auth.table';

export interface QuizQuestion {
	question: Translated;
	options: Translated[];
	correct: number;
}

export const course = pgTable('course', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	title: jsonb('title').$type<Translated>().notNull(),
	summary: jsonb('summary').$type<Translated>().notNull(),
	source: jsonb('source').$type<{ document: string; title: string }>(),
	published: boolean('published').notNull().default(true),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	/** the published course this draft will replace when published (docs/decisions/0011) */
	previousVersionId: uuid('previous_version_id'),
	version: integer('version').notNull().default(1),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const courseModule = pgTable(
	'course_module',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		courseId: uuid('course_id')
			.notNull()
			.references(() => course.id, { onDelete: 'cascade' }),
		position: integer('position').notNull(),
		title: jsonb('title').$type<Translated>().notNull(),
		body: jsonb('body').$type<Translated>().notNull(),
		videoUrl: text('video_url'),
		quiz: jsonb('quiz').$type<QuizQuestion[]>().notNull()
	},
	(t) => [uniqueIndex('course_module_position_uq').on(t.courseId, t.position)]
);

/** A module counts as passed when every quiz answer was right. */
export const modulePass = pgTable(
	'module_pass',
	{
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		moduleId: uuid('module_id')
			.notNull()
			.references(() => courseModule.id, { onDelete: 'cascade' }),
		passedAt: timestamp('passed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.moduleId] })]
);

/** Issued when every module of a course is passed; anyone can verify it by its code. */
export const certificate = pgTable(
	'certificate',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		code: text('code').notNull().unique(),
		userId: text('user_id').references(() => authUser.id, { onDelete: 'set null' }),
		courseId: uuid('course_id')
			.notNull()
			.references(() => course.id),
		holderInitials: text('holder_initials').notNull(),
		issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('certificate_user_idx').on(t.userId), uniqueIndex('certificate_user_course_uq').on(t.userId, t.courseId)]
);

/** A migrant who has answered at least one quiz of a course; attempts feed the pass rate (figures). */
export const courseEnrolment = pgTable(
	'course_enrolment',
	{
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		courseId: uuid('course_id')
			.notNull()
			.references(() => course.id, { onDelete: 'cascade' }),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		attempts: integer('attempts').notNull().default(0),
		passedAttempts: integer('passed_attempts').notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.userId, t.courseId] }), index('course_enrolment_course_idx').on(t.courseId, t.startedAt)]
);

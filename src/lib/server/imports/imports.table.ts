import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { authUser } from '../auth/auth.table';
import { organisation } from '../org/org.table';

export const IMPORT_REGISTERS = ['clients', 'licences', 'consular', 'returnees'] as const;
export type RegisterId = (typeof IMPORT_REGISTERS)[number];

/**
 * uploaded → (check) queued → running → checked → (commit) queued → running → committed
 * → (undo) queued → running → undone; a file that cannot be read ends in failed (nothing written).
 */
export const IMPORT_STATUSES = ['uploaded', 'queued', 'running', 'checked', 'committed', 'undone', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const IMPORT_PHASES = ['check', 'commit', 'undo'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** One uploaded file and what became of it (docs/decisions/0017): who, when, the mapping, the counts. */
export const importBatch = pgTable(
	'import_batch',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id),
		register: text('register', { enum: IMPORT_REGISTERS }).notNull(),
		status: text('status', { enum: IMPORT_STATUSES }).notNull().default('uploaded'),
		/** the phase queued, running or last run */
		phase: text('phase', { enum: IMPORT_PHASES }),
		fileName: text('file_name').notNull(),
		fileSize: bigint('file_size', { mode: 'number' }).notNull(),
		format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
		encoding: text('encoding'),
		delimiter: text('delimiter'),
		/** the file's header row as read (column titles) */
		headers: jsonb('headers').$type<string[]>().notNull().default([]),
		/** register field → column index (0-based) */
		mapping: jsonb('mapping').$type<Record<string, number>>().notNull().default({}),
		rowsRead: integer('rows_read').notNull().default(0),
		created: integer('created').notNull().default(0),
		updated: integer('updated').notNull().default(0),
		unchanged: integer('unchanged').notNull().default(0),
		rejected: integer('rejected').notNull().default(0),
		issues: integer('issues').notNull().default(0),
		/** undo: records removed, restored, and left alone because they changed since */
		removed: integer('removed').notNull().default(0),
		restored: integer('restored').notNull().default(0),
		skipped: integer('skipped').notNull().default(0),
		/** message key (and parameters) when the file could not be read */
		error: text('error'),
		errorParams: jsonb('failure_params').$type<Record<string, string | number>>(),
		fileDeleted: boolean('file_deleted').notNull().default(false),
		createdBy: text('created_by').references(() => authUser.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		checkedAt: timestamp('checked_at', { withTimezone: true }),
		committedBy: text('committed_by').references(() => authUser.id, { onDelete: 'set null' }),
		committedAt: timestamp('committed_at', { withTimezone: true }),
		undoneBy: text('undone_by').references(() => authUser.id, { onDelete: 'set null' }),
		undoneAt: timestamp('undone_at', { withTimezone: true }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('import_batch_org_idx').on(t.organisationId, t.createdAt)]
);

/** A problem with one row (and field) of a batch's file: a message key and its parameters, never the value. */
export const importIssue = pgTable(
	'import_issue',
	{
		batchId: uuid('batch_id')
			.notNull()
			.references(() => importBatch.id, { onDelete: 'cascade' }),
		/** the row's number as a spreadsheet shows it (the header is row 1) */
		rowNo: integer('row_no').notNull(),
		/** the register field, or null for the whole row */
		field: text('field'),
		code: text('code').notNull(),
		params: jsonb('params').$type<Record<string, string | number>>()
	},
	(t) => [index('import_issue_batch_idx').on(t.batchId, t.rowNo)]
);

/**
 * What a commit changed, for undo: each record created or updated, the row as it was before (updates),
 * and a fingerprint of the row as the import left it; undo touches a record only if it still matches.
 */
export const importChange = pgTable(
	'import_change',
	{
		batchId: uuid('batch_id')
			.notNull()
			.references(() => importBatch.id, { onDelete: 'cascade' }),
		target: text('target').notNull(),
		recordId: text('record_id').notNull(),
		action: text('action', { enum: ['created', 'updated'] }).notNull(),
		before: jsonb('before'),
		afterHash: text('after_hash')
	},
	(t) => [index('import_change_batch_idx').on(t.batchId, t.target)]
);

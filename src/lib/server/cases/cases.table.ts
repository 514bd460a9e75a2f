import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgSequence, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { authUser } from '../auth/auth.table';
import { organisation } from '../org/org.table';
import { agency } from '../recruitment/recruitment.table';
import { country } from '../reference/reference.table';
import { CASE_STATUSES, CASE_TYPES, CONFIDENTIALITY, OUTCOMES, URGENCIES, type Screening } from '#lib/cases';

export * from '#lib/cases';

export const caseNumberSeq = pgSequence('help_case_number_seq', { startWith: 1 });

/** A case. Narrative, contact and identity document numbers are ciphertext (docs/decisions/0013). */
export const helpCase = pgTable(
	'help_case',
	{
		id: uuid('id').primaryKey(),
		/** SP-2026-000123: what people read out on the phone */
		number: text('number').notNull().unique(),
		/** sha256 of the secret tracking code; the code itself is shown once */
		trackingHash: text('tracking_hash').notNull(),
		type: text('type', { enum: CASE_TYPES }).notNull(),
		countryIso2: text('country_iso2')
			.notNull()
			.references(() => country.iso2),
		city: text('city').notNull(),
		employerName: text('employer_name'),
		agencyName: text('agency_name'),
		/** the register's agency when the named one is found there */
		agencyId: uuid('agency_id').references(() => agency.organisationId),
		urgency: text('urgency', { enum: URGENCIES }).notNull().default('normal'),
		traffickingFlag: boolean('trafficking_flag').notNull().default(false),
		screening: jsonb('screening').$type<Screening[]>().notNull().default([]),
		confidentiality: text('confidentiality', { enum: CONFIDENTIALITY }).notNull().default('standard'),
		status: text('status', { enum: CASE_STATUSES }).notNull().default('new'),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id),
		assigneeUserId: text('assignee_user_id').references(() => authUser.id, { onDelete: 'set null' }),
		/** the signed-in migrant who asked; null for anonymous requests */
		reporterUserId: text('reporter_user_id').references(() => authUser.id, { onDelete: 'set null' }),
		/** null once the case is minimised (privacy retention, docs/decisions/0032) */
		narrativeEnc: text('narrative_enc'),
		contactEnc: text('contact_enc'),
		idDocumentEnc: text('id_document_enc'),
		language: text('language').notNull().default('ky'),
		firstResponseDue: timestamp('first_response_due', { withTimezone: true }).notNull(),
		resolutionDue: timestamp('resolution_due', { withTimezone: true }).notNull(),
		firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		outcomes: text('outcomes', { enum: OUTCOMES })
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		wagesRecovered: numeric('wages_recovered', { precision: 14, scale: 2 }),
		wagesCurrency: text('wages_currency'),
		outcomeNoteEnc: text('outcome_note_enc'),
		/** when retention removed narrative, contact, documents, notes, messages and files (counts stay) */
		minimisedAt: timestamp('minimised_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('help_case_queue_idx').on(t.organisationId, t.status, t.resolutionDue),
		index('help_case_reporter_idx').on(t.reporterUserId),
		index('help_case_figures_idx').on(t.countryIso2, t.type),
		index('help_case_retention_idx')
			.on(t.closedAt)
			.where(sql`status = 'closed' and minimised_at is null`)
	]
);

export const CASE_EVENTS = [
	'created',
	'viewed',
	'triaged',
	'assigned',
	'message_sent',
	'information_added',
	'task_added',
	'task_done',
	'closed',
	'reopened',
	'referral_sent',
	'referral_accepted',
	'referral_rejected',
	'transfer_sent',
	'transfer_accepted',
	'transfer_rejected',
	'attachment_added',
	'nrm_step',
	'employer_reported'
] as const;
export type CaseEventKind = (typeof CASE_EVENTS)[number];

/** The timeline: every event on a case. `data` holds no personal data (that stays encrypted). */
export const caseEvent = pgTable(
	'case_event',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		caseId: uuid('case_id')
			.notNull()
			.references(() => helpCase.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: CASE_EVENTS }).notNull(),
		actorUserId: text('actor_user_id').references(() => authUser.id, { onDelete: 'set null' }),
		actorOrganisationId: uuid('actor_organisation_id').references(() => organisation.id),
		data: jsonb('data').$type<Record<string, string | number | boolean | null | string[]>>().notNull().default({}),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('case_event_case_idx').on(t.caseId, t.at)]
);

/** Messages between the case worker and the person; the text is encrypted. */
export const caseMessage = pgTable(
	'case_message',
	{
		id: uuid('id').primaryKey(),
		caseId: uuid('case_id')
			.notNull()
			.references(() => helpCase.id, { onDelete: 'cascade' }),
		fromPerson: boolean('from_person').notNull(),
		bodyEnc: text('body_enc').notNull(),
		authorUserId: text('author_user_id').references(() => authUser.id, { onDelete: 'set null' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('case_message_case_idx').on(t.caseId, t.at)]
);

export const caseTask = pgTable(
	'case_task',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		caseId: uuid('case_id')
			.notNull()
			.references(() => helpCase.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		dueOn: date('due_on').notNull(),
		doneAt: timestamp('done_at', { withTimezone: true }),
		createdBy: text('created_by').references(() => authUser.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('case_task_case_idx').on(t.caseId)]
);

export const TRANSITION_KINDS = ['referral', 'transfer'] as const;
export const TRANSITION_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export const CONSENT = ['given', 'danger_to_life'] as const;

/** Referrals and transfers between organisations (Primero's transitions), with the consent recorded. */
export const caseTransition = pgTable(
	'case_transition',
	{
		id: uuid('id').primaryKey(),
		caseId: uuid('case_id')
			.notNull()
			.references(() => helpCase.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: TRANSITION_KINDS }).notNull(),
		fromOrganisationId: uuid('from_organisation_id')
			.notNull()
			.references(() => organisation.id),
		toOrganisationId: uuid('to_organisation_id')
			.notNull()
			.references(() => organisation.id),
		status: text('status', { enum: TRANSITION_STATUSES }).notNull().default('pending'),
		consent: text('consent', { enum: CONSENT }).notNull(),
		/** why (encrypted): the service asked for, or the danger to life that overrides consent */
		noteEnc: text('note_enc'),
		decisionReason: text('decision_reason'),
		createdBy: text('created_by').references(() => authUser.id, { onDelete: 'set null' }),
		decidedBy: text('decided_by').references(() => authUser.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp('decided_at', { withTimezone: true })
	},
	(t) => [index('case_transition_case_idx').on(t.caseId), index('case_transition_to_idx').on(t.toOrganisationId, t.status)]
);

/** Per-organisation deadlines per case type; defaults in cases.service.ts when no row exists. */
export const caseDeadline = pgTable(
	'case_deadline',
	{
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id),
		type: text('type', { enum: CASE_TYPES }).notNull(),
		firstResponseHours: integer('first_response_hours').notNull(),
		resolutionDays: integer('resolution_days').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.organisationId, t.type] })]
);

/** Files on a case: encrypted bytes under the attachment directory (outside the web root); the name is encrypted too. */
export const caseAttachment = pgTable(
	'case_attachment',
	{
		id: uuid('id').primaryKey(),
		caseId: uuid('case_id')
			.notNull()
			.references(() => helpCase.id, { onDelete: 'cascade' }),
		fileNameEnc: text('file_name_enc').notNull(),
		mediaType: text('media_type').notNull(),
		size: integer('size').notNull(),
		uploadedBy: text('uploaded_by').references(() => authUser.id, { onDelete: 'set null' }),
		/** Sent by the person from the tracking page (shown back to them), not by staff. */
		fromPerson: boolean('from_person').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('case_attachment_case_idx').on(t.caseId)]
);

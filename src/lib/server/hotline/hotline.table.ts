import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { authUser } from '../auth/auth.table';
import { helpCase } from '../cases/cases.table';
import { organisation } from '../org/org.table';
import { directoryEntry } from '../portal/portal.table';
import { country } from '../reference/reference.table';
import { HOTLINE_LANGUAGES, HOTLINE_TOPICS } from '#lib/hotline';

/**
 * A call to the hotline, logged by an operator of one organisation and seen only by it. The caller's
 * phone, the question and the answer are ciphertext (field-crypto, like cases); topic, language and
 * destination stay in clear for the counts.
 */
export const hotlineCall = pgTable(
	'hotline_call',
	{
		id: uuid('id').primaryKey(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id),
		operatorUserId: text('operator_user_id').references(() => authUser.id, { onDelete: 'set null' }),
		/** null: an anonymous caller */
		phoneEnc: text('phone_enc'),
		/** blind index of the phone (crypto/blind-index, purpose `hotline_phone`): the person's export and deletion find their calls */
		phoneIndex: text('phone_index'),
		language: text('language', { enum: HOTLINE_LANGUAGES }).notNull(),
		topic: text('topic', { enum: HOTLINE_TOPICS }).notNull(),
		destinationIso2: text('destination_iso2').references(() => country.iso2),
		questionEnc: text('question_enc').notNull(),
		answerEnc: text('answer_enc'),
		smsCount: integer('sms_count').notNull().default(0),
		/** the help case opened from the call, with the caller's consent */
		caseId: uuid('case_id').references(() => helpCase.id, { onDelete: 'set null' }),
		caseNumber: text('case_number'),
		/** the help-directory entry the caller was referred to, with their consent */
		referralEntryId: uuid('referral_entry_id').references(() => directoryEntry.id, { onDelete: 'set null' }),
		consentAt: timestamp('consent_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('hotline_call_org_idx').on(t.organisationId, t.createdAt), index('hotline_call_phone_idx').on(t.phoneIndex)]
);

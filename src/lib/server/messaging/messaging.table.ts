import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Messages captured instead of sent, in every mode but production (/dev/outbox). */
export const devOutbox = pgTable(
	'dev_outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		channel: text('channel', { enum: ['sms', 'email'] }).notNull(),
		recipient: text('recipient').notNull(),
		subject: text('subject'),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('dev_outbox_recipient_idx').on(t.recipient, t.createdAt)]
);

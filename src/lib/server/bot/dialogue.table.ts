import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Where a chat is in the bot's help-request dialogue (one row per chat; dropped when done or after an hour). */
export const botDialogue = pgTable('bot_dialogue', {
	chatId: text('chat_id').primaryKey(),
	step: text('step', { enum: ['type', 'country', 'city', 'narrative', 'danger'] }).notNull(),
	data: jsonb('data').$type<Record<string, string>>().notNull().default({}),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

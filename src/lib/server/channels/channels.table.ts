import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, pgView, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { authUser } from '../auth/auth.table';

/** The channels that leave Sapar (docs/decisions/0014). */
export const CHANNELS = ['sms', 'telegram', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * GOV.UK Notify's vocabulary: created → sending → sent → delivered | temporary_failure |
 * permanent_failure | technical_failure; also cancelled (by the domain) and suppressed (opted out).
 */
export const MESSAGE_STATUSES = [
	'created',
	'sending',
	'sent',
	'delivered',
	'temporary_failure',
	'permanent_failure',
	'technical_failure',
	'cancelled',
	'suppressed'
] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Telegram buttons: inline answer buttons (callback data ≤ 64 bytes), or a "share my phone number" keyboard. */
export type Buttons = { kind: 'inline'; rows: { text: string; data?: string; url?: string }[][] } | { kind: 'contact'; text: string } | { kind: 'remove' };

/**
 * One row per message per channel. Domains insert rows (enqueueMessage, or INSERT … SELECT for an
 * alert's audience); the dispatcher claims and sends them. Address, subject, body and buttons are
 * cleared after 7 days; the row (status, counts, links) stays.
 */
export const message = pgTable(
	'message',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		channel: text('channel', { enum: CHANNELS }).notNull(),
		/** E.164 phone (sms), chat id (telegram) or e-mail address; null after retention. */
		address: text('address'),
		locale: text('locale').notNull().default('ky'),
		subject: text('subject'),
		body: text('body'),
		buttons: jsonb('buttons').$type<Buttons>(),
		/** What it is for: otp, case, reminder, alert, application, licence, invitation, reply, … */
		purpose: text('purpose').notNull(),
		/** The domain row it serves (e.g. an alert recipient); unique per channel, so a retry or fallback never doubles it. */
		refId: uuid('ref_id'),
		/** A domain's batch (e.g. an alert): counts and cancel. */
		batchId: uuid('batch_id'),
		/** The person, when it is one with an account: preferences, safe time and fallback. */
		userId: text('user_id'),
		urgent: boolean('urgent').notNull().default(false),
		/** 0 = sign-in codes and replies, 1 = urgent, 2 = the rest: claims take lower first. */
		priority: smallint('priority').notNull().default(2),
		/** Not sent before (safe time, retry back-off). */
		notBefore: timestamp('not_before', { withTimezone: true }).notNull().defaultNow(),
		status: text('status', { enum: MESSAGE_STATUSES }).notNull().default('created'),
		attempts: smallint('attempts').notNull().default(0),
		/** Was left in `sending` by a node that died: sent again once, and counted. */
		inDoubt: boolean('in_doubt').notNull().default(false),
		claimedBy: text('claimed_by'),
		claimedAt: timestamp('claimed_at', { withTimezone: true }),
		providerIds: text('provider_ids').array(),
		parts: smallint('parts'),
		partsDelivered: smallint('parts_delivered').notNull().default(0),
		/** Seconds to wait for delivery before the next channel in the person's order; null = no fallback. */
		fallbackSeconds: integer('fallback_seconds'),
		fellBackAt: timestamp('fell_back_at', { withTimezone: true }),
		/** A short reason code (never personal data). */
		error: text('error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		doneAt: timestamp('done_at', { withTimezone: true })
	},
	(t) => [
		index('message_due_idx')
			.on(t.channel, t.priority, t.notBefore)
			.where(sql`status = 'created'`),
		index('message_sending_idx')
			.on(t.claimedAt)
			.where(sql`status = 'sending'`),
		index('message_fallback_idx')
			.on(t.status)
			.where(sql`fallback_seconds is not null and fell_back_at is null and status not in ('created', 'sending', 'delivered', 'cancelled')`),
		index('message_provider_idx')
			.using('gin', t.providerIds)
			.where(sql`provider_ids is not null`),
		index('message_batch_idx')
			.on(t.batchId)
			.where(sql`batch_id is not null`),
		uniqueIndex('message_ref_channel_idx')
			.on(t.refId, t.channel)
			.where(sql`ref_id is not null`),
		index('message_created_brin').using('brin', t.createdAt)
	]
);

/** Receipts that arrived before their message's outcome was committed (another node, or a fast SMSC). */
export const messageReceiptPending = pgTable('message_receipt_pending', {
	providerId: text('provider_id').primaryKey(),
	channel: text('channel', { enum: CHANNELS }).notNull(),
	state: text('state', { enum: ['delivered', 'failed', 'expired', 'unknown'] }).notNull(),
	receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow()
});

/** Addresses that said stop (or that a provider says cannot be reached): never sent to, whatever the purpose. */
export const suppression = pgTable(
	'suppression',
	{
		channel: text('channel', { enum: CHANNELS }).notNull(),
		address: text('address').notNull(),
		reason: text('reason', { enum: ['stop_reply', 'telegram_stop', 'telegram_blocked', 'unsubscribe_link', 'account_setting', 'provider'] }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.channel, t.address] })]
);

/** A person's channel order and safe time (local minutes from midnight, in their time zone). */
export const channelPreference = pgTable('channel_preference', {
	userId: text('user_id')
		.primaryKey()
		.references(() => authUser.id, { onDelete: 'cascade' }),
	channelOrder: text('channel_order')
		.array()
		.notNull()
		.default(sql`'{}'::text[]`),
	safeFrom: smallint('safe_from'),
	safeTo: smallint('safe_to'),
	timeZone: text('time_zone').notNull().default('Asia/Bishkek'),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** A person's Telegram chat (linked by a shared contact or a one-time code). */
export const telegramLink = pgTable('telegram_link', {
	userId: text('user_id')
		.primaryKey()
		.references(() => authUser.id, { onDelete: 'cascade' }),
	chatId: text('chat_id').notNull().unique(),
	linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow()
});

/** One-time codes to link a Telegram chat from the account page (only the hash is kept). */
export const telegramLinkCode = pgTable('telegram_link_code', {
	codeHash: text('code_hash').primaryKey(),
	userId: text('user_id')
		.notNull()
		.references(() => authUser.id, { onDelete: 'cascade' }),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
});

/** Everything that came in (SMS replies, Telegram updates), what handled it; address and text cleared after 7 days. */
export const inboundMessage = pgTable(
	'inbound_message',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		channel: text('channel', { enum: CHANNELS }).notNull(),
		address: text('address'),
		body: text('body'),
		userId: text('user_id'),
		/** opt_out, opt_in, the name of the domain handler, or ignored. */
		handledBy: text('handled_by').notNull(),
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('inbound_received_brin').using('brin', t.receivedAt)]
);

/**
 * Every reachable channel of every account, in the person's order (drizzle/0014_channels_view.sql):
 * Telegram when linked, SMS to the account phone, e-mail when it is a real one; opted-out addresses
 * left out. `position` orders them (the person's channel order first, then telegram, sms, email).
 * Domains join it for set-based sends: `distinct on (user_id) … order by user_id, position`.
 */
export const channelContact = pgView('channel_contact', {
	userId: text('user_id').notNull(),
	channel: text('channel', { enum: CHANNELS }).notNull(),
	address: text('address').notNull(),
	position: integer('position').notNull()
}).existing();

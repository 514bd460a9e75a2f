import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { authUser } from '../auth/auth.table';
import { organisation } from '../org/org.table';

/** What a partner system's key may do (docs/decisions/0026). */
export const API_SCOPES = ['public.read', 'open_data.read', 'help_requests.create', 'cases.read'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/** A partner system's key: only its SHA-256 is kept; the token is shown once. */
export const apiKey = pgTable(
	'api_key',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id),
		name: text('name').notNull(),
		/** The token's first characters, to recognise it in lists and logs (never enough to use it). */
		prefix: text('prefix').notNull(),
		hash: text('hash').notNull().unique(),
		scopes: text('scopes').array().notNull(),
		createdBy: text('created_by').references(() => authUser.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		revokedAt: timestamp('revoked_at', { withTimezone: true }),
		revokedBy: text('revoked_by').references(() => authUser.id),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		/** The key this one replaced (rotation). */
		replaces: uuid('replaces')
	},
	(t) => [index('api_key_org_idx').on(t.organisationId, t.createdAt)]
);

import { bigint, boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Tables used by better-auth (field names are better-auth's; SQL names are ours).
export const authUser = pgTable('auth_user', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	email: text('email').notNull().unique(),
	emailVerified: boolean('email_verified').notNull().default(false),
	image: text('image'),
	phoneNumber: text('phone_number').unique(),
	phoneNumberVerified: boolean('phone_number_verified'),
	twoFactorEnabled: boolean('two_factor_enabled').default(false),
	/** 'migrant' or 'staff'; staff also have a membership */
	kind: text('kind').notNull().default('migrant'),
	locale: text('locale'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export const authSession = pgTable(
	'auth_session',
	{
		id: text('id').primaryKey(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		token: text('token').notNull().unique(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' })
	},
	(t) => [index('auth_session_user_idx').on(t.userId)]
);

export const authAccount = pgTable(
	'auth_account',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id').notNull(),
		providerId: text('provider_id').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		accessToken: text('access_token'),
		refreshToken: text('refresh_token'),
		idToken: text('id_token'),
		accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
		refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
		scope: text('scope'),
		password: text('password'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('auth_account_user_idx').on(t.userId)]
);

export const authVerification = pgTable(
	'auth_verification',
	{
		id: text('id').primaryKey(),
		identifier: text('identifier').notNull(),
		value: text('value').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('auth_verification_identifier_idx').on(t.identifier)]
);

export const authTwoFactor = pgTable(
	'auth_two_factor',
	{
		id: text('id').primaryKey(),
		secret: text('secret').notNull(),
		backupCodes: text('backup_codes').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => authUser.id, { onDelete: 'cascade' }),
		verified: boolean('verified').default(true),
		failedVerificationCount: integer('failed_verification_count').default(0),
		lockedUntil: timestamp('locked_until', { withTimezone: true })
	},
	(t) => [index('auth_two_factor_user_idx').on(t.userId), index('auth_two_factor_secret_idx').on(t.secret)]
);

/**
 * The last TOTP time step accepted for each staff member (issue 15, finding 6): a code is refused
 * when its step is not newer, so one code cannot be used twice within its window.
 */
export const authTotpStep = pgTable('auth_totp_step', {
	userId: text('user_id')
		.primaryKey()
		.references(() => authUser.id, { onDelete: 'cascade' }),
	step: bigint('step', { mode: 'number' }).notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * Staff session limits (issue 15, finding 7), beside better-auth's own session row: when the session
 * was last used (idle timeout) and when its owner last proved who they are (re-authentication).
 */
export const staffSession = pgTable('staff_session', {
	sessionId: text('session_id')
		.primaryKey()
		.references(() => authSession.id, { onDelete: 'cascade' }),
	lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
	authenticatedAt: timestamp('authenticated_at', { withTimezone: true }).notNull()
});

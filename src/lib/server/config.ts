/** Runtime configuration, read once from the environment (shared by the app and scripts). */
const env = process.env;

export type Mode = 'production' | 'development' | 'test';

function mode(): Mode {
	const value = env.SAPAR_MODE ?? (env.NODE_ENV === 'production' ? 'production' : 'development');
	if (value === 'production' || value === 'test') return value;
	return 'development';
}

export const config = {
	mode: mode(),
	get databaseUrl(): string {
		const url = env.DATABASE_URL;
		if (!url) throw new Error('DATABASE_URL is not set (scripts/start.ts sets it for the embedded database)');
		return url;
	},
	/** Public origin, e.g. https://sapar.gov.kg. Used by auth, CSRF and absolute links. */
	get origin(): string {
		return env.ORIGIN ?? `http://localhost:${env.PORT ?? '3000'}`;
	},
	get authSecret(): string {
		const secret = env.AUTH_SECRET;
		if (secret) return secret;
		if (mode() === 'production') throw new Error('AUTH_SECRET must be set in production');
		return 'sapar-development-secret-not-for-production-use-0001';
	},
	smtpUrl: env.SMTP_URL ?? '',
	mailFrom: env.MAIL_FROM ?? 'Sapar <no-reply@sapar.local>',
	/** Messages go to the development outbox unless a real transport is configured and we are in production. */
	get useOutbox(): boolean {
		return mode() !== 'production';
	},
	logLevel: env.LOG_LEVEL ?? 'info'
};

export const isProduction = () => config.mode === 'production';
/** Cookies are Secure whenever the public origin is https. */
export const secureCookies = () => config.origin.startsWith('https:');

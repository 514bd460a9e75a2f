import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Runtime configuration, read from the environment (shared by the app and scripts). `checkConfig` is
 * the one validation, run once by scripts/start.ts before anything starts: it lists every problem in
 * plain English for the operator (README: Configuration, docs/operations.md).
 */
const env = process.env;

export type Mode = 'production' | 'development' | 'test';

/** The mode a set of variables asks for (SAPAR_MODE, else production when NODE_ENV=production). */
export function modeOf(e: NodeJS.ProcessEnv): Mode {
	const value = e.SAPAR_MODE ?? (e.NODE_ENV === 'production' ? 'production' : 'development');
	if (value === 'production' || value === 'test') return value;
	return 'development';
}
const mode = () => modeOf(env);

/** Everything Sapar keeps on disk lives under SAPAR_DATA_DIR (docs/decisions/0018). */
export function dataDir(e: NodeJS.ProcessEnv = env): string {
	return resolve(e.SAPAR_DATA_DIR || '.data');
}
/** A path under the data directory. */
export const dataPath = (...parts: string[]) => join(dataDir(), ...parts);
/** The embedded PostgreSQL's cluster (an older layout pointed SAPAR_DATA_DIR at the cluster itself). */
export function postgresDir(e: NodeJS.ProcessEnv = env): string {
	const root = dataDir(e);
	return existsSync(join(root, 'PG_VERSION')) ? root : join(root, 'postgres');
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

// ---------------------------------------------------------------------------------------------
// Validation at start

const YES = ['yes', 'true', '1', 'on'];
const count = (what: string) => z.string().regex(/^\d+$/, `must be a whole number (${what})`).optional();
const base64Key = /^[A-Za-z0-9+/_-]{42,44}={0,2}$/;

/** The shape of every variable Sapar reads; unknown variables are ignored. */
export const EnvSchema = z.object({
	SAPAR_MODE: z.enum(['production', 'development', 'test'], { error: 'must be production, development or test' }).optional(),
	PORT: z
		.string()
		.regex(/^\d{1,5}$/, 'must be a port number, e.g. 3000')
		.optional(),
	HOST: z.string().min(1).optional(),
	ORIGIN: z.url({ protocol: /^https?$/, error: 'must be the public address, e.g. https://sapar.example.kg (no path)' }).optional(),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\/\S+$/, 'must be a PostgreSQL address, e.g. postgres://user:password@host:5432/sapar')
		.optional(),
	DB_POOL_MAX: count('connections per process, e.g. 10'),
	DB_CONNECT_TIMEOUT_MS: count('milliseconds a request waits for a database connection'),
	AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. the output of `openssl rand -base64 48`)').optional(),
	SAPAR_DATA_DIR: z.string().min(1).optional(),
	SAPAR_ALLOW_EMBEDDED_DB: z.string().optional(),
	SAPAR_DEMO: z.enum(['on', 'off'], { error: 'must be on or off' }).optional(),
	SAPAR_CASE_KEY: z
		.string()
		.regex(
			/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=_-]{43,44}(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=_-]{43,44})*$/,
			'must be id:base64key[,id:base64key…] with 32-byte keys (the first one encrypts)'
		)
		.optional(),
	SAPAR_CASE_KEY_FILE: z.string().min(1).optional(),
	SAPAR_INDEX_KEY: z.string().regex(base64Key, 'must be 32 bytes in base64 (e.g. `openssl rand -base64 32`)').optional(),
	SAPAR_INDEX_KEY_FILE: z.string().min(1).optional(),
	LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], { error: 'must be debug, info, warn or error' }).optional(),
	METRICS_TOKEN: z.string().min(24, 'must be at least 24 characters (e.g. `openssl rand -hex 24`)').optional(),
	SAPAR_IMPORT_MAX_MB: count('megabytes'),
	SAPAR_STATS_THRESHOLD: z
		.string()
		.regex(/^([2-9]|[1-9]\d+)$/, 'must be a whole number of at least 2 (counts below it are not published; default 5)')
		.optional(),
	SAPAR_CLOSED_CASE_RETENTION_DAYS: z
		.string()
		.regex(/^([3-9]\d|[1-9]\d{2,4})$/, 'must be a whole number of days, at least 30 (closed cases are minimised after it; default 365)')
		.optional(),
	PAGE_CACHE_TTL_MS: count('milliseconds'),
	RATE_LIMIT_OTP_PER_IP: count('codes an hour'),
	RATE_LIMIT_SIGNIN_PER_IP: count('attempts per 15 minutes'),
	RATE_LIMIT_CASE_PER_IP: count('help requests an hour'),
	RATE_LIMIT_REPORT_PER_IP: count('reports an hour')
});

/**
 * Every problem that stops a start, as sentences for an operator (an empty list when Sapar may start).
 * `extra` lets lower layers add theirs (the channels layer's production rules).
 */
export function checkConfig(e: NodeJS.ProcessEnv = env, extra: (e: NodeJS.ProcessEnv) => string[] = () => []): string[] {
	const problems: string[] = [];
	const parsed = EnvSchema.safeParse(e);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}.`);
	}
	if (modeOf(e) === 'production') {
		if (!e.DATABASE_URL && !YES.includes((e.SAPAR_ALLOW_EMBEDDED_DB ?? '').toLowerCase())) {
			problems.push(
				'DATABASE_URL is not set: production runs on an external PostgreSQL (≥ 15) that is backed up (docs/operations.md). ' +
					'To run on the embedded database anyway (a single small installation), set SAPAR_ALLOW_EMBEDDED_DB=yes.'
			);
		}
		if (!e.AUTH_SECRET) problems.push('AUTH_SECRET is not set: production needs a secret of at least 32 characters (`openssl rand -base64 48`).');
		if (!e.ORIGIN) problems.push('ORIGIN is not set: give the public address, e.g. ORIGIN=https://sapar.example.kg.');
		problems.push(...keyProblems('SAPAR_CASE_KEY', 'case-encryption key', e, 'id:base64key (32 bytes)'));
		problems.push(...keyProblems('SAPAR_INDEX_KEY', 'blind-index key', e, 'base64 (32 bytes)'));
		if (e.SAPAR_DEMO === 'on') problems.push('SAPAR_DEMO=on loads demo accounts with a published password: never in production.');
	}
	try {
		problems.push(...extra(e));
	} catch (error) {
		problems.push((error as Error).message);
	}
	return problems;
}

function keyProblems(name: string, what: string, e: NodeJS.ProcessEnv, format: string): string[] {
	if (e[name]) return [];
	const file = e[`${name}_FILE`];
	if (!file) return [`${name} or ${name}_FILE is not set: production refuses to generate a ${what} (${format}; docs/operations.md, "Keys").`];
	if (!existsSync(file)) return [`${name}_FILE points to ${file}, which does not exist.`];
	return [];
}

/** The text printed when Sapar refuses to start. */
export function formatProblems(problems: string[]): string {
	return `Sapar cannot start; the configuration has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n(See README, "Configuration", and docs/operations.md.)`;
}

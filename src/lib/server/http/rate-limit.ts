import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { getPool } from '../db/client';
import { AppError } from '../errors';

/**
 * Rate limits kept in PostgreSQL (rate-limiter-flexible, table `rate_limit` from our migrations),
 * so they hold across processes and restarts. Tiers: code requests < sign-in attempts < general writes.
 */
const TIERS = {
	/** SMS codes sent to one phone number */
	otpPhone: { points: 3, duration: 3600 },
	/** SMS codes requested from one address (mobile carriers put many people behind one address) */
	otpIp: { points: Number(process.env.RATE_LIMIT_OTP_PER_IP ?? 30), duration: 3600 },
	/**
	 * Wrong sign-in codes for one phone from one address: that address waits; the phone is never locked
	 * for everyone (issue 15; guessing is bounded by 3 tries a code and otpPhone). Counted on failure.
	 */
	phoneCodeAddress: { points: 5, duration: 900 },
	/**
	 * Wrong staff passwords for one e-mail from all addresses: past this many, the account is guarded
	 * (password and second factor asked together), never locked (issue 15, finding 4). Counted on failure.
	 */
	staffAccount: { points: 10, duration: 900 },
	/** wrong staff passwords for one e-mail from one address: that address waits (counted on failure) */
	staffAccountAddress: { points: 5, duration: 900 },
	/** sign-in attempts from one address */
	signInIp: { points: Number(process.env.RATE_LIMIT_SIGNIN_PER_IP ?? 60), duration: 900 },
	/** public reports about employers from one address (generous: people share addresses) */
	reportIp: { points: Number(process.env.RATE_LIMIT_REPORT_PER_IP ?? 20), duration: 3600 },
	/** help requests from one device (a cookie Sapar issued and signed): a first report always gets through */
	caseReport: { points: 5, duration: 3600 },
	/** help requests from one address without a signed device cookie (API, cookies off) */
	caseReportAddress: { points: Number(process.env.RATE_LIMIT_CASE_PER_IP ?? 30), duration: 3600 },
	/** help requests from one address across all its signed devices (people share carrier addresses) */
	caseReportAddressDevices: { points: Number(process.env.RATE_LIMIT_CASE_DEVICES_PER_IP ?? 100), duration: 3600 },
	/** number + code look-ups from one signed device */
	caseTrack: { points: 20, duration: 900 },
	/** requests with one partner API key, per minute */
	apiKey: { points: Number(process.env.RATE_LIMIT_API_KEY_PER_MINUTE ?? 600), duration: 60 },
	/** number + code look-ups from one address (all its devices together) */
	caseTrackAddress: { points: Number(process.env.RATE_LIMIT_TRACK_PER_IP ?? 60), duration: 900 }
} as const;
export type Tier = keyof typeof TIERS;

const limiters = new Map<Tier, RateLimiterPostgres>();

function limiter(tier: Tier): RateLimiterPostgres {
	let found = limiters.get(tier);
	if (!found) {
		found = new RateLimiterPostgres({
			storeClient: getPool(),
			storeType: 'pool',
			tableName: 'rate_limit',
			tableCreated: true,
			keyPrefix: tier,
			...TIERS[tier]
		});
		limiters.set(tier, found);
	}
	return found;
}

/**
 * What limits are keyed on for a client address: IPv4 as it is, IPv6 by its /64 prefix (one
 * subscriber gets a whole /64 and can pick any address in it); IPv4-mapped IPv6 as IPv4. The address
 * comes from the socket, or, behind a proxy, from the configured trusted header (adapter-node's
 * ADDRESS_HEADER and XFF_DEPTH), never from a header the client alone controls.
 */
export function addressKey(ip: string | null | undefined): string {
	if (!ip) return 'unknown';
	const raw = ip
		.trim()
		.toLowerCase()
		.replace(/^\[|\]$/g, '')
		.replace(/%.*$/, '');
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(raw);
	if (mapped) return mapped[1];
	if (!raw.includes(':')) return raw;
	const [head, tail = ''] = raw.split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const groups = raw.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
	return `${groups
		.slice(0, 4)
		.map((g) => (parseInt(g, 16) || 0).toString(16))
		.join(':')}::/64`;
}

/** Keys are hashed: any length fits the table's column, and no phone, e-mail or address is stored. */
const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');

/** Spends one point; throws AppError('rate_limited') with a retry time when the tier is used up. */
export async function consume(tier: Tier, key: string): Promise<void> {
	try {
		await limiter(tier).consume(hashed(key));
	} catch (error) {
		if (error instanceof RateLimiterRes) {
			throw new AppError('rate_limited', `rate limit ${tier}`, {
				retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000)
			});
		}
		throw error;
	}
}

/** Clears an account's failure counter after a successful sign-in. */
export async function reset(tier: Tier, key: string): Promise<void> {
	await limiter(tier).delete(hashed(key));
}

/** Points spent so far in the tier's window (0 when none). */
export async function spent(tier: Tier, key: string): Promise<number> {
	const res = await limiter(tier).get(hashed(key));
	return res?.consumedPoints ?? 0;
}

/** Throws AppError('rate_limited') when the tier is used up, without spending a point. */
export async function check(tier: Tier, key: string): Promise<void> {
	const res = await limiter(tier).get(hashed(key));
	if (res && res.consumedPoints >= TIERS[tier].points) {
		throw new AppError('rate_limited', `rate limit ${tier}`, { retryAfterSeconds: Math.ceil(res.msBeforeNext / 1000) });
	}
}

/** Spends one point without refusing (a failure counted after the fact); returns the points now spent. */
export async function penalise(tier: Tier, key: string): Promise<number> {
	const res = await limiter(tier).penalty(hashed(key), 1);
	return res.consumedPoints;
}

/** How many points a tier allows in its window. */
export const allowance = (tier: Tier): number => TIERS[tier].points;

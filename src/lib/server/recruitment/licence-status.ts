import type { LicenceState } from './recruitment.table';

/** What the public is told about a licence, in plain words (see the agency check page). */
export type LicenceStatus = 'valid' | 'suspended' | 'revoked' | 'expired' | 'never';

const DAY = 86_400_000;

/** Today's date in Kyrgyzstan (licences are dated in Bishkek time), as YYYY-MM-DD. */
export function today(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bishkek' }).format(now);
}

export function addDays(isoDate: string, days: number): string {
	return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The same day a year later (29 February → 28 February). */
export function addYear(isoDate: string): string {
	const [y, mo, d] = isoDate.split('-').map(Number);
	const next = new Date(Date.UTC(y + 1, mo - 1, d));
	if (next.getUTCMonth() !== mo - 1) next.setUTCDate(0);
	return next.toISOString().slice(0, 10);
}

interface LicenceFacts {
	state: LicenceState;
	issuedOn: string;
	expiresOn: string;
	suspendedUntil: string | null;
}

/**
 * A licence's status on a day. A suspension ends by itself on its end date; expiry beats
 * everything but revocation.
 */
export function statusOn(l: LicenceFacts | null | undefined, day = today()): { status: LicenceStatus; until: string | null } {
	if (!l) return { status: 'never', until: null };
	if (l.state === 'revoked') return { status: 'revoked', until: null };
	if (l.expiresOn < day) return { status: 'expired', until: l.expiresOn };
	if (l.state === 'suspended' && l.suspendedUntil && l.suspendedUntil >= day) return { status: 'suspended', until: l.suspendedUntil };
	if (l.issuedOn > day) return { status: 'never', until: null };
	return { status: 'valid', until: l.expiresOn };
}

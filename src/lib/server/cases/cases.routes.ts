import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';

/** What these helpers need of a request (any route's event). */
type CaseEvent = { cookies: Cookies; getClientAddress(): string };
import { config, secureCookies } from '../config';
import { addressKey, consume } from '../http/rate-limit';
import { formValues } from '../validation';

const DEVICE_COOKIE = 'sapar_device';

/** The device cookie is `id.signature`: only a cookie Sapar issued counts as a device for rate limits. */
const sign = (id: string) => createHmac('sha256', config.authSecret).update(`device:${id}`).digest('base64url').slice(0, 22);

/** The device id when the request carries a cookie that Sapar issued and signed, else null. */
export function signedDevice(event: CaseEvent): string | null {
	const value = event.cookies.get(DEVICE_COOKIE) ?? '';
	const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/.exec(value);
	if (!match) return null;
	const expected = Buffer.from(sign(match[1]));
	const given = Buffer.from(match[2]);
	return expected.length === given.length && timingSafeEqual(expected, given) ? match[1] : null;
}

/** A random, signed id for this browser (no personal data), set when the help form is shown. */
export function ensureDevice(event: CaseEvent): string {
	let id = signedDevice(event);
	if (!id) {
		id = randomBytes(16).toString('base64url');
		event.cookies.set(DEVICE_COOKIE, `${id}.${sign(id)}`, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(), maxAge: 365 * 86_400 });
	}
	return id;
}

/** An address is only ever kept as a keyed hash inside the rate-limit table, for at most an hour. */
const hashedAddress = (event: CaseEvent) =>
	createHmac('sha256', config.authSecret).update(addressKey(event.getClientAddress())).digest('base64url').slice(0, 32);

/**
 * Rate limits for help requests and tracking, in tiers. With a device cookie Sapar signed: per device
 * (so a person's first report is never blocked by others behind the same carrier address) and a
 * generous ceiling per address for all its devices. Without one (API, cookies off, or a cookie the
 * client made up): per address (IPv6 by /64), stricter. A client cannot mint its way past either.
 */
export async function limitCaseAction(event: CaseEvent, kind: 'report' | 'track'): Promise<void> {
	const device = signedDevice(event);
	const address = `a:${hashedAddress(event)}`;
	if (kind === 'track') {
		await consume('caseTrackAddress', address);
		if (device) await consume('caseTrack', `d:${device}`);
		return;
	}
	if (device) {
		await consume('caseReportAddressDevices', address);
		await consume('caseReport', `d:${device}`);
	} else {
		await consume('caseReportAddress', address);
	}
}

/** The help form as the service's input (screening answers from a checkbox group). */
export function helpRequestInput(data: FormData) {
	const values = formValues(data);
	const screening = data.getAll('screening').filter((v): v is string => typeof v === 'string');
	return { input: { ...values, screening }, values: { ...values, screening: screening.join(',') } };
}

/** Anything typed into the hidden field is a robot: answer as if it failed, store nothing. */
export const isHoneypotFilled = (values: Record<string, string>) => !!values.website?.trim();

import { createHmac, randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';

/** What these helpers need of a request (any route's event). */
type CaseEvent = { cookies: Cookies; getClientAddress(): string };
import { config, secureCookies } from '../config';
import { consume, type Tier } from '../http/rate-limit';
import { formValues } from '../validation';

const DEVICE_COOKIE = 'sapar_device';

/** A random id for this browser (no personal data), set when the help form is shown. */
export function ensureDevice(event: CaseEvent): string {
	let id = event.cookies.get(DEVICE_COOKIE);
	if (!id || !/^[A-Za-z0-9_-]{22}$/.test(id)) {
		id = randomBytes(16).toString('base64url');
		event.cookies.set(DEVICE_COOKIE, id, { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies(), maxAge: 365 * 86_400 });
	}
	return id;
}

/** An address is only ever kept as a keyed hash inside the rate-limit table, for at most an hour. */
const addressKey = (event: CaseEvent) => createHmac('sha256', config.authSecret).update(event.getClientAddress()).digest('base64url').slice(0, 32);

/**
 * Rate limits for help requests and tracking: per device when the browser has our cookie (so a
 * person's first report is never blocked by others behind the same carrier address), else per
 * (hashed) address with a more generous allowance.
 */
export async function limitCaseAction(event: CaseEvent, kind: 'report' | 'track'): Promise<void> {
	const device = event.cookies.get(DEVICE_COOKIE);
	const tier: Tier = kind === 'track' ? 'caseTrack' : device ? 'caseReport' : 'caseReportAddress';
	await consume(tier, device ? `d:${device}` : `a:${addressKey(event)}`);
}

/** The help form as the service's input (screening answers from a checkbox group). */
export function helpRequestInput(data: FormData) {
	const values = formValues(data);
	const screening = data.getAll('screening').filter((v): v is string => typeof v === 'string');
	return { input: { ...values, screening }, values: { ...values, screening: screening.join(',') } };
}

/** Anything typed into the hidden field is a robot: answer as if it failed, store nothing. */
export const isHoneypotFilled = (values: Record<string, string>) => !!values.website?.trim();

import { randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { ensureDevice, limitCaseAction, signedDevice } from '../cases/cases.routes';
import { addressKey } from './rate-limit';

// Finding 1: the limits of help requests and tracking cannot be escaped by sending a new device cookie.

/** A request as the helpers see it: a cookie jar and the socket's address. */
function requestFrom(ip: string, cookie?: string) {
	const jar = new Map<string, string>(cookie ? [['sapar_device', cookie]] : []);
	const cookies = { get: (name: string) => jar.get(name), set: (name: string, value: string) => void jar.set(name, value) } as unknown as Cookies;
	return { cookies, getClientAddress: () => ip, jar };
}

const mintedCookie = () => randomBytes(16).toString('base64url');
const rateLimited = (p: Promise<unknown>) =>
	p.then(
		() => false,
		(e: { code?: string }) => (e.code === 'rate_limited' ? true : Promise.reject(e))
	);

async function untilLimited(make: (i: number) => ReturnType<typeof requestFrom>, kind: 'report' | 'track', max = 200): Promise<number> {
	for (let i = 1; i <= max; i++) if (await rateLimited(limitCaseAction(make(i), kind))) return i;
	return Infinity;
}

describe('rate limits of help requests and tracking', () => {
	it('a fresh made-up device cookie on every request does not remove the limit', async () => {
		const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
		expect(await untilLimited(() => requestFrom(ip, mintedCookie()), 'report')).toBeLessThanOrEqual(31);
		expect(await untilLimited(() => requestFrom(ip, `${mintedCookie()}.${mintedCookie()}`), 'track')).toBeLessThanOrEqual(61);
	});

	it('IPv6 addresses in one /64 share a limit', async () => {
		const prefix = `2001:db8:${randomBytes(2).toString('hex')}:1`;
		expect(addressKey(`${prefix}::1`)).toBe(addressKey(`${prefix}:ffff:1:2:3`));
		expect(addressKey('::ffff:10.0.0.1')).toBe('10.0.0.1');
		const n = await untilLimited((i) => requestFrom(`${prefix}:${i.toString(16)}::${i.toString(16)}`), 'report');
		expect(n).toBeLessThanOrEqual(31);
	});

	it('a cookie Sapar signed counts as a device: 5 reports, while others behind the address still get through', async () => {
		const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
		const first = requestFrom(ip);
		ensureDevice(first);
		const issued = first.jar.get('sapar_device')!;
		expect(signedDevice(requestFrom(ip, issued))).not.toBeNull();
		expect(
			signedDevice(
				requestFrom(
					ip,
					issued.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))
				)
			)
		).toBeNull();
		expect(await untilLimited(() => requestFrom(ip, issued), 'report')).toBe(6);
		// someone else behind the same carrier address, with their own issued cookie
		const other = requestFrom(ip);
		ensureDevice(other);
		expect(await rateLimited(limitCaseAction(requestFrom(ip, other.jar.get('sapar_device')), 'report'))).toBe(false);
	});
});

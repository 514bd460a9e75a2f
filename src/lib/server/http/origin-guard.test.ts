import { describe, expect, it } from 'vitest';
import { crossSiteWrite, originGuard } from './origin-guard';

const ORIGIN = 'https://sapar.kg';
const event = (method: string, path: string, headers: Record<string, string>) =>
	({ request: new Request(`${ORIGIN}${path}`, { method, headers }), url: new URL(`${ORIGIN}${path}`) }) as never;
const ok = async () => new Response('ok');

describe('cross-site writes are refused (issue 15, finding 9)', () => {
	it('refuses a JSON write to the API from another origin, with a JSON 403', async () => {
		const res = await originGuard({
			event: event('PUT', '/api/v1/me/profile', { origin: 'https://evil.example', 'content-type': 'application/json', cookie: 'sapar.session_token=x' }),
			resolve: ok
		});
		expect(res.status).toBe(403);
		expect((await res.json()).error.code).toBe('forbidden');
	});

	it('lets same-origin writes, reads and non-browser callers through', () => {
		expect(crossSiteWrite('POST', new Headers({ origin: ORIGIN }), ORIGIN)).toBe(false);
		expect(crossSiteWrite('GET', new Headers({ origin: 'https://evil.example' }), ORIGIN)).toBe(false);
		expect(crossSiteWrite('POST', new Headers(), ORIGIN)).toBe(false);
		expect(crossSiteWrite('POST', new Headers({ 'sec-fetch-site': 'same-origin' }), ORIGIN)).toBe(false);
	});

	it('refuses other origins, "null" origins and cross-site fetches without an Origin', () => {
		for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
			expect(crossSiteWrite(method, new Headers({ origin: 'https://sapar.kg.evil.example' }), ORIGIN)).toBe(true);
		expect(crossSiteWrite('POST', new Headers({ origin: 'null' }), ORIGIN)).toBe(true);
		expect(crossSiteWrite('POST', new Headers({ 'sec-fetch-site': 'cross-site' }), ORIGIN)).toBe(true);
		expect(crossSiteWrite('POST', new Headers({ 'sec-fetch-site': 'same-site' }), ORIGIN)).toBe(true);
	});
});

import { expect, test, type APIRequestContext } from '@playwright/test';

// Issue 15: findings of the outside test, each kept fixed by a test here.
const origin = () => `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

async function post(request: APIRequestContext, path: string, body: string | Buffer, type: string, headers: Record<string, string> = {}) {
	return request.post(path, { data: body, headers: { 'content-type': type, origin: origin(), ...headers }, maxRedirects: 0 });
}

test.describe("finding 3: bad input is a 400/413 in the person's language, never a 500", () => {
	test('NUL bytes, a 300-character staff e-mail, text/plain and broken multipart', async ({ request }) => {
		const longEmail = `${'a'.repeat(300)}@sapar.test`;
		const cases: [string, string | Buffer, string, RegExp][] = [
			['/staff/sign-in', `email=${encodeURIComponent(longEmail)}&password=wrong-password-123`, 'application/x-www-form-urlencoded', /./],
			['/staff/sign-in', 'email=a%00b%40sapar.test&password=wrong-password-123', 'application/x-www-form-urlencoded', /NUL/],
			['/staff/sign-in', 'email=a@sapar.test', 'text/plain', /форма|form/i],
			['/ru/sign-in?/request', 'phone=0700000001', 'text/plain', /форм/],
			['/ky/help/request', '--xyz\r\nContent-Disposition: form-data; name="narr', 'multipart/form-data; boundary=xyz', /форма/],
			['/ru/help/request', 'narrative=hello%00world&country=RU', 'application/x-www-form-urlencoded', /NUL/],
			['/en/employers/report', 'employerName=A%00B&country=RU', 'application/x-www-form-urlencoded', /NUL/]
		];
		for (const [path, body, type, message] of cases) {
			const res = await post(request, path, body, type, { accept: 'text/html' });
			expect([400, 413, 415], `${path} ${type}`).toContain(res.status());
			if (res.status() !== 200) expect(await res.text(), path).toMatch(message);
		}
	});

	test('the API refuses NUL characters and wrong content types with a JSON error', async ({ request }) => {
		const nul = await request.post('/api/v1/help-requests?lang=ru', {
			data: '{"type":"labour","countryIso2":"RU","city":"Moscow","narrative":"hello\\u0000 world, long enough"}',
			headers: { 'content-type': 'application/json' }
		});
		expect(nul.status()).toBe(400);
		expect((await nul.json()).error.code).toBe('bad_request');
		const plain = await request.post('/api/v1/help-requests', { data: '{}', headers: { 'content-type': 'text/plain', origin: origin() } });
		expect([400, 415]).toContain(plain.status());
		const search = await request.get('/ky/search?q=a%00b');
		expect(search.status()).toBe(400);
	});
});

test.describe('finding 9: cross-site writes to the JSON API are refused', () => {
	test('a write from another origin gets a JSON 403 and changes nothing; the same write from Sapar passes', async ({ request }) => {
		const body = { type: 'labour', countryIso2: 'RU', city: 'Moscow', narrative: 'A cross-site attempt that must not become a case.' };
		const evil = await request.post('/api/v1/help-requests?lang=en', { data: body, headers: { origin: 'https://evil.example' } });
		expect(evil.status()).toBe(403);
		expect((await evil.json()).error.code).toBe('forbidden');
		const profile = await request.put('/api/v1/me/profile', { data: {}, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
		expect(profile.status()).toBe(403);
		const own = await request.put('/api/v1/me/profile', { data: {}, headers: { origin: origin() } });
		expect(own.status()).toBe(401); // reaches the endpoint, which wants a signed-in migrant
	});
});

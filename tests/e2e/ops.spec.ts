import { expect, test } from '@playwright/test';

// Issue 14: what an operator sees of a running node — request ids and metrics.
test('a sane X-Request-Id comes back, anything else is replaced; /metrics counts the request by route', async ({ request }) => {
	const mine = await request.get('/ru/laws', { headers: { 'x-request-id': 'lb-7f3a9c2e-0001' } });
	expect(mine.status()).toBe(200);
	expect(mine.headers()['x-request-id']).toBe('lb-7f3a9c2e-0001');
	const odd = await request.get('/readyz', { headers: { 'x-request-id': 'not sane <id>' } });
	expect(odd.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

	const metrics = await request.get('/metrics');
	expect(metrics.status()).toBe(200);
	const body = await metrics.text();
	expect(body).toMatch(/sapar_http_request_duration_seconds_count\{method="GET",route="\/\[lang=lang\]\/laws",status="200"\} [1-9]/);
	expect(body).toMatch(/sapar_database_up 1/);
	expect(body).toMatch(/sapar_jobs\{queue="[^"]+",state="ready"\}/);
	// Through a proxy (a forwarding header) and without METRICS_TOKEN, it is not there.
	expect((await request.get('/metrics', { headers: { 'x-forwarded-for': '203.0.113.9' } })).status()).toBe(404);
});

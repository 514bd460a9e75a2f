import { describe, expect, it } from 'vitest';
import { metricsAccess } from './collect';

const TOKEN = 'm'.repeat(32);
const h = (init: Record<string, string> = {}) => new Headers(init);

describe('who may read /metrics', () => {
	it('with METRICS_TOKEN: the bearer token only, from anywhere', () => {
		const env = { METRICS_TOKEN: TOKEN, SAPAR_MODE: 'production' };
		expect(metricsAccess(h({ authorization: `Bearer ${TOKEN}` }), '203.0.113.9', env)).toBe('ok');
		expect(metricsAccess(h({ authorization: `Bearer ${TOKEN}x` }), '127.0.0.1', env)).toBe('unauthorised');
		expect(metricsAccess(h(), '127.0.0.1', env)).toBe('unauthorised');
	});

	it('without it: loopback only, never through a proxy, never in production', () => {
		const env = { SAPAR_MODE: 'development' };
		expect(metricsAccess(h(), '127.0.0.1', env)).toBe('ok');
		expect(metricsAccess(h(), '::1', env)).toBe('ok');
		expect(metricsAccess(h(), '10.0.0.5', env)).toBe('hidden');
		expect(metricsAccess(h({ 'x-forwarded-for': '203.0.113.9' }), '127.0.0.1', env)).toBe('hidden');
		expect(metricsAccess(h(), '127.0.0.1', { SAPAR_MODE: 'production' })).toBe('hidden');
	});
});

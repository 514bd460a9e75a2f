import { afterEach, describe, expect, it } from 'vitest';
import { currentRequestId, log, requestIdFrom, withRequestId } from './log';

const lines: { stream: 'out' | 'err'; line: string }[] = [];
const original = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
function capture() {
	lines.length = 0;
	process.stdout.write = ((chunk: string) => (lines.push({ stream: 'out', line: String(chunk) }), true)) as typeof process.stdout.write;
	process.stderr.write = ((chunk: string) => (lines.push({ stream: 'err', line: String(chunk) }), true)) as typeof process.stderr.write;
}
afterEach(() => {
	process.stdout.write = original.out;
	process.stderr.write = original.err;
});

describe('request ids', () => {
	it('takes a sane X-Request-Id and replaces anything else', () => {
		expect(requestIdFrom('3f2c1a9e-lb-01:42')).toBe('3f2c1a9e-lb-01:42');
		for (const bad of [null, '', 'short', 'has space in it', 'line\nbreak-injected', 'a'.repeat(129), '<script>alert(1)</script>']) {
			const id = requestIdFrom(bad);
			expect(id).not.toBe(bad);
			expect(id).toMatch(/^[0-9a-f-]{36}$/);
		}
	});

	it('puts the request id on every line written while serving it, JSON with level and time', () => {
		capture();
		withRequestId('req-12345678', () => {
			expect(currentRequestId()).toBe('req-12345678');
			log.info('request', { route: '/[lang=lang]/help', status: 200 });
			log.warn('something odd', { n: 1 });
		});
		log.info('outside');
		process.stdout.write = original.out;
		process.stderr.write = original.err;
		const parsed = lines.map((l) => ({ ...l, json: JSON.parse(l.line) }));
		expect(parsed[0]).toMatchObject({ stream: 'out', json: { level: 'info', msg: 'request', reqId: 'req-12345678', route: '/[lang=lang]/help' } });
		expect(parsed[1]).toMatchObject({ stream: 'err', json: { level: 'warn', reqId: 'req-12345678' } });
		expect(parsed[2].json.reqId).toBeUndefined();
		expect(Date.parse(parsed[0].json.time)).not.toBeNaN();
	});

	it('still redacts personal fields', () => {
		capture();
		log.warn('sign-in', { phone: '+996700123456', email: 'a@b.kg', nested: { otpCode: '123456' }, error: new Error('x') });
		process.stdout.write = original.out;
		process.stderr.write = original.err;
		const text = lines.map((l) => l.line).join('');
		for (const value of ['+996700123456', 'a@b.kg', '123456']) expect(text).not.toContain(value);
	});
});

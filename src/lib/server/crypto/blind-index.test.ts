import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { blindIndex, resetIndexKey } from './blind-index';

describe('blind index', () => {
	const saved = process.env.SAPAR_INDEX_KEY;
	afterAll(() => {
		if (saved === undefined) delete process.env.SAPAR_INDEX_KEY;
		else process.env.SAPAR_INDEX_KEY = saved;
		resetIndexKey();
	});

	it('is HMAC-SHA256 of purpose, NUL and value (the precomputed pads change nothing)', () => {
		const key = randomBytes(32);
		process.env.SAPAR_INDEX_KEY = key.toString('base64');
		resetIndexKey();
		for (const [purpose, value] of [
			['employment_client', '21201196000001'],
			['consular_list_entry', 'AC1234567'],
			['employment_client:row', '["{\\"fullName\\":\\"Асанов Бакыт\\"}","male"]'],
			['x', '']
		]) {
			expect(blindIndex(purpose, value)).toBe(createHmac('sha256', key).update(purpose).update('\0').update(value).digest('base64url'));
		}
	});

	it('follows the key when it is reset', () => {
		process.env.SAPAR_INDEX_KEY = randomBytes(32).toString('base64');
		resetIndexKey();
		const a = blindIndex('p', 'v');
		process.env.SAPAR_INDEX_KEY = randomBytes(32).toString('base64');
		resetIndexKey();
		expect(blindIndex('p', 'v')).not.toBe(a);
	});
});

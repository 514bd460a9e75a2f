import { describe, expect, it } from 'vitest';
import { maskPhone, normalisePhone } from './phone';

describe('phone numbers', () => {
	it('normalises Kyrgyz and foreign numbers to E.164', () => {
		expect(normalisePhone('0700 123 456')).toBe('+996700123456');
		expect(normalisePhone('+996 (555) 12-34-56')).toBe('+996555123456');
		expect(normalisePhone('+7 916 123-45-67')).toBe('+79161234567');
		expect(normalisePhone('+82 10-1234-5678')).toBe('+821012345678');
	});
	it('refuses what is not a phone number', () => {
		for (const bad of ['', '12', 'abc', '+996 000', "0700' OR 1=1", '9'.repeat(40)]) expect(normalisePhone(bad)).toBeNull();
	});
	it('masks for display', () => {
		expect(maskPhone('+996700123456')).toBe('+996700…456');
	});
});

import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { decryptField, encryptField, resetKeyRing } from './field-crypto';
import { newTrackingCode, trackingHash } from './intake.service';

const key = () => randomBytes(32).toString('base64');

describe('field encryption', () => {
	afterEach(() => {
		delete process.env.SAPAR_CASE_KEY;
		resetKeyRing();
	});

	it('round-trips, never repeats a ciphertext, and binds the value to its record and field', () => {
		process.env.SAPAR_CASE_KEY = `k1:${key()}`;
		resetKeyRing();
		const a = encryptField('паспорт алынды', 'case-1', 'narrative');
		expect(a).toMatch(/^v1\.k1\./);
		expect(a).not.toContain('паспорт');
		expect(encryptField('паспорт алынды', 'case-1', 'narrative')).not.toBe(a);
		expect(decryptField(a, 'case-1', 'narrative')).toBe('паспорт алынды');
		expect(() => decryptField(a, 'case-2', 'narrative')).toThrow();
		expect(() => decryptField(a, 'case-1', 'contact')).toThrow();
		const [v, id, iv, tag, ct] = a.split('.');
		const flipped = Buffer.from(ct, 'base64url');
		flipped[0] ^= 1;
		expect(() => decryptField([v, id, iv, tag, flipped.toString('base64url')].join('.'), 'case-1', 'narrative')).toThrow();
	});

	it('rotates: a new current key encrypts, old values still decrypt with the old key id', () => {
		const k1 = key();
		process.env.SAPAR_CASE_KEY = `k1:${k1}`;
		resetKeyRing();
		const old = encryptField('old', 'r', 'f');
		process.env.SAPAR_CASE_KEY = `k2:${key()},k1:${k1}`;
		resetKeyRing();
		expect(encryptField('new', 'r', 'f')).toMatch(/^v1\.k2\./);
		expect(decryptField(old, 'r', 'f')).toBe('old');
	});

	it('refuses keys that are not 32 bytes', () => {
		process.env.SAPAR_CASE_KEY = `k1:${randomBytes(16).toString('base64')}`;
		resetKeyRing();
		expect(() => encryptField('x', 'r', 'f')).toThrow(/32 bytes/);
	});
});

describe('tracking codes', () => {
	it('are 12 unambiguous characters and match however they are typed', () => {
		const code = newTrackingCode();
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
		expect(trackingHash(code.toLowerCase().replace(/-/g, ' '))).toBe(trackingHash(code));
		expect(trackingHash('0000-1111-2222')).toBe(trackingHash('oooo-iiii-2222'));
	});
});

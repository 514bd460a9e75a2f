import { describe, expect, it } from 'vitest';
import { editDistance, normalise, queryTokens, withinTypos } from './normalise';

describe('search normalisation', () => {
	it('puts Cyrillic and its Latin spellings in one form', () => {
		expect(normalise('Регистрация')).toBe(normalise('registraciya'));
		expect(normalise('Регистрация')).toBe(normalise('registratsiya'));
		expect(normalise('Россия')).toBe(normalise('rossiya'));
		expect(normalise('Москва')).toBe(normalise('moskva'));
		expect(normalise('Казахстан')).toBe(normalise('kazakhstan'));
		expect(normalise('Үй-бүлө, өлкө, миң')).toBe('ui bulo olko min');
	});
	it('drops punctuation, markup and oversize input safely', () => {
		expect(queryTokens("<script>alert(1)</script>' OR 1=1 --")).toEqual(['script', 'alert']);
		expect(queryTokens('   ')).toEqual([]);
		expect(queryTokens('a'.repeat(10_000)).length).toBeLessThanOrEqual(1);
	});
});

describe('withinTypos', () => {
	it('allows one edit or swap in a short word, two in a long one, never a different first letter', () => {
		expect(withinTypos('patnet', 'patent')).toBe(true);
		expect(withinTypos('pasprt', 'pasport')).toBe(true);
		expect(withinTypos('registracia', 'registraciia')).toBe(true);
		expect(withinTypos('registrcaia', 'registraciia')).toBe(true);
		expect(withinTypos('patent', 'latent')).toBe(false);
		expect(withinTypos('pat', 'pot')).toBe(false);
		expect(withinTypos('patent', 'patrol')).toBe(false);
		expect(editDistance('ab', 'ba')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});
});

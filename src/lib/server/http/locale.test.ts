import { describe, expect, it } from 'vitest';
import { fromAcceptLanguage, localeFromPath, switchLocalePath } from './locale';
import { safeNext } from './forms';

describe('locale', () => {
	it('reads the preferred language by weight', () => {
		expect(fromAcceptLanguage('de-DE,ru;q=0.8,en;q=0.9')).toBe('en');
		expect(fromAcceptLanguage('ru-RU,ru;q=0.9')).toBe('ru');
		expect(fromAcceptLanguage('ky')).toBe('ky');
		expect(fromAcceptLanguage('fr, de')).toBeNull();
		expect(fromAcceptLanguage(null)).toBeNull();
	});
	it('finds the language prefix', () => {
		expect(localeFromPath('/ru/sign-in')).toBe('ru');
		expect(localeFromPath('/ru')).toBe('ru');
		expect(localeFromPath('/staff')).toBeNull();
		expect(localeFromPath('/rus')).toBeNull();
	});
	it('switches to the same page in another language', () => {
		expect(switchLocalePath('/ru/sign-in', '?phone=1', 'en')).toBe('/language?to=en&next=%2Fen%2Fsign-in%3Fphone%3D1');
		expect(switchLocalePath('/ky', '', 'ru')).toBe('/language?to=ru&next=%2Fru');
		expect(switchLocalePath('/staff', '', 'en')).toBe('/language?to=en&next=%2Fstaff');
	});
	it('follows only local paths after sign-in', () => {
		expect(safeNext('/staff/x', '/staff')).toBe('/staff/x');
		for (const bad of ['//evil.example', 'https://evil.example', '/\\evil', null]) expect(safeNext(bad, '/staff')).toBe('/staff');
	});
});

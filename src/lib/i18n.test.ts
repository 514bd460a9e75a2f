import { describe, expect, it } from 'vitest';
import { pick, tr } from './i18n';

describe('translated content', () => {
	it('uses the requested language when present', () => {
		expect(pick({ ky: 'Салам', ru: 'Привет', en: 'Hello' }, 'ru')).toEqual({ text: 'Привет', locale: 'ru', fallback: false });
	});
	it('falls back (never blank) and says so', () => {
		expect(pick({ ru: 'Привет' }, 'ky')).toEqual({ text: 'Привет', locale: 'ru', fallback: true });
		expect(pick({ ky: 'Салам', en: '  ' }, 'en')).toEqual({ text: 'Салам', locale: 'ky', fallback: true });
		expect(tr(null, 'en')).toBe('');
	});
});

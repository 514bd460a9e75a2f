import { describe, expect, it } from 'vitest';
import { shareLinks } from './share';

describe('shareLinks', () => {
	it('gives the canonical address, the three languages plus x-default, and the Open Graph locale', () => {
		const links = shareLinks('https://sapar.kg', '/ru/laws/x')!;
		expect(links.canonical).toBe('https://sapar.kg/ru/laws/x');
		expect(links.alternates).toEqual([
			{ hreflang: 'ky', href: 'https://sapar.kg/ky/laws/x' },
			{ hreflang: 'ru', href: 'https://sapar.kg/ru/laws/x' },
			{ hreflang: 'en', href: 'https://sapar.kg/en/laws/x' },
			{ hreflang: 'x-default', href: 'https://sapar.kg/ky/laws/x' }
		]);
		expect(links.ogLocale).toBe('ru_RU');
		expect(links.ogLocaleAlternates).toEqual(['ky_KG', 'en_GB']);
	});

	it('handles the home page and has nothing for pages without a language', () => {
		expect(shareLinks('http://h', '/en')!.canonical).toBe('http://h/en');
		expect(shareLinks('http://h', '/staff/cases')).toBeNull();
		expect(shareLinks('http://h', '/')).toBeNull();
	});
});

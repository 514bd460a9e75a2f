import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryName, destinationGroups, destinationOptionGroups, MAIN_DESTINATIONS } from './countries';

const WORLD = new Intl.DisplayNames(['en'], { type: 'region' });
/** Every ISO 3166 country code CLDR names (AA–ZZ, the ones with a name of their own). */
const ALL = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))).filter((c) => {
	try {
		return WORLD.of(c) !== c && !['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'].includes(c);
	} catch {
		return false;
	}
});

describe('the destination picker (issue 16)', () => {
	it('puts where Kyrgyz migrants go first, in that order, and never offers Kyrgyzstan', () => {
		for (const locale of ['ky', 'ru', 'en'] as const) {
			const { main, rest } = destinationGroups([...ALL].reverse(), locale);
			expect(main.map((o) => o.value)).toEqual([...MAIN_DESTINATIONS]);
			expect([...main, ...rest].some((o) => o.value === 'KG')).toBe(false);
			expect(main.length + rest.length).toBe(ALL.length - 1);
		}
		expect(destinationGroups(['KG', 'FR', 'RU'], 'ru', { withHome: true }).main.map((o) => o.value)).toEqual(['KG', 'RU']);
	});

	it('sorts the rest in the reader’s alphabet, each name in the reader’s language', () => {
		const ru = destinationGroups(ALL, 'ru').rest.map((o) => o.label);
		expect(ru).toEqual([...ru].sort(new Intl.Collator('ru').compare));
		expect(ru.indexOf('Австрия')).toBeLessThan(ru.indexOf('Франция'));
		expect(ru).not.toContain('Киргизия');
		const ky = destinationGroups(ALL, 'ky');
		expect(ky.main[0]).toEqual({ value: 'RU', label: 'Россия' });
		expect(ky.main.find((o) => o.value === 'KZ')?.label).toBe('Казакстан');
		expect(ky.rest.map((o) => o.label)).toEqual(ky.rest.map((o) => o.label).sort(new Intl.Collator('ky').compare));
		expect(destinationGroups(ALL, 'en').main.find((o) => o.value === 'TR')?.label).toBe('Türkiye');
		expect(countryName('de', 'ru')).toBe('Германия');
	});

	it('labels the two groups in the reader’s language and leaves an empty one out', () => {
		expect(destinationOptionGroups(['RU', 'FR'], 'ru').map((g) => g.label)).toEqual(['Куда едут чаще всего', 'Другие страны (по алфавиту)']);
		expect(destinationOptionGroups(['FR'], 'ky').map((g) => g.label)).toEqual(['Башка өлкөлөр (алфавит боюнча)']);
	});

	it('is the one helper behind every country picker on the pages', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.svelte') ? [join(dir, n)] : []));
		const pickers = [...files('src/routes'), ...files('src/lib/components')].filter((f) => !f.includes('CountryOptionGroups'));
		const offenders: string[] = [];
		for (const file of pickers) {
			const source = readFileSync(file, 'utf8');
			// a <select> or checkbox list of countries: name="country…" or desiredCountries
			const picks = /name="(country|countryIso2|desiredCountries)"|name=\{?["']?(country|countryIso2)\b/.test(source);
			if (picks && !source.includes('destinationOptionGroups')) offenders.push(file);
		}
		expect(offenders).toEqual([]);
	});
});

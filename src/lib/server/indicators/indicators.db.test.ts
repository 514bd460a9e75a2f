import { describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { getDomain, listDomains } from './indicators.service';
import { loadIndicatorContent } from './indicators.seed';

const db = () => getDb();

describe('MGI indicators (public)', () => {
	it('lists the six domains with their counts; loading the files again changes nothing', async () => {
		const before = await listDomains(db());
		expect(before.map((d) => d.slug)).toEqual(['migrants-rights', 'whole-of-government', 'partnerships', 'well-being', 'mobility-crises', 'safe-orderly-regular']);
		for (const d of before) {
			expect(d.indicators).toBeGreaterThan(0);
			expect(d.wellDeveloped).toBeGreaterThan(0);
			expect(d.furtherDevelopment).toBeGreaterThan(0);
		}
		await loadIndicatorContent(db());
		expect(await listDomains(db())).toEqual(before);
	});

	it('a domain page has its indicators, both rounds and the 2022 findings linked to laws', async () => {
		const found = (await getDomain(db(), 'migrants-rights'))!;
		expect(found.domain.title.ru).toContain('прав мигрантов');
		expect(found.rounds.map((r) => r.year)).toEqual([2018, 2022]);
		expect(found.rounds[0].findings).toEqual([]);
		const education = found.rounds[1].findings.find((f) => f.slug === '2022-rights-education')!;
		expect(education.laws.map((l) => l.slug)).toEqual(['law-foreign-nationals-1993']);
		expect(education.indicator?.en).toBe('Access to education');
		expect(found.indicators.every((i) => i.progress === null)).toBe(true);
		expect(await getDomain(db(), 'nope')).toBeNull();
		expect(await getDomain(db(), "x' or 1=1 --")).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import { emergencyNumbers } from './emergency.content';

describe('emergency numbers (content/emergency)', () => {
	it('load and validate, Kyrgyzstan first, then the main destinations, each with a source', () => {
		const all = emergencyNumbers();
		expect(all[0].countryIso2).toBe('KG');
		expect(all.map((c) => c.countryIso2)).toEqual(expect.arrayContaining(['RU', 'KZ', 'TR', 'KR', 'GB', 'DE', 'AE', 'US', 'JP', 'PL']));
		expect(new Set(all.map((c) => c.countryIso2)).size).toBe(all.length);
		for (const c of all) expect(c.source.title.length, c.countryIso2).toBeGreaterThan(5);
		// none is from the seeds, so none is shown as confirmed until an editor checks it
		expect(all.filter((c) => c.source.document === null).every((c) => c.needsReview || c.reviewedOn)).toBe(true);
	});
});

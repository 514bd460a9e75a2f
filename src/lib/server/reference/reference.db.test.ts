import { describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { listCountries, listCurrencies, listOccupations, listRegions } from './reference.repository';
import { loadReferenceData } from './reference.seed';
import { ORGANISATIONS } from './data/organisations';
import { organisation } from '../org/org.table';

describe('reference data', () => {
	it('is loaded, complete in three languages, and reloads idempotently', async () => {
		await loadReferenceData(getDb());
		const countries = await listCountries(getDb());
		expect(countries.length).toBeGreaterThanOrEqual(249);
		const kg = countries.find((c) => c.iso2 === 'KG')!;
		expect(kg).toMatchObject({ iso3: 'KGZ', numeric: '417' });
		expect(kg.name).toEqual({ ky: 'Кыргызстан', ru: 'Киргизия', en: 'Kyrgyzstan' });
		const regions = await listRegions(getDb());
		expect(regions.map((r) => r.code).sort()).toEqual(['KG-B', 'KG-C', 'KG-GB', 'KG-GO', 'KG-J', 'KG-N', 'KG-O', 'KG-T', 'KG-Y']);
		expect(await listOccupations(getDb())).toHaveLength(10);
		const currencies = await listCurrencies(getDb());
		expect(currencies.find((c) => c.code === 'KGS')).toMatchObject({ common: true, minorUnits: 2 });
		for (const row of [...regions, ...(await listOccupations(getDb()))]) {
			expect(row.name.ky && row.name.ru && row.name.en).toBeTruthy();
		}
	});

	it('includes the organisations named in the seeds, with their source', async () => {
		const rows = await getDb().select().from(organisation);
		const slugs = new Set(rows.map((r) => r.slug));
		for (const seed of ORGANISATIONS) expect(slugs.has(seed.slug), seed.slug).toBe(true);
		for (const slug of [
			'ceca-bishkek',
			'ceca-osh',
			'ministry-licensing',
			'consulate-moscow',
			'consulate-yekaterinburg',
			'consulate-almaty',
			'consulate-seoul',
			'consulate-london'
		]) {
			expect(slugs.has(slug), slug).toBe(true);
		}
		const sourced = ORGANISATIONS.filter((o) => o.source);
		expect(sourced.length).toBeGreaterThan(10);
	});
});

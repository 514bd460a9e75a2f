import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { makeOrganisation } from '../../../../tests/support/factories';
import { getDb } from '../db/client';
import { returneeListEntry } from '../returns/returnee-list.table';
import { validateCsv, validateDescriptor } from './frictionless';
import { buildOpenData, DATASETS, openDataCatalogue } from './open-data';
import { refreshStatistics } from './statistics.service';

const THRESHOLD = 5;

describe('open data', () => {
	it('every dataset is a valid Frictionless package, and no open count lies between 1 and the threshold − 1', async () => {
		// Returnees with small groups, so suppression has work to do.
		const centre = await makeOrganisation('employment_centre');
		const row = (sex: 'female' | 'male', regionCode: string) => ({
			centreId: centre.id,
			pinIndex: randomUUID(),
			returnDate: '2025-04-01',
			personal: 'x',
			rowHash: randomUUID(),
			sex,
			regionCode,
			countryIso2: 'RU'
		});
		await getDb()
			.insert(returneeListEntry)
			.values([
				...Array.from({ length: 9 }, () => row('male', 'KG-O')),
				...Array.from({ length: 2 }, () => row('female', 'KG-O')),
				...Array.from({ length: 6 }, () => row('male', 'KG-B')),
				row('female', 'KG-T')
			]);
		await refreshStatistics(getDb());

		const sets = await buildOpenData(getDb(), THRESHOLD);
		expect([...sets.keys()]).toEqual(DATASETS.map((d) => d.name));
		for (const d of sets.values()) {
			expect(validateDescriptor(d.descriptor), d.spec.name).toEqual([]);
			const resource = (d.descriptor.resources as { schema: Parameters<typeof validateCsv>[1] }[])[0];
			expect(validateCsv(d.csv, resource.schema), d.spec.name).toEqual([]);
			const rows = parse(d.csv, { columns: true }) as Record<string, string>[];
			for (const r of rows)
				if (r.count !== '') expect(Number(r.count) === 0 || Number(r.count) >= THRESHOLD, `${d.spec.name}: ${JSON.stringify(r)}`).toBe(true);
			for (const r of d.json.rows) if (typeof r[2] === 'number') expect(r[2] === 0 || r[2] >= THRESHOLD).toBe(true);
			expect(d.json.rows.length).toBe(rows.length);
		}
		// The returns table holds the small cells hidden, the rest published.
		const returns = parse(sets.get('returns-by-region-sex')!.csv, { columns: true }) as Record<string, string>[];
		expect(returns.find((r) => r.region === 'KG-O' && r.sex === 'female')?.count).toBe('');
		expect(returns.find((r) => r.region === 'KG-T' && r.sex === 'female')?.count).toBe('');

		const catalogue = await openDataCatalogue(getDb(), 'https://sapar.example', 'ru');
		expect(catalogue[0]).toMatchObject({
			name: DATASETS[0].name,
			licence: { name: 'CC-BY-4.0' },
			datapackage: `https://sapar.example/api/v1/open-data/${DATASETS[0].name}/datapackage.json`
		});
		expect(catalogue[0].title).toMatch(/Граждане/);
	});

	it('the validator catches broken packages', () => {
		expect(validateDescriptor({ name: 'Bad Name', resources: [] })).toHaveLength(2);
		const schema = {
			fields: [
				{ name: 'a', type: 'string' },
				{ name: 'count', type: 'integer', constraints: { minimum: 0 } }
			],
			primaryKey: ['a']
		};
		expect(validateCsv('a,count\nx,1\nx,2\ny,-1\nz,two\n,3\n', schema)).toEqual([
			'row 3: duplicate primary key',
			'row 4: count below minimum',
			'row 5: count "two" is not a integer',
			'row 6: a is required'
		]);
	});
});

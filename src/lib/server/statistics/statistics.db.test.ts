import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeMigrant, makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { employmentClient } from '../clients/clients.table';
import { getDb } from '../db/client';
import { cubeTable, parseStatQuery, refreshStatistics, statTable, type StatQuery } from './statistics.service';

const db = () => getDb();

/** Clients of one centre going to a country no other test uses (Iceland and Malta), so counts are exact. */
async function seedClients() {
	const centre = await makeOrganisation('employment_centre');
	const row = (sex: 'female' | 'male', regionCode: string, countryIso2: string, birthDate: string, registeredOn = '2025-03-10') => ({
		organisationId: centre.id,
		pinIndex: randomUUID(),
		personal: 'x',
		rowHash: randomUUID(),
		sex,
		birthDate,
		regionCode,
		countryIso2,
		sector: 'construction' as const,
		status: 'abroad' as const,
		registeredOn
	});
	await db()
		.insert(employmentClient)
		.values([
			...Array.from({ length: 7 }, () => row('female', 'KG-O', 'IS', '1995-01-01')),
			...Array.from({ length: 6 }, () => row('male', 'KG-J', 'IS', '1990-05-05')),
			...Array.from({ length: 3 }, () => row('male', 'KG-O', 'IS', '1980-05-05', '2024-11-02')),
			...Array.from({ length: 2 }, () => row('female', 'KG-J', 'IS', '2010-05-05')),
			...Array.from({ length: 8 }, () => row('female', 'KG-N', 'MT', '1985-05-05'))
		]);
	await refreshStatistics(db());
}

const base: StatQuery = { measure: 'clients', rows: 'sex', cols: 'region', granularity: 'year', from: null, to: null, filters: { country: 'IS' } };

describe('statistics layer', () => {
	it('counts by sex × region through suppression; a lone small cell takes another with it', async () => {
		await seedClients();
		const analyst = await makeStaff((await makeOrganisation('ministry')).id, 'analyst');
		const result = await statTable(db(), analyst, base);
		expect(result.rowKeys).toEqual(['female', 'male']);
		expect(result.colKeys).toEqual(['KG-J', 'KG-O']);
		// female: KG-J 2 (small), KG-O 7; male: KG-J 6, KG-O 3 (small).
		expect(result.table.cells).toEqual([
			[null, null],
			[null, null]
		]);
		expect(result.table.rowTotals).toEqual([9, 9]);
		expect(result.table.colTotals).toEqual([8, 10]);
		expect(result.table.grandTotal).toBe(18);

		const byAge = await statTable(db(), analyst, { ...base, rows: 'age_group', cols: null });
		// Ages at registration (2025-03-10, 2024-11-02): 30, 34 → 25_34 (13); 44 → 35_44 (3); 14 → under_18 (2).
		expect(Object.fromEntries(byAge.rowKeys.map((k, i) => [k, byAge.table.cells[i][0]]))).toEqual({ under_18: null, '25_34': 13, '35_44': null });

		const byYear = await statTable(db(), analyst, { ...base, rows: 'period', cols: null, granularity: 'quarter' });
		expect(byYear.rowKeys).toEqual(['2024-Q4', '2025-Q1']);
		expect(byYear.table.cells).toEqual([[null], [null]]);
		expect(byYear.table.colTotals).toEqual([18]);
	});

	it('a mission sees its host country only; others get nothing', async () => {
		const mission = await makeStaff((await makeOrganisation('consulate', 'MT')).id, 'consular_officer');
		const mine = await statTable(db(), mission, { ...base, filters: {}, rows: 'region', cols: null });
		expect(Object.fromEntries(mine.rowKeys.map((k, i) => [k, mine.table.cells[i][0]]))).toEqual({ 'KG-N': 8 });
		await expectDenied(() => statTable(db(), mission, base));
		const migrant = await makeMigrant();
		const ngoWorker = await makeStaff((await makeOrganisation('ngo')).id, 'case_worker');
		const supervisor = await makeStaff((await makeOrganisation('ministry')).id, 'supervisor');
		for (const actor of [migrant, ngoWorker, supervisor]) await expectDenied(() => statTable(db(), actor, base));
	});

	it('reads GET parameters; unknown values are field errors, not guesses', async () => {
		const ok = await parseStatQuery(db(), new URLSearchParams('measure=returns&rows=region&cols=sex&by=month&from=2025-01&to=2025-06&country=RU&sector=care'));
		expect(ok).toMatchObject({
			ok: true,
			data: { measure: 'returns', rows: 'region', cols: 'sex', granularity: 'month', from: '2025-01', filters: { country: 'RU', sector: 'care' } }
		});
		const bad = await parseStatQuery(db(), new URLSearchParams('measure=salaries&rows=sex&cols=sex&country=XX&region=KG-Z&from=2025-13&to=2024-01'));
		expect(bad).toEqual({
			ok: false,
			errors: {
				measure: 'error_stats_unknown_value',
				cols: 'error_stats_same_dimension',
				from: 'error_stats_month',
				country: 'error_stats_unknown_value',
				region: 'error_stats_unknown_value'
			}
		});
		const range = await parseStatQuery(db(), { from: '2025-05', to: '2025-01' });
		expect(range).toEqual({ ok: false, errors: { to: 'error_stats_range' } });
		// The public pages use the cube without an actor, with the same suppression.
		const all = await cubeTable(db(), { ...base, filters: { country: 'MT' }, rows: 'sex', cols: null });
		expect(all.table.cells).toEqual([[8]]);
	});
});

import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { auditLog } from '../audit/audit.table';
import { getDb } from '../db/client';
import { returneeListEntry } from '../returns/returnee-list.table';
import { openData } from './open-data';
import { regenerateStatistics } from './regenerate';
import { refreshStatistics, statisticsDate } from './statistics.service';

describe('statistics regenerated on demand', () => {
	it('an analyst rebuilds the cube and the open data now, audited; others may not', async () => {
		const db = getDb();
		const ministry = await makeOrganisation('ministry');
		const analyst = await makeStaff(ministry.id, 'analyst');
		await refreshStatistics(db);
		const before = await statisticsDate(db);
		const returns = async () => (await db.execute<{ n: number }>(sql`select coalesce(sum(n), 0)::int as n from stat_cube where measure = 'returns'`)).rows[0].n;
		const returnsBefore = await returns();

		// New operations data: 6 returnees, enough to be shown.
		const centre = await makeOrganisation('employment_centre');
		await db.insert(returneeListEntry).values(
			Array.from({ length: 6 }, () => ({
				centreId: centre.id,
				pinIndex: randomUUID(),
				returnDate: '2025-05-01',
				personal: 'x',
				rowHash: randomUUID(),
				sex: 'male' as const,
				regionCode: 'KG-N',
				countryIso2: 'RU'
			}))
		);
		const done = await regenerateStatistics(db, analyst);
		expect(done.rows).toBeGreaterThan(0);
		expect(done.datasets).toBeGreaterThan(0);
		expect((await statisticsDate(db))!.getTime()).toBeGreaterThan(before!.getTime());
		expect(await returns()).toBe(returnsBefore + 6);
		// The open data carries the new date.
		expect([...(await openData(db)).values()][0].updated).toBe((await statisticsDate(db))!.toISOString());

		const audit = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'statistics.refresh'), eq(auditLog.actorUserId, analyst.userId)));
		expect(audit).toHaveLength(1);
		expect(audit[0].data).toMatchObject({ rows: done.rows, datasets: done.datasets });

		const mission = await makeOrganisation('consulate', 'RU');
		const officer = await makeStaff(mission.id, 'consular_officer');
		await expect(regenerateStatistics(db, officer)).rejects.toMatchObject({ code: 'forbidden' });
		const worker = await makeStaff(ministry.id, 'case_worker');
		await expect(regenerateStatistics(db, worker)).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('two rebuilds at once leave one cube, not a doubled one', async () => {
		const db = getDb();
		await refreshStatistics(db);
		const [{ n: once }] = (await db.execute<{ n: number }>(sql`select coalesce(sum(n), 0)::int as n from stat_cube`)).rows;
		await Promise.all([refreshStatistics(db), refreshStatistics(db), refreshStatistics(db)]);
		const [{ n: thrice }] = (await db.execute<{ n: number }>(sql`select coalesce(sum(n), 0)::int as n from stat_cube`)).rows;
		expect(thrice).toBe(once);
	});
});

import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { makeStaff } from '../../../../tests/support/factories';
import { getDb } from '../db/client';
import { membership, organisation } from '../org/org.table';
import { findOrganisationBySlug } from '../org/org.repository';
import { intakeSlug, routeCase } from './intake.service';

/**
 * Every mission in the help directory is an organisation (issue 16), most with nobody on Sapar yet:
 * a case goes only to a mission someone works from, else to the national intake.
 */
describe('case routing', () => {
	it('skips missions without staff, and takes the one in the same city once it has staff', async () => {
		const db = getDb();
		const intake = (await findOrganisationBySlug(db, intakeSlug()))!;
		const ankara = (await findOrganisationBySlug(db, 'embassy-ankara'))!;
		const istanbul = (await findOrganisationBySlug(db, 'consulate-istanbul'))!;
		expect(ankara.kind).toBe('consulate');
		// Missions in Türkiye that other tests made (with staff) stand aside while this one runs.
		const others = await db
			.update(organisation)
			.set({ active: false })
			.where(
				and(
					eq(organisation.kind, 'consulate'),
					eq(organisation.countryIso2, 'TR'),
					eq(organisation.active, true),
					notInArray(organisation.id, [ankara.id, istanbul.id])
				)
			)
			.returning({ id: organisation.id });
		onTestFinished(async () => {
			if (others.length)
				await db
					.update(organisation)
					.set({ active: true })
					.where(
						inArray(
							organisation.id,
							others.map((o) => o.id)
						)
					);
			// leave the seeded missions as they were for the other tests
			await db.delete(membership).where(inArray(membership.organisationId, [ankara.id, istanbul.id]));
			await db.update(organisation).set({ active: true }).where(eq(organisation.id, istanbul.id));
		});
		expect(await routeCase(db, 'TR', 'Ankara')).toBe(intake.id);
		await makeStaff(istanbul.id, 'consular_officer');
		expect(await routeCase(db, 'TR', 'Ankara')).toBe(istanbul.id); // the country's staffed mission
		expect(await routeCase(db, 'TR', 'Стамбул')).toBe(istanbul.id);
		await makeStaff(ankara.id, 'consular_officer');
		expect(await routeCase(db, 'TR', 'Анкара')).toBe(ankara.id); // the one in the same city
		await db.update(organisation).set({ active: false }).where(eq(organisation.id, istanbul.id));
		expect(await routeCase(db, 'TR', 'Istanbul')).toBe(ankara.id);
	});
});

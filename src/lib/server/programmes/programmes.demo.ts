import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { organisation } from '../org/org.table';
import { programme, programmeSlot } from './programmes.table';

/** Demo slots: document checks at the Bishkek and Osh centres on the next ten working days, while none are ahead. */
export async function loadProgrammesDemo(db: Db): Promise<void> {
	const centres = await db
		.select({ id: organisation.id })
		.from(organisation)
		.where(inArray(organisation.slug, ['ceca-bishkek', 'ceca-osh']));
	for (const p of await db.select({ id: programme.id }).from(programme)) {
		const [ahead] = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(programmeSlot)
			.where(and(eq(programmeSlot.programmeId, p.id), gt(programmeSlot.startsAt, new Date())));
		if (ahead.n > 0) continue;
		const day = new Date();
		const values = [];
		for (let added = 0; added < 10;) {
			day.setUTCDate(day.getUTCDate() + 1);
			if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
			added++;
			const date = day.toISOString().slice(0, 10);
			for (const centre of centres)
				for (const time of ['10:00', '14:00'])
					values.push({
						programmeId: p.id,
						officeId: centre.id,
						kind: 'document_check' as const,
						startsAt: new Date(`${date}T${time}:00+06:00`),
						capacity: 20
					});
		}
		if (values.length) await db.insert(programmeSlot).values(values);
	}
}

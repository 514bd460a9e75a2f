import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { phoneEmail } from '../auth/auth';
import { authUser } from '../auth/auth.table';
import type { Db } from '../db/client';
import { migrantProfile } from '../migrant/migrant.table';
import { findOrganisationBySlug } from '../org/org.repository';
import { returnReferral, returnRequest } from './returns.table';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/**
 * Two invented returnees (names say "Demo") with requests for the Bishkek and Osh centres, so
 * `caseworker@` and `osh@` have a queue. The Osh one is referred to Migrant Ishker, the GIZ
 * "Skills for reintegration" sub-programme named in seed 002.
 */
const RETURNEES = [
	{
		phone: '+996700000101',
		name: 'Демо Бакыт Асанов',
		sex: 'male' as const,
		region: 'KG-C',
		centre: 'ceca-bishkek',
		country: 'RU',
		returned: 12,
		skills: ['7'],
		skillsNote: 'Demo: 4 years of tiling and plastering in Moscow',
		needs: ['job', 'training'] as const
	},
	{
		phone: '+996700000102',
		name: 'Демо Айгерим Токтосунова',
		sex: 'female' as const,
		region: 'KG-O',
		centre: 'ceca-osh',
		country: 'KZ',
		returned: 40,
		skills: ['5'],
		skillsNote: 'Demo: cook in a café in Almaty',
		needs: ['business', 'psychological'] as const
	}
];

export async function loadReturnsDemo(db: Db): Promise<void> {
	const [done] = await db.select({ id: authUser.id }).from(authUser).where(eq(authUser.phoneNumber, RETURNEES[0].phone));
	if (done) return; // loaded before: keep what people changed
	await db.transaction(async (tx) => {
		for (const r of RETURNEES) {
			const centre = await findOrganisationBySlug(tx, r.centre);
			if (!centre) continue;
			const id = randomUUID();
			await tx.insert(authUser).values({ id, name: r.name, email: phoneEmail(r.phone), phoneNumber: r.phone, phoneNumberVerified: true, kind: 'migrant' });
			await tx.insert(migrantProfile).values({ userId: id, fullName: r.name, sex: r.sex, regionCode: r.region, languages: ['ky', 'ru'] });
			const [req] = await tx
				.insert(returnRequest)
				.values({
					userId: id,
					centreId: centre.id,
					returnDate: daysAgo(r.returned),
					countryIso2: r.country,
					regionCode: r.region,
					skills: r.skills,
					skillsNote: r.skillsNote,
					needs: [...r.needs],
					contactConsent: true,
					createdAt: new Date(Date.now() - (r.returned - 2) * 86_400_000)
				})
				.returning({ id: returnRequest.id });
			if (r.centre === 'ceca-osh') {
				await tx.update(returnRequest).set({ status: 'in_progress' }).where(eq(returnRequest.id, req.id));
				await tx.insert(returnReferral).values({
					requestId: req.id,
					kind: 'business_grant',
					programme: 'Migrant Ishker (GIZ, "Skills for reintegration") — demo',
					referredOn: daysAgo(30),
					outcome: 'accepted',
					outcomeOn: daysAgo(20),
					outcomeNote: 'Demo: enrolled in the business-skills course'
				});
			}
		}
	});
}

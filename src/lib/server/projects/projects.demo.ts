import type { Db } from '../db/client';
import { organisation } from '../org/org.table';

/** Demo only: a village administration that posts community projects (demo account local@sapar.test). */
export const DEMO_LOCAL_AUTHORITY = 'demo-local-authority';

export async function ensureProjectsDemoOrganisation(db: Db): Promise<void> {
	await db
		.insert(organisation)
		.values({
			slug: DEMO_LOCAL_AUTHORITY,
			kind: 'local_authority',
			name: { ky: 'Демо айыл өкмөтү (Нарын облусу)', ru: 'Демо айыл окмоту (Нарынская область)', en: 'Demo village administration (Naryn region)' },
			countryIso2: 'KG',
			city: { ky: 'Нарын', ru: 'Нарын', en: 'Naryn' },
			needsReview: true
		})
		.onConflictDoNothing({ target: organisation.slug });
}

import type { Db } from '../db/client';
import { organisation } from '../org/org.table';
import { ORGANISATIONS } from './data/organisations';

/**
 * The organisations named in the seed documents. Inserted once; later edits by admins are kept.
 */
export async function loadSeedOrganisations(db: Db): Promise<void> {
	await db
		.insert(organisation)
		.values(
			ORGANISATIONS.map((o) => ({
				slug: o.slug,
				kind: o.kind,
				name: o.name,
				countryIso2: o.countryIso2,
				city: o.city,
				source: o.source,
				needsReview: o.needsReview
			}))
		)
		.onConflictDoNothing({ target: organisation.slug });
}

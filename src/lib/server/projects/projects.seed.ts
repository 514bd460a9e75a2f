import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { loadContent } from '../content/files';
import type { Db } from '../db/client';
import { sourceSchema, translatedSchema } from '../portal/portal.content';
import { communityProject } from './projects.table';

/**
 * Community projects the seed documents name (content/projects), as examples: published and marked so,
 * with their source; what the seed does not give (budget, dates, people, the campaign's link) stays
 * empty. The file is the truth for these rows: a changed file updates them on the next start.
 */
export const projectSeedSchema = z.strictObject({
	slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
	example: z.literal(true),
	title: translatedSchema,
	purpose: translatedSchema,
	regionCode: z.string().regex(/^KG-[A-Z]{1,2}$/),
	source: sourceSchema
});

export async function loadProjectContent(db: Db): Promise<void> {
	const items = loadContent('projects', projectSeedSchema);
	if (!items.length) return;
	await db
		.insert(communityProject)
		.values(items.map(({ data }) => ({ ...data, status: 'published' as const, verifiedAt: new Date() })))
		.onConflictDoUpdate({
			target: communityProject.slug,
			set: {
				title: sql`excluded.title`,
				purpose: sql`excluded.purpose`,
				regionCode: sql`excluded.region_code`,
				source: sql`excluded.source`,
				updatedAt: sql`now()`
			},
			setWhere: sql`${communityProject.example}`
		});
}

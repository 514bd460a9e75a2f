import { z } from 'zod';
import { DIASPORA_HELP } from '#lib/diaspora';
import { loadContent } from '../content/files';
import type { Db } from '../db/client';
import { sourceSchema, translatedSchema } from '../portal/portal.content';
import { diasporaAssociation } from './diaspora.table';

/**
 * Associations named in the seed documents (content/diaspora), with their source. They start unverified
 * (needs review): the public page shows them once a mission of the country verifies them. Inserted once
 * per slug; what representatives and missions change later is kept.
 */
export const associationSeedSchema = z.strictObject({
	slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
	name: translatedSchema,
	countryIso2: z.string().regex(/^[A-Z]{2}$/),
	city: z.string().trim().min(1).nullable(),
	help: z.array(z.enum(DIASPORA_HELP)).min(1),
	description: translatedSchema,
	source: sourceSchema
});

export async function loadDiasporaContent(db: Db): Promise<void> {
	const items = loadContent('diaspora', associationSeedSchema);
	if (!items.length) return;
	await db
		.insert(diasporaAssociation)
		.values(items.map(({ data }) => ({ ...data, needsReview: true })))
		.onConflictDoNothing({ target: diasporaAssociation.slug });
}

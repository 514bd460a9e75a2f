import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { LANGUAGE_LEVELS, SELECTION_METHODS } from '#lib/programmes';
import { loadContent } from '../content/files';
import type { Db } from '../db/client';
import { organisation } from '../org/org.table';
import { sourceSchema, translatedSchema } from '../portal/portal.content';
import { programme } from './programmes.table';

const requirement = z.strictObject({ key: z.string().regex(/^[a-z][a-z0-9_]*$/), label: translatedSchema });

/** A programme as CECA publishes it (content/programmes/<slug>.yaml). */
export const programmeSeedSchema = z.strictObject({
	slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
	/** the running employment centre's organisation slug */
	organisation: z.string().regex(/^[a-z0-9-]+$/),
	countryIso2: z.string().regex(/^[A-Z]{2}$/),
	title: translatedSchema,
	summary: translatedSchema,
	opensAt: z.coerce.date(),
	closesAt: z.coerce.date(),
	places: z.number().int().positive(),
	rules: z.strictObject({
		minAge: z.number().int().min(14).max(80).optional(),
		maxAge: z.number().int().min(14).max(80).optional(),
		languageLevel: z.enum(LANGUAGE_LEVELS).optional(),
		healthDeclaration: z.boolean().optional(),
		excludePrevious: z.boolean().optional()
	}),
	quotas: z.record(z.string().regex(/^KG-[A-Z]{1,2}$/), z.number().int().positive()),
	documents: z.array(requirement),
	tests: z.array(requirement),
	selection: z.enum(SELECTION_METHODS),
	source: sourceSchema,
	needsReview: z.boolean()
});

/**
 * Programmes from the content files: inserted by slug, and their published terms (texts, window, rules,
 * quotas, requirements) updated from the files on every start; the draw (seed, date) stays as run.
 */
export async function loadProgrammeContent(db: Db): Promise<void> {
	for (const { data } of loadContent('programmes', programmeSeedSchema)) {
		const [org] = await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.slug, data.organisation));
		if (!org) continue;
		const { organisation: _, ...terms } = data;
		await db
			.insert(programme)
			.values({ ...terms, organisationId: org.id })
			.onConflictDoUpdate({
				target: programme.slug,
				set: {
					title: terms.title,
					summary: terms.summary,
					opensAt: terms.opensAt,
					closesAt: terms.closesAt,
					places: terms.places,
					rules: terms.rules,
					quotas: terms.quotas,
					documents: terms.documents,
					tests: terms.tests,
					source: terms.source,
					needsReview: terms.needsReview,
					// the method never changes once a draw has been run
					selection: sql`case when ${programme.selectedAt} is null then excluded.selection else ${programme.selection} end`
				}
			});
	}
}

import { z } from 'zod';
import { loadContent } from '../content/files';
import { sourceSchema, translatedSchema } from './portal.content';

/**
 * Emergency numbers of Kyrgyzstan and the main destinations (content/emergency/<iso2>.yaml), shown on
 * /{lang}/help/urgent, one tap from every page (issue 16). None comes from the seed documents: each names
 * its outside source and stays `needsReview: true` until an editor has checked it.
 */
export const emergencySchema = z.strictObject({
	countryIso2: z.string().regex(/^[A-Z]{2}$/),
	position: z.number().int().min(1),
	country: translatedSchema,
	numbers: z.array(z.strictObject({ number: z.string().regex(/^\+?\d{2,15}$/, 'digits only, as dialled'), service: translatedSchema })).min(1),
	/** `lang`: the language of the source's title when it is none of ky/ru/en's page language (WCAG 3.1.2) */
	source: sourceSchema.extend({
		lang: z
			.string()
			.regex(/^[a-z]{2}$/)
			.optional()
	}),
	needsReview: z.boolean(),
	reviewedOn: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
		.optional()
});
export type EmergencyNumbers = z.infer<typeof emergencySchema>;

let cached: EmergencyNumbers[] | undefined;

export function emergencyNumbers(): EmergencyNumbers[] {
	cached ??= loadContent('emergency', emergencySchema)
		.map((f) => f.data)
		.sort((a, b) => a.position - b.position);
	return cached;
}

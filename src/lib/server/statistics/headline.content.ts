import { z } from 'zod';
import { loadContent } from '../content/files';
import { sourceSchema, translatedSchema } from '../portal/portal.content';

/**
 * The seeds' own headline figures (content/headline-figures/<slug>.yaml), shown on /{lang}/statistics as
 * sourced context, apart from Sapar's own counts. Each quotes its seed document word for word.
 */
export const headlineFigureSchema = z.strictObject({
	slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
	position: z.number().int().min(1),
	figure: translatedSchema,
	label: translatedSchema,
	source: sourceSchema.extend({ document: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/), excerpt: z.string().trim().min(1).max(300) }),
	needsReview: z.boolean()
});
export type HeadlineFigure = z.infer<typeof headlineFigureSchema>;

let cached: HeadlineFigure[] | undefined;

export function headlineFigures(): HeadlineFigure[] {
	cached ??= loadContent('headline-figures', headlineFigureSchema)
		.map((f) => f.data)
		.sort((a, b) => a.position - b.position);
	return cached;
}

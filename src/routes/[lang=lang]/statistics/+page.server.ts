import { getDb } from '#lib/server/db/client';
import { REGIONS } from '#lib/server/reference/data/regions';
import { headlineFigures } from '#lib/server/statistics/headline.content';
import { publicSeries } from '#lib/server/statistics/public';
import { statsThreshold } from '#lib/server/statistics/suppression';

export const load = async ({ locals }) => {
	const locale = locals.locale;
	const { series, refreshedAt } = await publicSeries(getDb());
	return {
		series,
		refreshedAt,
		threshold: statsThreshold(),
		regions: Object.fromEntries(REGIONS.map((r) => [r.code, r.name[locale] ?? r.code])),
		context: headlineFigures().map((f) => ({ slug: f.slug, figure: f.figure[locale], label: f.label[locale], source: f.source }))
	};
};

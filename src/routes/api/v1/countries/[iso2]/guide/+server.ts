import { json } from '@sveltejs/kit';
import { pick, tr } from '#lib/i18n';
import { apiError, apiHandler, langParam, PUBLIC_CACHE } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { getGuide } from '#lib/server/portal/portal.service';

export const GET = apiHandler(async ({ url, params }: { url: URL; params: { iso2: string } }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	const guide = await getGuide(getDb(), params.iso2);
	if (!guide) return apiError(404, 'not_found', 'no guide for this country');
	return json(
		{
			country: { iso2: guide.countryIso2, name: tr(guide.countryName, lang) },
			intro: tr(guide.intro, lang),
			sections: guide.sections.map((s) => {
				const body = pick(s.body, lang);
				return {
					kind: s.kind,
					body: body.text,
					language: body.locale,
					fallback: body.fallback,
					source: s.source,
					reviewedAt: s.reviewedOn,
					stale: s.stale,
					needsReview: s.needsReview,
					laws: s.laws.map((l) => l.slug)
				};
			})
		},
		{ headers: PUBLIC_CACHE }
	);
});

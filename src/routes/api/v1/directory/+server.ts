import { json } from '@sveltejs/kit';
import { tr } from '#lib/i18n';
import { apiError, apiHandler, langParam, PUBLIC_CACHE } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { listDirectory } from '#lib/server/portal/portal.service';

export const GET = apiHandler(async ({ url }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	const country = url.searchParams.get('country');
	if (country && !/^[a-z]{2}$/i.test(country)) return apiError(400, 'bad_request', 'country must be an ISO 3166-1 alpha-2 code');
	const { entries } = await listDirectory(getDb(), { country, city: url.searchParams.get('city') });
	return json(
		{
			data: entries.map(({ entry: e }) => ({
				id: e.slug,
				kind: e.kind,
				name: tr(e.name, lang),
				country: e.countryIso2,
				city: e.city ? tr(e.city, lang) : null,
				address: e.address ? tr(e.address, lang) : null,
				phones: e.phones,
				email: e.email,
				website: e.website,
				hours: e.hours ? tr(e.hours, lang) : null,
				languages: e.languages,
				services: tr(e.services, lang),
				needsReview: e.needsReview
			}))
		},
		{ headers: PUBLIC_CACHE }
	);
});

import { json } from '@sveltejs/kit';
import { tr } from '#lib/i18n';
import { apiHandler, PUBLIC_CACHE } from '#lib/server/api/api';
import { directoryQuery, parseQuery } from '#lib/server/api/contract';
import { getDb } from '#lib/server/db/client';
import { listDirectory } from '#lib/server/portal/portal.service';

export const GET = apiHandler(async ({ url }) => {
	const query = parseQuery(directoryQuery, url);
	if (query instanceof Response) return query;
	const lang = query.lang;
	const { entries } = await listDirectory(getDb(), { country: query.country || null, city: query.city || null });
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

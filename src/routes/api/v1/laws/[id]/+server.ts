import { json } from '@sveltejs/kit';
import { tr } from '#lib/i18n';
import { apiError, apiHandler, langParam, PUBLIC_CACHE } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { getLaw } from '#lib/server/portal/portal.service';

export const GET = apiHandler(async ({ url, params }: { url: URL; params: { id: string } }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	const l = await getLaw(getDb(), params.id);
	if (!l) return apiError(404, 'not_found', 'no such law');
	return json(
		{
			id: l.slug,
			kind: l.kind,
			number: l.number,
			adoptedOn: l.adoptedOn,
			status: l.status,
			statusSource: l.statusSource,
			reviewedOn: l.reviewedOn,
			title: tr(l.title, lang),
			summary: tr(l.summary, lang),
			countries: l.countries,
			source: l.source,
			needsReview: l.needsReview,
			guideSections: l.usedBy.map((u) => ({ country: u.iso2, kind: u.kind, url: `/${lang}/countries/${u.iso2.toLowerCase()}#${u.kind}` }))
		},
		{ headers: PUBLIC_CACHE }
	);
});

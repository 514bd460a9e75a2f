import { json } from '@sveltejs/kit';
import { tr } from '#lib/i18n';
import { apiError, apiHandler, langParam } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { publicProject } from '#lib/server/projects/projects.service';
import { projectJson } from '#lib/server/projects/projects.api';

export const GET = apiHandler(async ({ url, params }: { url: URL; params: { id: string } }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	const found = await publicProject(getDb(), params.id);
	if (!found) return apiError(404, 'not_found', 'no published project with this id');
	return json(
		{
			...projectJson(found.project, lang),
			followers: found.followers,
			reports: found.reports.map((r) => ({ kind: r.kind, text: tr(r.body, lang), amount: r.amount, publishedAt: r.publishedAt ?? r.createdAt }))
		},
		{ headers: { 'cache-control': 'public, max-age=60' } }
	);
});

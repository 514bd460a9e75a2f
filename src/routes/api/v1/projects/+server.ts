import { json } from '@sveltejs/kit';
import { apiError, apiHandler, langParam, PUBLIC_CACHE } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { listPublicProjects } from '#lib/server/projects/projects.service';
import { projectJson } from '#lib/server/projects/projects.api';

export const GET = apiHandler(async ({ url }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	const region = url.searchParams.get('region');
	if (region && !/^KG-[A-Z]{1,2}$/i.test(region)) return apiError(400, 'bad_request', 'region must be an ISO 3166-2:KG code, e.g. KG-N');
	const { projects } = await listPublicProjects(getDb(), { region });
	return json({ data: projects.map((p) => ({ ...projectJson(p, lang), reports: p.reports })) }, { headers: PUBLIC_CACHE });
});

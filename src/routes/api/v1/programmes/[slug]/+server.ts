import { json } from '@sveltejs/kit';
import { apiHandler, langParam, PUBLIC_CACHE } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { getProgramme } from '#lib/server/programmes/programmes.service';
import { programmeJson } from '#lib/server/programmes/programmes.api';

export const GET = apiHandler(async ({ url, params }: import('./$types').RequestEvent) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	return json(programmeJson(await getProgramme(getDb(), params.slug), lang, true), { headers: PUBLIC_CACHE });
});

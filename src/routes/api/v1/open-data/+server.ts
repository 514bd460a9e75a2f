import { json } from '@sveltejs/kit';
import { apiHandler, langParam } from '#lib/server/api/api';
import { config } from '#lib/server/config';
import { getDb } from '#lib/server/db/client';
import { openDataCatalogue } from '#lib/server/statistics/open-data';

export const GET = apiHandler(async ({ url }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	return json({ data: await openDataCatalogue(getDb(), config.origin, lang) }, { headers: { 'cache-control': 'public, max-age=300' } });
});

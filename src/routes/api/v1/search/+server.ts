import { json } from '@sveltejs/kit';
import { apiError, apiHandler, langParam } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { search } from '#lib/server/portal/search';

export const GET = apiHandler(async ({ url }) => {
	const lang = langParam(url);
	if (lang instanceof Response) return lang;
	const q = url.searchParams.get('q') ?? '';
	if (!q.trim()) return apiError(400, 'bad_request', 'q is required');
	if (q.length > 200) return apiError(400, 'bad_request', 'q must be at most 200 characters');
	return json({ data: await search(getDb(), q, lang) }, { headers: { 'cache-control': 'public, max-age=60' } });
});

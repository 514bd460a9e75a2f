import { json } from '@sveltejs/kit';
import { apiHandler } from '#lib/server/api/api';
import { parseQuery, searchQuery } from '#lib/server/api/contract';
import { getDb } from '#lib/server/db/client';
import { search } from '#lib/server/portal/search';

export const GET = apiHandler(async ({ url }) => {
	const query = parseQuery(searchQuery, url);
	if (query instanceof Response) return query;
	return json({ data: await search(getDb(), query.q, query.lang) }, { headers: { 'cache-control': 'public, max-age=60' } });
});

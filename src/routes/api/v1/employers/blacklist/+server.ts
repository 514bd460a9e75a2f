import { json } from '@sveltejs/kit';
import { apiHandler } from '#lib/server/api/api';
import { blacklistQuery, parseQuery } from '#lib/server/api/contract';
import { getDb } from '#lib/server/db/client';
import { searchBlacklist } from '#lib/server/employers/employers.service';

/** The employer black list: only listings a supervisor decided, with reasons and dates. */
export const GET = apiHandler(async ({ url }: { url: URL }) => {
	const query = parseQuery(blacklistQuery, url);
	if (query instanceof Response) return query;
	const data = await searchBlacklist(getDb(), { q: (query.q ?? '').trim(), country: query.country ?? '' });
	return json({ data }, { headers: { 'cache-control': 'public, max-age=60' } });
});

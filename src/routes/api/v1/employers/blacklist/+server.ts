import { json } from '@sveltejs/kit';
import { apiError, apiHandler } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { searchBlacklist } from '#lib/server/employers/employers.service';

/** The employer black list: only listings a supervisor decided, with reasons and dates. */
export const GET = apiHandler(async ({ url }: { url: URL }) => {
	const q = (url.searchParams.get('q') ?? '').trim();
	const country = (url.searchParams.get('country') ?? '').trim();
	if (q.length > 200) return apiError(400, 'bad_request', 'q is too long (200 characters at most)');
	if (country && !/^[A-Za-z]{2}$/.test(country)) return apiError(400, 'bad_request', 'country must be an ISO 3166-1 alpha-2 code');
	const data = await searchBlacklist(getDb(), { q, country });
	return json({ data }, { headers: { 'cache-control': 'public, max-age=60' } });
});

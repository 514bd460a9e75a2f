import { json } from '@sveltejs/kit';
import { apiError, apiHandler } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { findAgencies } from '#lib/server/recruitment/agency.service';

/** "Is this agency licensed?": search by name (any script), licence number or tax number. */
export const GET = apiHandler(async ({ url }: { url: URL }) => {
	const q = (url.searchParams.get('q') ?? '').trim();
	if (!q) return apiError(400, 'bad_request', 'q is required');
	if (q.length > 200) return apiError(400, 'bad_request', 'q is too long (200 characters at most)');
	const found = await findAgencies(getDb(), q);
	return json({ data: found }, { headers: { 'cache-control': 'public, max-age=60' } });
});

import { json } from '@sveltejs/kit';
import { apiError, apiHandler } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { publicAgency } from '#lib/server/recruitment/agency.service';

/** One agency by licence number (or register slug): status, validity, permitted countries, history. */
export const GET = apiHandler(async ({ params }: { url: URL; params: { licenceNumber: string } }) => {
	const found = await publicAgency(getDb(), decodeURIComponent(params.licenceNumber));
	if (!found) return apiError(404, 'not_found', 'no agency with this licence number');
	return json(found, { headers: { 'cache-control': 'public, max-age=60' } });
});

import { json } from '@sveltejs/kit';
import { apiHandler } from '#lib/server/api/api';
import { agenciesQuery, parseQuery } from '#lib/server/api/contract';
import { getDb } from '#lib/server/db/client';
import { findAgencies } from '#lib/server/recruitment/agency.service';

/** "Is this agency licensed?": search by name (any script), licence number or tax number. */
export const GET = apiHandler(async ({ url }: { url: URL }) => {
	const query = parseQuery(agenciesQuery, url);
	if (query instanceof Response) return query;
	const found = await findAgencies(getDb(), query.q.trim());
	return json({ data: found }, { headers: { 'cache-control': 'public, max-age=60' } });
});

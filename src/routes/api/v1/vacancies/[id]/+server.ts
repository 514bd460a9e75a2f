import { json } from '@sveltejs/kit';
import { apiError, apiHandler } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { publicVacancy } from '#lib/server/recruitment/vacancy.service';

export const GET = apiHandler(async ({ params }: { url: URL; params: { id: string } }) => {
	const found = await publicVacancy(getDb(), params.id);
	if (!found) return apiError(404, 'not_found', 'no public vacancy with this id');
	return json(found, { headers: { 'cache-control': 'public, max-age=60' } });
});

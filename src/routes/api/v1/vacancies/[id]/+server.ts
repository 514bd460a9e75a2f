import { json } from '@sveltejs/kit';
import { apiError, apiHandler } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { publicVacancy, withdrawnVacancy } from '#lib/server/recruitment/vacancy.service';

export const GET = apiHandler(async ({ params }: { url: URL; params: { id: string } }) => {
	const db = getDb();
	const found = await publicVacancy(db, params.id);
	if (found) return json(found, { headers: { 'cache-control': 'public, max-age=60' } });
	const withdrawn = await withdrawnVacancy(db, params.id);
	if (!withdrawn) return apiError(404, 'not_found', 'no public vacancy with this id');
	const { reason, since, until, agency } = withdrawn;
	return json(
		{
			error: {
				code: 'withdrawn',
				message: `the vacancy was withdrawn: its agency's licence was ${reason === 'licence_suspended' ? 'suspended' : 'revoked'} on ${since}`,
				reason,
				since,
				until,
				agency: { slug: agency.slug, name: agency.name, licenceNumber: agency.licenceNumber, licenceCheck: `/api/v1/agencies/${agency.slug}` }
			}
		},
		{ status: 410, headers: { 'cache-control': 'public, max-age=60' } }
	);
});

import { getDb } from '#lib/server/db/client';
import { findAgencies } from '#lib/server/recruitment/agency.service';

export const load = async ({ url }) => {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	return { q, results: q ? await findAgencies(getDb(), q) : null };
};

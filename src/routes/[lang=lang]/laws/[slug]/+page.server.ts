import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { getLaw } from '#lib/server/portal/portal.service';

export const load = async ({ params }) => {
	const law = await getLaw(getDb(), params.slug);
	if (!law) error(404, 'Not found');
	return { law };
};

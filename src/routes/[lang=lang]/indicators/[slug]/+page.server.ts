import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { getDomain } from '#lib/server/indicators/indicators.service';

export const load = async ({ params }) => {
	const found = await getDomain(getDb(), params.slug);
	if (!found) error(404, 'Not found');
	return found;
};

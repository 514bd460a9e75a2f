import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { getGuide } from '#lib/server/portal/portal.service';

export const load = async ({ params }) => {
	const guide = await getGuide(getDb(), params.iso2);
	if (!guide) error(404, 'Not found');
	return { guide };
};

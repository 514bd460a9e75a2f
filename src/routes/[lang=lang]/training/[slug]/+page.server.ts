import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { getCourse } from '#lib/server/training/training.service';

export const load = async ({ params, locals }) => {
	const userId = locals.viewer?.user.kind === 'migrant' ? locals.viewer.user.id : null;
	const course = await getCourse(getDb(), params.slug, userId);
	if (!course) error(404, 'Not found');
	return { course, signedIn: !!userId };
};

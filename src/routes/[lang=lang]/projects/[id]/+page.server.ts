import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure } from '#lib/server/http/forms';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { followProject, publicProject, unfollowProject } from '#lib/server/projects/projects.service';

export const load = async ({ params, locals }) => {
	const signedInMigrant = locals.viewer?.user.kind === 'migrant' ? locals.viewer.actor : null;
	const found = await publicProject(getDb(), params.id, signedInMigrant?.userId);
	if (!found) error(404, 'Not found');
	return { ...found, signedInMigrant: !!signedInMigrant };
};

export const actions = {
	follow: async (event) => {
		const actor = requireMigrant(event);
		try {
			await followProject(getDb(), actor, event.params.id);
			return { followed: true };
		} catch (e) {
			return formFailure(e);
		}
	},
	unfollow: async (event) => {
		const actor = requireMigrant(event);
		try {
			await unfollowProject(getDb(), actor, event.params.id);
			return { unfollowed: true };
		} catch (e) {
			return formFailure(e);
		}
	}
};

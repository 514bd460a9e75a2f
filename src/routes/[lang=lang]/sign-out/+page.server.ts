import { redirect } from '@sveltejs/kit';
import { signOut } from '#lib/server/auth/auth.service';
import { applyCookies, clientOf } from '#lib/server/http/forms';

export const load = ({ params }) => redirect(303, `/${params.lang}`);

export const actions = {
	default: async (event) => {
		if (event.locals.viewer) {
			applyCookies(event, await signOut(event.locals.viewer.user.id, clientOf(event)));
		}
		redirect(303, `/${event.params.lang}`);
	}
};

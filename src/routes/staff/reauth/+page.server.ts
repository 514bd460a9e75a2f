import { redirect } from '@sveltejs/kit';
import { reauthenticate } from '#lib/server/auth/staff-session';
import { clientOf, formFailure, invalid, safeNext } from '#lib/server/http/forms';
import { formValues } from '#lib/server/validation';

/** Re-authentication before a sensitive action (issue 15, finding 7): the password or a code from the app. */
export const load = ({ locals }) => ({ hasTotp: !!locals.viewer?.user.twoFactorEnabled });

export const actions = {
	default: async (event) => {
		const viewer = event.locals.viewer!;
		const values = formValues(await event.request.formData());
		if (!values.password && !values.code?.trim()) return invalid({}, { password: 'error_reauth_missing' });
		try {
			await reauthenticate(viewer.user.id, viewer.sessionId, { password: values.password, code: values.code }, clientOf(event));
		} catch (e) {
			return formFailure(e);
		}
		redirect(303, safeNext(event.url.searchParams.get('next'), '/staff'));
	}
};

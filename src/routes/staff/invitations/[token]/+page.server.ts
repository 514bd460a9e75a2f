import { error, redirect } from '@sveltejs/kit';
import { tr } from '#lib/i18n';
import { getDb } from '#lib/server/db/client';
import { invalid, applyCookies, clientOf, formFailure } from '#lib/server/http/forms';
import { acceptInvitation, findOpenInvitation } from '#lib/server/org/org.service';
import { formValues } from '#lib/server/validation';

export const load = async ({ params, locals }) => {
	const open = await findOpenInvitation(getDb(), params.token);
	if (!open) error(404, 'Not found');
	return {
		email: open.invitation.email,
		role: open.invitation.role,
		organisation: tr(open.organisation.name, locals.locale)
	};
};

export const actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		try {
			const result = await acceptInvitation(getDb(), event.params.token, values, clientOf(event));
			if (!result.ok) return invalid({ name: values.name ?? '' }, result.errors);
			applyCookies(event, result.data.setCookie);
		} catch (e) {
			return formFailure(e, { name: values.name ?? '' });
		}
		redirect(303, '/staff/security/two-factor');
	}
};

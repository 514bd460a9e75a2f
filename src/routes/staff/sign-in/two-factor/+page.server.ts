import { redirect } from '@sveltejs/kit';
import { verifyStaffTotp } from '#lib/server/auth/auth.service';
import { invalid, applyCookies, clientOf, formFailure, safeNext } from '#lib/server/http/forms';
import { formValues } from '#lib/server/validation';

export const actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		if (!values.code?.trim()) return invalid({}, { code: 'error_required' });
		try {
			const step = await verifyStaffTotp(values.code, clientOf(event));
			applyCookies(event, step.setCookie);
		} catch (e) {
			return formFailure(e);
		}
		redirect(303, safeNext(event.url.searchParams.get('next'), '/staff'));
	}
};

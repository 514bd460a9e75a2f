import { redirect } from '@sveltejs/kit';
import { signInStaff } from '#lib/server/auth/auth.service';
import { applyCookies, clientOf, formFailure, invalid, safeNext } from '#lib/server/http/forms';
import { formValues } from '#lib/server/validation';
import { isAppError } from '#lib/server/errors';

export const load = ({ locals }) => {
	if (locals.viewer?.user.kind === 'staff' && locals.viewer.user.twoFactorEnabled) redirect(303, '/staff');
	return {};
};

export const actions = {
	default: async (event) => {
		const values = formValues(await event.request.formData());
		const errors: Record<string, string> = {};
		if (!values.email?.trim()) errors.email = 'error_required';
		if (!values.password) errors.password = 'error_required';
		if (Object.keys(errors).length) return invalid({ email: values.email ?? '' }, errors);
		let next: string;
		try {
			const step = await signInStaff(values.email, values.password, clientOf(event), values.code);
			applyCookies(event, step.setCookie);
			const after = safeNext(event.url.searchParams.get('next'), '/staff');
			next =
				step.next === 'done'
					? after
					: step.next === 'two_factor'
						? `/staff/sign-in/two-factor?next=${encodeURIComponent(after)}`
						: '/staff/security/two-factor';
		} catch (e) {
			// A guarded account (issue 15, finding 4): keep asking for the code with the password.
			const askCode = values.code !== undefined || (isAppError(e) && e.userMessage === 'error_signin_code_needed');
			return formFailure(e, { email: values.email, ...(askCode ? { askCode: '1' } : {}) });
		}
		redirect(303, next);
	}
};

import { fail, redirect } from '@sveltejs/kit';
import { isAppError } from '#lib/server/errors';
import { requestPhoneCode, verifyPhoneCode } from '#lib/server/auth/auth.service';
import { maskPhone, normalisePhone } from '#lib/server/auth/phone';
import { invalid, applyCookies, clientOf, formFailure } from '#lib/server/http/forms';
import { formValues } from '#lib/server/validation';
import { phoneSignInAvailable } from '#lib/server/channels/config';

export const load = ({ locals, params, url }) => {
	if (locals.viewer?.user.kind === 'migrant') redirect(303, `/${params.lang}/account`);
	// Step 2 is reachable by address so that a reload keeps the phone number.
	// SMS=off: no code can reach a phone, so the page offers only the other ways.
	if (!phoneSignInAvailable()) return { step: 'off' as const, phone: null, masked: null };
	const phone = normalisePhone(url.searchParams.get('phone') ?? '');
	return { step: phone ? ('code' as const) : ('phone' as const), phone, masked: phone ? maskPhone(phone) : null };
};

/**
 * Too many tries (issue 15, issue 16): say so, say until when, and offer the ways in that need no
 * sign-in. `wait` is which limit: wrong codes from this address, or codes sent to this number.
 */
function tooMany(e: unknown, values: Record<string, string>, wait: 'codes' | 'requests') {
	if (!isAppError(e) || e.code !== 'rate_limited') return formFailure(e, values);
	const retryAt = new Date(Date.now() + (e.retryAfterSeconds ?? 900) * 1000).toISOString();
	return fail(429, { values, errors: { form: 'error_sign_in_wait' } as Record<string, string>, wait, retryAt });
}

export const actions = {
	request: async (event) => {
		const values = formValues(await event.request.formData());
		if (!phoneSignInAvailable()) return invalid(values, { form: 'error_phone_sign_in_off' }, 404);
		if (values.website) return invalid(values, { form: 'error_invalid' }); // honeypot
		if (!values.phone?.trim()) return invalid(values, { phone: 'error_required' });
		if (!normalisePhone(values.phone)) return invalid(values, { phone: 'error_phone_invalid' });
		let phone: string;
		try {
			phone = await requestPhoneCode(values.phone, clientOf(event));
		} catch (e) {
			return tooMany(e, values, 'requests');
		}
		redirect(303, `/${event.params.lang}/sign-in?phone=${encodeURIComponent(phone)}`);
	},
	verify: async (event) => {
		const values = formValues(await event.request.formData());
		if (!phoneSignInAvailable()) return invalid(values, { form: 'error_phone_sign_in_off' }, 404);
		if (!values.code?.trim()) return invalid(values, { code: 'error_required' });
		if (!/^\d{6}$/.test(values.code.trim())) return invalid(values, { code: 'error_code_invalid' });
		try {
			const step = await verifyPhoneCode(values.phone ?? '', values.code, clientOf(event));
			applyCookies(event, step.setCookie);
		} catch (e) {
			return tooMany(e, values, 'codes');
		}
		redirect(303, `/${event.params.lang}/account`);
	}
};

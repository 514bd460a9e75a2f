import { fail, redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import { confirmTotpEnrolment, startTotpEnrolment } from '#lib/server/auth/auth.service';
import { invalid, applyCookies, clientOf, formFailure } from '#lib/server/http/forms';
import { formValues, type FieldErrors } from '#lib/server/validation';

export const load = ({ locals }) => {
	if (locals.viewer?.user.twoFactorEnabled) redirect(303, '/staff');
	return {};
};

export const actions = {
	/** Step 1: confirm the password, get a secret to put into the authenticator app. */
	start: async (event) => {
		const values = formValues(await event.request.formData());
		if (!values.password) return invalid({}, { password: 'error_required' });
		try {
			const { totpURI } = await startTotpEnrolment(values.password, clientOf(event));
			const secret = new URL(totpURI).searchParams.get('secret') ?? '';
			const qr = await QRCode.toString(totpURI, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
			return { enrolment: { secret, uri: totpURI, qr } };
		} catch (e) {
			return formFailure(e);
		}
	},
	/** Step 2: the first code proves the app has the secret. */
	confirm: async (event) => {
		const values = formValues(await event.request.formData());
		if (!values.code?.trim()) return fail(400, { values: {}, errors: { code: 'error_required' } as FieldErrors, pending: true });
		try {
			const step = await confirmTotpEnrolment(event.locals.viewer!.user.id, values.code, clientOf(event));
			applyCookies(event, step.setCookie);
		} catch (e) {
			const failure = formFailure(e);
			return fail(failure.status, { ...failure.data, pending: true });
		}
		redirect(303, '/staff');
	}
};

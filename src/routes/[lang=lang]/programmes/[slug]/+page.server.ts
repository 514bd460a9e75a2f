import { error, fail } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { isAppError } from '#lib/server/errors';
import { readForm } from '#lib/server/http/forms';
import { retryAfterSeconds, signupAdmission } from '#lib/server/programmes/admission';
import { getProgramme, previewEligibility, signUp } from '#lib/server/programmes/programmes.service';
import { listRegions } from '#lib/server/reference/reference.repository';
import { formValues } from '#lib/server/validation';

export const load = async ({ params }) => {
	try {
		const [programme, regions] = await Promise.all([getProgramme(getDb(), params.slug), listRegions(getDb())]);
		return { programme, regions };
	} catch (e) {
		if (isAppError(e) && e.code === 'not_found') error(404, 'Not found');
		throw e;
	}
};

const STEP_ONE = ['birthDate', 'sex', 'regionCode', 'languageLevel', 'health', 'previous'];
const keep = (values: Record<string, string>) =>
	Object.fromEntries([...STEP_ONE, 'fullName', 'phone', 'consent'].map((k) => [k, (values[k] ?? '').slice(0, 200)]));

export const actions = {
	/** Step one: the rules' questions, answered with what the rules say. */
	check: async (event) => {
		const data = await readForm(event.request);
		if (!data) return fail(413, { step: 1, values: {}, errors: { form: 'error_form_too_large' } });
		const raw = formValues(data);
		const values = keep(raw);
		if (raw.back) return { step: 1, values };
		const result = await previewEligibility(getDb(), event.params.slug, values).catch((e) => {
			if (isAppError(e) && e.code === 'not_found') error(404, 'Not found');
			throw e;
		});
		if (!result.ok) return fail(400, { step: 1, values, errors: result.errors });
		return { step: 2, values, preview: result.data };
	},
	/**
	 * Step two: the sign-up. Under a rush the admission limit refuses before anything is written, with a
	 * time to come back and the answers kept; what is acknowledged has been committed.
	 */
	signup: async (event) => {
		const data = await readForm(event.request);
		if (!data) return fail(413, { step: 1, values: {}, errors: { form: 'error_form_too_large' } });
		const values = keep(formValues(data));
		const viewer = event.locals.viewer;
		const actor = viewer?.actor && viewer.user.kind === 'migrant' ? viewer.actor : null;
		let result;
		try {
			result = await signupAdmission.run(() => signUp(getDb(), actor, event.params.slug, values, event.locals.locale));
		} catch (e) {
			if (isAppError(e) && e.code === 'not_found') error(404, 'Not found');
			throw e;
		}
		if (result === null) {
			const seconds = retryAfterSeconds();
			event.setHeaders({ 'retry-after': String(seconds) });
			return fail(429, { step: 2, values, busy: { at: new Date(Date.now() + seconds * 1000).toISOString() } });
		}
		if (!result.ok) {
			const step = Object.keys(result.errors).some((k) => STEP_ONE.includes(k)) ? 1 : 2;
			return fail(400, { step, values, errors: result.errors });
		}
		return { step: 3, done: result.data };
	}
};

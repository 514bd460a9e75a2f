import { fail } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { isAppError } from '#lib/server/errors';
import { ensureDevice, limitCaseAction } from '#lib/server/cases/cases.routes';
import { addInformation, myHelpRequests, trackCase } from '#lib/server/cases/intake.service';
import { readForm } from '#lib/server/http/forms';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	ensureDevice(event);
	const viewer = event.locals.viewer;
	return { mine: viewer?.actor && viewer.user.kind === 'migrant' ? await myHelpRequests(getDb(), viewer.actor) : [] };
};

const fileOf = (data: FormData) => {
	const f = data.get('file');
	return f instanceof File ? f : null;
};

/** Number and code travel in the POST body only, never in the address (history, logs, referrers). */
async function follow(event: import('./$types').RequestEvent, add: boolean) {
	const data = await readForm(event.request);
	if (!data) return fail(413, { values: { number: '', code: '' }, errors: { form: 'error_form_too_large' } });
	const values = formValues(data);
	const keep = { number: values.number ?? '', code: values.code ?? '' };
	const errors: Record<string, string> = {};
	if (!keep.number.trim()) errors.number = 'error_required';
	if (!keep.code.trim()) errors.code = 'error_required';
	if (Object.keys(errors).length) return fail(400, { values: keep, errors });
	try {
		await limitCaseAction(event, 'track');
		let added = false;
		if (add) {
			const result = await addInformation(getDb(), keep.number, keep.code, { body: values.body ?? '', file: fileOf(data) });
			if (!result.ok) return fail(400, { values: keep, errors: result.errors, tracked: await trackCase(getDb(), keep.number, keep.code) });
			added = true;
		}
		return { values: keep, tracked: await trackCase(getDb(), keep.number, keep.code), added };
	} catch (e) {
		if (isAppError(e) && e.code === 'rate_limited') return fail(429, { values: keep, errors: { form: 'error_rate_limited' } });
		if (isAppError(e) && e.code === 'not_found') return fail(404, { values: keep, errors: { form: 'error_case_not_found' } });
		throw e;
	}
}

export const actions = {
	view: (event) => follow(event, false),
	add: (event) => follow(event, true)
};

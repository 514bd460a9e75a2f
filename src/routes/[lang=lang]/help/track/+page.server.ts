import { fail } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { isAppError } from '#lib/server/errors';
import { ensureDevice, limitCaseAction } from '#lib/server/cases/cases.routes';
import { addInformation, myHelpRequests, reopenByPerson, trackCase } from '#lib/server/cases/intake.service';
import { otherChannels } from '#lib/server/cases/next-steps';
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

/** The case as the person sees it, with other ways to get help once it is closed. */
async function tracked(number: string, code: string) {
	const found = await trackCase(getDb(), number, code);
	return { ...found, channels: found.outcome ? await otherChannels(getDb(), found.countryIso2) : null };
}

/** Number and code travel in the POST body only, never in the address (history, logs, referrers). */
async function follow(event: import('./$types').RequestEvent, action: 'view' | 'add' | 'reopen') {
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
		let reopened = false;
		if (action === 'add') {
			const result = await addInformation(getDb(), keep.number, keep.code, { body: values.body ?? '', file: fileOf(data) });
			if (!result.ok) return fail(400, { values: keep, errors: result.errors, tracked: await tracked(keep.number, keep.code) });
			added = true;
		}
		if (action === 'reopen') {
			const result = await reopenByPerson(getDb(), keep.number, keep.code, { reason: values.reason ?? '' });
			if (!result.ok)
				return fail(400, { values: { ...keep, reason: values.reason ?? '' }, errors: result.errors, tracked: await tracked(keep.number, keep.code) });
			reopened = true;
		}
		return { values: keep, tracked: await tracked(keep.number, keep.code), added, reopened };
	} catch (e) {
		if (isAppError(e) && e.code === 'rate_limited') return fail(429, { values: keep, errors: { form: 'error_rate_limited' } });
		if (isAppError(e) && e.code === 'not_found') return fail(404, { values: keep, errors: { form: 'error_case_not_found' } });
		if (isAppError(e) && e.code === 'invalid_transition')
			return fail(409, { values: keep, errors: { form: e.userMessage }, tracked: await tracked(keep.number, keep.code) });
		throw e;
	}
}

export const actions = {
	view: (event) => follow(event, 'view'),
	add: (event) => follow(event, 'add'),
	reopen: (event) => follow(event, 'reopen')
};

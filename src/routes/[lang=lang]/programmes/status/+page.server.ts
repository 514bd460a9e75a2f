import { fail } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { isAppError } from '#lib/server/errors';
import { readForm } from '#lib/server/http/forms';
import { consume, addressKey } from '#lib/server/http/rate-limit';
import { bookSlot, mySignups, signupStatus, type Holder } from '#lib/server/programmes/programmes.service';
import { formValues } from '#lib/server/validation';

const migrantOf = (event: import('./$types').RequestEvent) => {
	const viewer = event.locals.viewer;
	return viewer?.actor && viewer.user.kind === 'migrant' ? viewer.actor : null;
};

export const load = async (event) => {
	const actor = migrantOf(event);
	return { mine: actor ? await mySignups(getDb(), actor) : [] };
};

/** Reference and code travel in the POST body only (never in the address); a signed-in person's own sign-ups need no code. */
async function follow(event: import('./$types').RequestEvent, book: boolean) {
	const data = await readForm(event.request);
	if (!data) return fail(413, { values: { reference: '', code: '' }, errors: { form: 'error_form_too_large' } });
	const values = formValues(data);
	const keep = { reference: values.reference ?? '', code: values.code ?? '' };
	const actor = migrantOf(event);
	const errors: Record<string, string> = {};
	if (!keep.reference.trim()) errors.reference = 'error_required';
	if (!keep.code.trim() && !actor) errors.code = 'error_required';
	if (Object.keys(errors).length) return fail(400, { values: keep, errors });
	const holder: Holder = keep.code.trim() ? { reference: keep.reference, code: keep.code } : { actor: actor!, reference: keep.reference };
	try {
		await consume('caseTrackAddress', `programme:${addressKey(event.getClientAddress())}`);
		let booked: Date | null = null;
		if (book) {
			const result = await bookSlot(getDb(), holder, values.slotId ?? '');
			if (!result.ok) return fail(400, { values: keep, errors: result.errors, status: await signupStatus(getDb(), holder) });
			booked = result.data.startsAt;
		}
		return { values: keep, status: await signupStatus(getDb(), holder), booked };
	} catch (e) {
		if (isAppError(e) && e.code === 'rate_limited') return fail(429, { values: keep, errors: { form: 'error_rate_limited' } });
		if (isAppError(e) && e.code === 'not_found') return fail(404, { values: keep, errors: { form: 'programme_not_found' } });
		if (isAppError(e) && e.code === 'conflict')
			return fail(409, { values: keep, errors: { form: e.userMessage }, status: await signupStatus(getDb(), holder) });
		throw e;
	}
}

export const actions = {
	view: (event) => follow(event, false),
	book: (event) => follow(event, true)
};

import { error, fail, redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { isAppError } from '#lib/server/errors';
import { formFailure } from '#lib/server/http/forms';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { markReturned, myRegistration } from '#lib/server/migrant/registration.service';
import { formValues } from '#lib/server/validation';

/** "I have come home" asks first: this page explains what it changes; only its POST changes the status. */
export const load = async (event) => {
	const actor = requireMigrant(event);
	const registration = await myRegistration(getDb(), actor, actor.userId, event.params.id).catch((e: unknown) => {
		if (isAppError(e) && e.code === 'not_found') error(404, 'Not found');
		throw e;
	});
	if (!registration.open) redirect(303, `/${event.params.lang}/account/registration`);
	return { registration };
};

export const actions = {
	default: async (event) => {
		const actor = requireMigrant(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await markReturned(getDb(), actor, actor.userId, event.params.id, values);
			if (!result.ok) return fail(400, { errors: result.errors });
		} catch (e) {
			return formFailure(e);
		}
		redirect(303, `/${event.params.lang}/account/registration?returned=1`);
	}
};

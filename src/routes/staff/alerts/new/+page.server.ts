import { redirect } from '@sveltejs/kit';
import { requireAccess } from '#lib/server/access/access';
import { createAlert } from '#lib/server/alerts/alerts.service';
import { alertChoices, alertInput } from '#lib/server/alerts/alerts.routes';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, readForm, requireStaffActor } from '#lib/server/http/forms';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		requireAccess(actor, 'alert.draft');
	} catch (e) {
		return formFailure(e) as never;
	}
	return { choices: await alertChoices(getDb(), event.locals.locale, actor.organisationId) };
};

export const actions = {
	default: async (event) => {
		const actor = requireStaffActor(event);
		const form = await readForm(event.request);
		if (!form) return invalid({}, { phones: 'error_too_long' }, 413);
		const { input, values } = await alertInput(form);
		try {
			const result = await createAlert(getDb(), actor, input);
			if (!result.ok) return invalid(values as Record<string, string>, result.errors);
			redirect(303, `/staff/alerts/${result.data.id}?saved=1`);
		} catch (e) {
			return formFailure(e, values as Record<string, string>);
		}
	}
};

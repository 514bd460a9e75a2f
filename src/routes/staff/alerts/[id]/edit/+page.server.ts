import { error, redirect } from '@sveltejs/kit';
import { draftValues, loadReadable, updateAlert } from '#lib/server/alerts/alerts.service';
import { alertChoices, alertInput } from '#lib/server/alerts/alerts.routes';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, readForm, requireStaffActor } from '#lib/server/http/forms';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const { row, own } = await loadReadable(getDb(), actor, event.params.id);
		if (!own || row.status !== 'draft') error(404, 'Not found');
		return { id: row.id, stored: draftValues(row), choices: await alertChoices(getDb(), event.locals.locale, actor.organisationId) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	default: async (event) => {
		const actor = requireStaffActor(event);
		const form = await readForm(event.request);
		if (!form) return invalid({}, { phones: 'error_too_long' }, 413);
		const { input, values } = await alertInput(form);
		try {
			const result = await updateAlert(getDb(), actor, event.params.id, input);
			if (!result.ok) return invalid(values as Record<string, string>, result.errors);
			redirect(303, `/staff/alerts/${event.params.id}?saved=1`);
		} catch (e) {
			return formFailure(e, values as Record<string, string>);
		}
	}
};

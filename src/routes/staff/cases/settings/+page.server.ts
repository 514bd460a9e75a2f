import { fail } from '@sveltejs/kit';
import { organisationDeadlines, organisationFigures, setDeadlines } from '#lib/server/cases/figures.service';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const [deadlines, figures] = await Promise.all([organisationDeadlines(getDb(), actor), organisationFigures(getDb(), actor)]);
		return { deadlines, figures };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	default: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await setDeadlines(getDb(), actor, values);
			if (!result.ok) return fail(400, { values, errors: result.errors });
			return { saved: true };
		} catch (e) {
			return formFailure(e, values);
		}
	}
};

import { fail } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { getIndicatorHistory, recordProgress } from '#lib/server/indicators/progress.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return await getIndicatorHistory(getDb(), actor, event.params.id);
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	default: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await recordProgress(getDb(), actor, event.params.id, values);
			return result.ok ? { recorded: true } : fail(400, { values, errors: result.errors });
		} catch (e) {
			return formFailure(e, values);
		}
	}
};

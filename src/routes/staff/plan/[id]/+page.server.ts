import { fail } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { addTaskEvidence, getOwnTask, updateTaskStatus } from '#lib/server/plan/plan.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return await getOwnTask(getDb(), actor, event.params.id);
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	status: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await updateTaskStatus(getDb(), actor, event.params.id, values);
			return result.ok ? { saved: true } : fail(400, { form: 'status', values, errors: result.errors });
		} catch (e) {
			return formFailure(e, values);
		}
	},
	evidence: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await addTaskEvidence(getDb(), actor, event.params.id, values);
			return result.ok ? { saved: true } : fail(400, { form: 'evidence', values, errors: result.errors });
		} catch (e) {
			return formFailure(e, values);
		}
	}
};

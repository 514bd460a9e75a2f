import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { confirmRegistration, missionRegistrations } from '#lib/server/migrant/registration.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return { registrations: await missionRegistrations(getDb(), actor) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	confirm: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			await confirmRegistration(getDb(), actor, values.id ?? '');
		} catch (e) {
			return formFailure(e);
		}
		return { confirmed: true };
	}
};

import { redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { offersProgrammes, vacancyChoices, vacancyInput } from '#lib/server/recruitment/recruitment.routes';
import { createVacancy } from '#lib/server/recruitment/vacancy.service';
import { requireAccess } from '#lib/server/access/access';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		requireAccess(actor, 'vacancy.manage');
	} catch (e) {
		return formFailure(e) as never;
	}
	return { ...(await vacancyChoices(getDb())), programmes: offersProgrammes(event.locals.viewer) };
};

export const actions = {
	default: async (event) => {
		const actor = requireStaffActor(event);
		const { input, values } = vacancyInput(await event.request.formData());
		try {
			const result = await createVacancy(getDb(), actor, input);
			if (!result.ok) return invalid(values, result.errors);
			redirect(303, `/staff/vacancies/${result.data.id}?created=1`);
		} catch (e) {
			return formFailure(e, values);
		}
	}
};

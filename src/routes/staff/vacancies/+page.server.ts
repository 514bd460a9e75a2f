import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { organisationVacancies } from '#lib/server/recruitment/vacancy.service';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return { vacancies: await organisationVacancies(getDb(), actor) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

import { error, redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid } from '#lib/server/http/forms';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { listCountries, listOccupations } from '#lib/server/reference/reference.repository';
import { applyForVacancy, publicVacancy, withdrawnVacancy } from '#lib/server/recruitment/vacancy.service';
import { formValues } from '#lib/server/validation';

export const load = async ({ params, locals }) => {
	const db = getDb();
	const vacancy = await publicVacancy(db, params.id);
	if (!vacancy) {
		// A vacancy of an agency whose licence is suspended or revoked is gone, and the person is told why.
		const withdrawn = await withdrawnVacancy(db, params.id);
		if (withdrawn) error(410, { message: 'Gone', withdrawn });
		error(404, 'Not found');
	}
	const [countries, occupations] = await Promise.all([listCountries(db), listOccupations(db)]);
	return {
		vacancy,
		countryName: countries.find((c) => c.iso2 === vacancy.countryIso2)?.name ?? null,
		occupationName: occupations.find((o) => o.code === vacancy.occupationCode)?.name ?? null,
		signedInMigrant: locals.viewer?.user.kind === 'migrant'
	};
};

export const actions = {
	default: async (event) => {
		const actor = requireMigrant(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await applyForVacancy(getDb(), actor, actor.userId, event.params.id, values);
			if (!result.ok) return invalid(values, result.errors);
		} catch (e) {
			return formFailure(e, values);
		}
		redirect(303, `/${event.params.lang}/account/applications?applied=1`);
	}
};

import { getDb } from '#lib/server/db/client';
import { formFailure } from '#lib/server/http/forms';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { listCountries } from '#lib/server/reference/reference.repository';
import { myApplications, recommendedVacancies, withdrawApplication } from '#lib/server/recruitment/vacancy.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireMigrant(event);
	const db = getDb();
	const [applications, recommended, countries] = await Promise.all([
		myApplications(db, actor, actor.userId),
		recommendedVacancies(db, actor, actor.userId),
		listCountries(db)
	]);
	return {
		applications,
		recommended,
		applied: event.url.searchParams.has('applied'),
		reviewed: event.url.searchParams.has('reviewed'),
		countryNames: Object.fromEntries(countries.map((c) => [c.iso2, c.name]))
	};
};

export const actions = {
	withdraw: async (event) => {
		const actor = requireMigrant(event);
		const values = formValues(await event.request.formData());
		try {
			await withdrawApplication(getDb(), actor, actor.userId, values.id ?? '');
		} catch (e) {
			return formFailure(e, values);
		}
		return { withdrawn: true };
	}
};

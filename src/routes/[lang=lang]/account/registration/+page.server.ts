import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { allMissions, myRegistrations, submitRegistration } from '#lib/server/migrant/registration.service';
import { fieldLevel, formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireMigrant(event);
	const db = getDb();
	const [registrations, missions] = await Promise.all([myRegistrations(db, actor, actor.userId), allMissions(db)]);
	return { registrations, missions, returned: event.url.searchParams.has('returned') };
};

export const actions = {
	submit: async (event) => {
		const actor = requireMigrant(event);
		const values = formValues(await event.request.formData());
		const result = await submitRegistration(getDb(), actor, actor.userId, values, event.locals.locale);
		if (!result.ok) return fail(400, { values, errors: fieldLevel(result.errors) });
		redirect(303, `/${event.params.lang}/account/registration?saved=1`);
	}
};

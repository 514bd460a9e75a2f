import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure } from '#lib/server/http/forms';
import { fieldLevel } from '#lib/server/validation';
import { profileInput, requireMigrant } from '#lib/server/migrant/migrant.routes';
import { checklistCountries, getProfile, saveProfile } from '#lib/server/migrant/migrant.service';
import { listOccupations, listRegions } from '#lib/server/reference/reference.repository';

export const load = async (event) => {
	const actor = requireMigrant(event);
	const db = getDb();
	const [profile, regions, occupations, countries] = await Promise.all([
		getProfile(db, actor, actor.userId),
		listRegions(db),
		listOccupations(db),
		checklistCountries(db)
	]);
	return { profile, regions, occupations, countries };
};

export const actions = {
	default: async (event) => {
		const actor = requireMigrant(event);
		const data = await event.request.formData();
		const input = profileInput(data);
		let result: Awaited<ReturnType<typeof saveProfile>>;
		try {
			result = await saveProfile(getDb(), actor, actor.userId, input);
		} catch (e) {
			return formFailure(e);
		}
		if (!result.ok) return fail(400, { errors: fieldLevel(result.errors), submitted: input });
		redirect(303, `/${event.params.lang}/account?saved=profile`);
	}
};

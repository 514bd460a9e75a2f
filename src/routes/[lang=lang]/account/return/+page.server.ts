import { fail, redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure } from '#lib/server/http/forms';
import { requireMigrant } from '#lib/server/migrant/migrant.routes';
import { getProfile } from '#lib/server/migrant/migrant.service';
import { listCountries, listOccupations, listRegions } from '#lib/server/reference/reference.repository';
import { myReturns, returnInput, submitReturn } from '#lib/server/returns/returns.service';
import { fieldLevel } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireMigrant(event);
	const db = getDb();
	const [returns, profile, countries, regions, occupations] = await Promise.all([
		myReturns(db, actor, actor.userId),
		getProfile(db, actor, actor.userId),
		listCountries(db),
		listRegions(db),
		listOccupations(db)
	]);
	return {
		returns,
		regionCode: profile?.regionCode ?? '',
		countries: countries.filter((c) => c.iso2 !== 'KG').map((c) => ({ iso2: c.iso2, name: c.name })),
		regions,
		occupations,
		saved: event.url.searchParams.has('saved')
	};
};

export const actions = {
	default: async (event) => {
		const actor = requireMigrant(event);
		const input = returnInput(await event.request.formData());
		let result: Awaited<ReturnType<typeof submitReturn>>;
		try {
			result = await submitReturn(getDb(), actor, actor.userId, input);
		} catch (e) {
			return formFailure(e);
		}
		if (!result.ok) return fail(400, { errors: fieldLevel(result.errors), submitted: input });
		redirect(303, `/${event.params.lang}/account/return?saved=1`);
	}
};

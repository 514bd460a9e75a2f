import { error } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import {
	associationsForMission,
	mayKeepAssociations,
	mayVerifyAssociations,
	myAssociations,
	saveAssociation,
	verifyAssociation
} from '#lib/server/diaspora/diaspora.service';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { listCountries } from '#lib/server/reference/reference.repository';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const [keeps, verifies] = await Promise.all([mayKeepAssociations(getDb(), actor), mayVerifyAssociations(getDb(), actor)]);
	if (!keeps && !verifies) error(403, 'Forbidden');
	const [mine, mission, countries] = await Promise.all([
		keeps ? myAssociations(getDb(), actor) : [],
		verifies ? associationsForMission(getDb(), actor) : [],
		listCountries(getDb())
	]);
	return { keeps, verifies, mine, mission, countries: countries.map((c) => c.iso2) };
};

export const actions = {
	save: async (event) => {
		const actor = requireStaffActor(event);
		const data = await event.request.formData();
		const values = formValues(data);
		const help = data.getAll('help').filter((h): h is string => typeof h === 'string');
		try {
			const result = await saveAssociation(getDb(), actor, { ...values, help }, event.locals.locale);
			return result.ok ? { saved: true } : invalid({ ...values, help: help.join(',') }, result.errors);
		} catch (e) {
			return formFailure(e, values);
		}
	},
	verify: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			await verifyAssociation(getDb(), actor, values.id ?? '');
			return { verified: true };
		} catch (e) {
			return formFailure(e, values);
		}
	}
};

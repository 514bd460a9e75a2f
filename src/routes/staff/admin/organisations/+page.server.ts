import { redirect } from '@sveltejs/kit';
import { ORG_KINDS } from '#lib/server/access/roles';
import { requireAccess } from '#lib/server/access/access';
import { getDb } from '#lib/server/db/client';
import { invalid, formFailure, requireStaffActor } from '#lib/server/http/forms';
import { createOrganisation, listOrganisations } from '#lib/server/org/org.service';
import { listCountries } from '#lib/server/reference/reference.repository';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		requireAccess(actor, 'organisation.create');
	} catch (e) {
		return formFailure(e) as never;
	}
	const db = getDb();
	const [organisations, countries] = await Promise.all([listOrganisations(db, actor), listCountries(db)]);
	return { organisations, countries: countries.map((c) => ({ iso2: c.iso2, name: c.name })), kinds: [...ORG_KINDS] };
};

export const actions = {
	create: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await createOrganisation(getDb(), actor, values);
			if (!result.ok) return invalid(values, result.errors);
			redirect(303, `/staff/admin/organisations/${result.data.id}`);
		} catch (e) {
			return formFailure(e, values);
		}
	}
};

import { error, redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { callCounts, listCalls, logCall, mayRunHotline } from '#lib/server/hotline/hotline.service';
import { listCountries } from '#lib/server/reference/reference.repository';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	if (!(await mayRunHotline(getDb(), actor))) error(403, 'Forbidden');
	try {
		const [calls, counts, countries] = await Promise.all([listCalls(getDb(), actor), callCounts(getDb(), actor), listCountries(getDb())]);
		return { calls, counts, countries: countries.map((c) => c.iso2) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	default: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		let id: string;
		try {
			const result = await logCall(getDb(), actor, values);
			if (!result.ok) return invalid(values, result.errors);
			id = result.data.id;
		} catch (e) {
			return formFailure(e, values);
		}
		redirect(303, `/staff/hotline/${id}?logged=1`);
	}
};

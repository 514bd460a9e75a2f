import { redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { dismissReport, employerReportDetail, openProceeding } from '#lib/server/employers/employers.service';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { listCountries } from '#lib/server/reference/reference.repository';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const db = getDb();
	try {
		const report = await employerReportDetail(db, actor, event.params.id);
		return { report, countries: (await listCountries(db)).map((c) => ({ iso2: c.iso2, name: c.name })) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	open: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		let id: string;
		try {
			const result = await openProceeding(getDb(), actor, event.params.id, values);
			if (!result.ok) return invalid({ ...values, action: 'open' }, result.errors);
			id = result.data.id;
		} catch (e) {
			return formFailure(e, values);
		}
		redirect(303, `/staff/employers/${id}`);
	},
	dismiss: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await dismissReport(getDb(), actor, event.params.id, values);
			if (!result.ok) return invalid({ ...values, action: 'dismiss' }, result.errors);
		} catch (e) {
			return formFailure(e, values);
		}
		redirect(303, '/staff/employers');
	}
};

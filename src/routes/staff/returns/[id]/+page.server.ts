import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { listOccupations, listRegions } from '#lib/server/reference/reference.repository';
import { addReferral, closeReturn, getCentreReturn, recordOutcome, referralOrganisations } from '#lib/server/returns/returns.service';
import { listProgrammes } from '#lib/server/returns/programmes.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const [request, regions, occupations, programmes, organisations] = await Promise.all([
			getCentreReturn(getDb(), actor, event.params.id),
			listRegions(getDb()),
			listOccupations(getDb()),
			listProgrammes(getDb(), actor),
			referralOrganisations(getDb())
		]);
		return { request, regions, occupations, programmes, organisations };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	refer: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await addReferral(getDb(), actor, event.params.id, values);
			return result.ok ? { saved: true } : invalid(values, result.errors);
		} catch (e) {
			return formFailure(e, values);
		}
	},
	outcome: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		const id = values.referralId ?? '';
		try {
			const result = await recordOutcome(getDb(), actor, id, {
				outcome: values[`outcome-${id}`],
				outcomeOn: values[`outcomeOn-${id}`],
				outcomeNote: values[`outcomeNote-${id}`]
			});
			if (!result.ok) return invalid(values, Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [`${k}-${id}`, v])));
			return { saved: true };
		} catch (e) {
			return formFailure(e, values);
		}
	},
	close: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await closeReturn(getDb(), actor, event.params.id, values);
			return result.ok ? { saved: true } : invalid(values, result.errors);
		} catch (e) {
			return formFailure(e, values);
		}
	}
};

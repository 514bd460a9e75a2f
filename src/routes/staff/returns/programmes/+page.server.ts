import { fail } from '@sveltejs/kit';
import { can } from '#lib/server/access/access';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { addProgramme, listProgrammes, setProgrammeActive } from '#lib/server/returns/programmes.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return { programmes: await listProgrammes(getDb(), actor, { includeInactive: true }), canConfigure: can(actor, 'return.configure') };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	add: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await addProgramme(getDb(), actor, values);
			return result.ok ? { added: true } : fail(400, { values, errors: result.errors });
		} catch (e) {
			return formFailure(e, values);
		}
	},
	toggle: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			await setProgrammeActive(getDb(), actor, values.id ?? '', values.active === 'true');
			return { toggled: true };
		} catch (e) {
			return formFailure(e, values);
		}
	}
};

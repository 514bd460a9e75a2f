import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { staffProgrammes } from '#lib/server/programmes/staff.service';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return { programmes: await staffProgrammes(getDb(), actor) };
	} catch (e) {
		formFailure(e);
		throw e;
	}
};

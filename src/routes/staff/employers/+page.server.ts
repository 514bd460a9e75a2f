import { getDb } from '#lib/server/db/client';
import { employerDesk } from '#lib/server/employers/employers.service';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return await employerDesk(getDb(), actor);
	} catch (e) {
		return formFailure(e) as never;
	}
};

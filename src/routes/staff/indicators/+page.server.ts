import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { listForEditing } from '#lib/server/indicators/progress.service';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return { domains: await listForEditing(getDb(), actor) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

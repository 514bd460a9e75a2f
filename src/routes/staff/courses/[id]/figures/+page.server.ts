import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { listRegions } from '#lib/server/reference/reference.repository';
import { courseFigures, SUPPRESS_BELOW } from '#lib/server/training/course-admin.service';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const [figures, regions] = await Promise.all([courseFigures(getDb(), actor, event.params.id), listRegions(getDb())]);
		return { figures, regions, threshold: SUPPRESS_BELOW };
	} catch (e) {
		return formFailure(e) as never;
	}
};

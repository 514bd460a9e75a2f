import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { listOwnTasks } from '#lib/server/plan/plan.service';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return { tasks: await listOwnTasks(getDb(), actor) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

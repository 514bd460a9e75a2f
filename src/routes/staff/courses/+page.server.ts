import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { listAllCourses } from '#lib/server/training/course-admin.service';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return { courses: await listAllCourses(getDb(), actor) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

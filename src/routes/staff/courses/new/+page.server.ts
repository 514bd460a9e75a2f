import { redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { createCourse, requireCourseEditor } from '#lib/server/training/course-admin.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		await requireCourseEditor(getDb(), actor);
		return {};
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
			const result = await createCourse(getDb(), actor, values);
			if (!result.ok) return invalid(values, result.errors);
			id = result.data.id;
		} catch (e) {
			return formFailure(e, values);
		}
		redirect(303, `/staff/courses/${id}?created=1`);
	}
};

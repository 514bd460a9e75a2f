import { redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { addModule, getCourseForEdit } from '#lib/server/training/course-admin.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const c = await getCourseForEdit(getDb(), actor, event.params.id);
		return { course: { id: c.id, title: c.title, published: c.published } };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	default: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await addModule(getDb(), actor, event.params.id, values);
			if (!result.ok) return invalid(values, result.errors);
		} catch (e) {
			return formFailure(e, values);
		}
		redirect(303, `/staff/courses/${event.params.id}`);
	}
};

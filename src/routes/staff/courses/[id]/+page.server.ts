import { redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import {
	changeModuleOrder,
	courseFormValues,
	getCourseForEdit,
	newCourseVersion,
	publishCourse,
	unpublishCourse,
	updateCourse
} from '#lib/server/training/course-admin.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const course = await getCourseForEdit(getDb(), actor, event.params.id);
		return { course, formValues: courseFormValues(course), created: event.url.searchParams.has('created') };
	} catch (e) {
		return formFailure(e) as never;
	}
};

const CHANGES = ['up', 'down', 'remove'] as const;

export const actions = {
	update: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await updateCourse(getDb(), actor, event.params.id, values);
			return result.ok ? { saved: true } : invalid(values, result.errors);
		} catch (e) {
			return formFailure(e, values);
		}
	},
	publish: async (event) => {
		const actor = requireStaffActor(event);
		try {
			await publishCourse(getDb(), actor, event.params.id);
			return { saved: true };
		} catch (e) {
			return formFailure(e);
		}
	},
	unpublish: async (event) => {
		const actor = requireStaffActor(event);
		try {
			await unpublishCourse(getDb(), actor, event.params.id);
			return { saved: true };
		} catch (e) {
			return formFailure(e);
		}
	},
	version: async (event) => {
		const actor = requireStaffActor(event);
		let id: string;
		try {
			id = (await newCourseVersion(getDb(), actor, event.params.id)).id;
		} catch (e) {
			return formFailure(e);
		}
		redirect(303, `/staff/courses/${id}`);
	},
	module: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		const change = CHANGES.find((c) => c === values.change);
		if (!change) return invalid(values, { form: 'error_invalid' });
		try {
			await changeModuleOrder(getDb(), actor, event.params.id, values.moduleId ?? '', change);
			return { saved: true };
		} catch (e) {
			return formFailure(e, values);
		}
	}
};

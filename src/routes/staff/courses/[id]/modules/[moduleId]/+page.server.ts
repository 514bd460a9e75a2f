import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { getModuleForEdit, moduleFormValues, updateModule } from '#lib/server/training/course-admin.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		const { c, mod } = await getModuleForEdit(getDb(), actor, event.params.id, event.params.moduleId);
		return { course: { id: c.id, title: c.title, published: c.published }, module: { id: mod.id, title: mod.title }, formValues: moduleFormValues(mod) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	default: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await updateModule(getDb(), actor, event.params.id, event.params.moduleId, values);
			return result.ok ? { saved: true } : invalid(values, result.errors);
		} catch (e) {
			return formFailure(e, values);
		}
	}
};

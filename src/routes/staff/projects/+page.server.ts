import { error, type RequestEvent } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { listRegions } from '#lib/server/reference/reference.repository';
import {
	mayModerateProjects,
	mayPostProjects,
	moderateProject,
	moderateReport,
	moderationQueue,
	myProjects,
	postReport,
	saveProject
} from '#lib/server/projects/projects.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const posts = await mayPostProjects(getDb(), actor);
	const moderates = mayModerateProjects(actor);
	if (!posts && !moderates) error(403, 'Forbidden');
	const [mine, queue, regions] = await Promise.all([
		posts ? myProjects(getDb(), actor) : [],
		moderates ? moderationQueue(getDb(), actor) : null,
		listRegions(getDb())
	]);
	return { posts, moderates, mine, queue, regions };
};

/** One moderation decision; a missing note is reported on that item's own field. */
const decide = (which: 'project' | 'report', decision: 'verify' | 'return') => async (event: RequestEvent) => {
	const actor = requireStaffActor(event);
	const values = formValues(await event.request.formData());
	const id = values.id ?? '';
	try {
		const result = await (which === 'project' ? moderateProject : moderateReport)(getDb(), actor, id, decision, { note: values[`note-${id}`] ?? '' });
		if (!result.ok) return invalid({ ...values, action: `${which}-${id}` }, { [`note-${id}`]: result.errors.note ?? 'error_invalid' });
		return { done: decision };
	} catch (e) {
		return formFailure(e, { ...values, action: `${which}-${id}` });
	}
};

export const actions = {
	save: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await saveProject(getDb(), actor, values, event.locals.locale);
			return result.ok ? { saved: true } : invalid({ ...values, action: 'save' }, result.errors);
		} catch (e) {
			return formFailure(e, { ...values, action: 'save' });
		}
	},
	report: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await postReport(getDb(), actor, values.projectId ?? '', values, event.locals.locale);
			return result.ok ? { reported: true } : invalid({ ...values, action: 'report' }, result.errors);
		} catch (e) {
			return formFailure(e, { ...values, action: 'report' });
		}
	},
	verifyProject: decide('project', 'verify'),
	returnProject: decide('project', 'return'),
	verifyReport: decide('report', 'verify'),
	returnReport: decide('report', 'return')
};

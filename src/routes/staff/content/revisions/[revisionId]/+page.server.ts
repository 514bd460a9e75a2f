import { redirect } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { formFailure, invalid, requireStaffActor } from '#lib/server/http/forms';
import { decideRevision, getRevision } from '#lib/server/portal/content.service';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return { revision: await getRevision(getDb(), actor, event.params.revisionId) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	default: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		const decision = values.decision === 'approve' ? 'approve' : 'reject';
		let result: Awaited<ReturnType<typeof decideRevision>>;
		try {
			result = await decideRevision(getDb(), actor, event.params.revisionId, decision, values.note ?? '');
		} catch (e) {
			return formFailure(e, values);
		}
		if (!result.ok) return invalid(values, result.errors);
		redirect(303, `/staff/content/${result.data.entityType}/${result.data.entityId}/history?decided=${decision}`);
	}
};

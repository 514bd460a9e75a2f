import { fail } from '@sveltejs/kit';
import { can } from '#lib/server/access/access';
import { caseQueue, decideTransition, incomingTransitions, referredCases } from '#lib/server/cases/case.service';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { formValues } from '#lib/server/validation';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const db = getDb();
	try {
		const [queue, incoming, referred] = await Promise.all([
			caseQueue(db, actor, { view: event.url.searchParams.get('view') ?? 'open', page: event.url.searchParams.get('page') ?? 1 }),
			incomingTransitions(db, actor),
			referredCases(db, actor)
		]);
		return { queue, incoming, referred, canConfigure: can(actor, 'case.configure') };
	} catch (e) {
		return formFailure(e) as never;
	}
};

export const actions = {
	decide: async (event) => {
		const actor = requireStaffActor(event);
		const values = formValues(await event.request.formData());
		try {
			const result = await decideTransition(getDb(), actor, values.id ?? '', values);
			if (!result.ok) return fail(400, { values, errors: result.errors, transition: values.id });
			return { decided: values.decision };
		} catch (e) {
			return formFailure(e, values);
		}
	}
};

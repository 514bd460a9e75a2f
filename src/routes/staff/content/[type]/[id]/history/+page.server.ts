import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { contentHistory } from '#lib/server/portal/content.service';
import { typeParam } from '#lib/server/portal/content.routes';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const type = typeParam(event.params.type);
	try {
		return { type, id: event.params.id, history: await contentHistory(getDb(), actor, type, event.params.id) };
	} catch (e) {
		return formFailure(e) as never;
	}
};

import { alertRoster } from '#lib/server/alerts/alerts.service';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const state = event.url.searchParams.get('state') ?? '';
	const city = (event.url.searchParams.get('city') ?? '').slice(0, 120);
	try {
		const roster = await alertRoster(getDb(), actor, event.params.id, { state, city });
		return { ...roster, alert: { id: roster.alert.id, title: roster.alert.title }, state, city };
	} catch (e) {
		return formFailure(e) as never;
	}
};

import { listAlerts } from '#lib/server/alerts/alerts.service';
import { can } from '#lib/server/access/access';
import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	try {
		return { alerts: await listAlerts(getDb(), actor), canDraft: can(actor, 'alert.draft') };
	} catch (e) {
		return formFailure(e) as never;
	}
};

import { getDb } from '#lib/server/db/client';
import { formFailure, reauthRedirect, requireStaffActor } from '#lib/server/http/forms';
import { exportRegistrations } from '#lib/server/migrant/registration.service';
import { downloadHeaders } from '#lib/server/tabular/tabular';

export const GET = async (event) => {
	const actor = requireStaffActor(event);
	let csv: string;
	try {
		csv = await exportRegistrations(getDb(), actor);
	} catch (e) {
		reauthRedirect(event, e);
		formFailure(e);
		throw e;
	}
	return new Response(`\uFEFF${csv}`, { headers: downloadHeaders('csv', `registrations-${new Date().toISOString().slice(0, 10)}`) });
};

import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { listRegions } from '#lib/server/reference/reference.repository';
import { centreReturns } from '#lib/server/returns/returns.service';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const status = event.url.searchParams.get('status') === 'closed' ? 'closed' : 'open';
	try {
		const [requests, regions] = await Promise.all([centreReturns(getDb(), actor, status), listRegions(getDb())]);
		return { requests, regions, status };
	} catch (e) {
		return formFailure(e) as never;
	}
};

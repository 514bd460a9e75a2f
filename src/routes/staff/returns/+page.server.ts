import { getDb } from '#lib/server/db/client';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { listRegions } from '#lib/server/reference/reference.repository';
import { centreReturns, incomingReferrals } from '#lib/server/returns/returns.service';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const status = event.url.searchParams.get('status') === 'closed' ? 'closed' : 'open';
	try {
		const [requests, regions, incoming] = await Promise.all([centreReturns(getDb(), actor, status), listRegions(getDb()), incomingReferrals(getDb(), actor)]);
		return { requests, regions, status, incoming };
	} catch (e) {
		return formFailure(e) as never;
	}
};

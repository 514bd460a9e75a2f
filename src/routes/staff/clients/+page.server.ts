import { getDb } from '#lib/server/db/client';
import { listClients } from '#lib/server/clients/clients.service';
import { formFailure, requireStaffActor } from '#lib/server/http/forms';
import { listRegions } from '#lib/server/reference/reference.repository';

export const load = async (event) => {
	const actor = requireStaffActor(event);
	const page = Math.max(1, Number.parseInt(event.url.searchParams.get('page') ?? '1', 10) || 1);
	try {
		const [list, regions] = await Promise.all([listClients(getDb(), actor, page), listRegions(getDb())]);
		return { ...list, regions, page };
	} catch (e) {
		return formFailure(e) as never;
	}
};

import { json } from '@sveltejs/kit';
import { apiHandler } from '#lib/server/api/api';
import { caseQueueQuery, parseQuery } from '#lib/server/api/contract';
import { apiStaff } from '#lib/server/cases/cases.api';
import { caseQueue } from '#lib/server/cases/case.service';
import { getDb } from '#lib/server/db/client';
import { partnerCaseReader } from '#lib/server/partners/partner-actor';

/**
 * The organisation's cases (no encrypted field), most urgent first: for its staff member, or for its
 * partner system with a `cases.read` key.
 */
export const GET = apiHandler(async ({ locals, url }: import('./$types').RequestEvent) => {
	const actor = locals.partner ? partnerCaseReader(locals.partner) : apiStaff(locals);
	if (actor instanceof Response) return actor;
	const query = parseQuery(caseQueueQuery, url);
	if (query instanceof Response) return query;
	const queue = await caseQueue(getDb(), actor, { view: query.view ?? 'open', page: query.page ?? 1 });
	return json(queue, { headers: { 'cache-control': 'private, no-store' } });
});

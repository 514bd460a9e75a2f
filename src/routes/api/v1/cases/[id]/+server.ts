import { json } from '@sveltejs/kit';
import { apiHandler } from '#lib/server/api/api';
import { caseViewQuery, parseQuery } from '#lib/server/api/contract';
import { apiStaff } from '#lib/server/cases/cases.api';
import { openCase } from '#lib/server/cases/case.service';
import { getDb } from '#lib/server/db/client';

/** One case with its timeline; `reason` (query) is required and audited with the view. */
export const GET = apiHandler(async ({ locals, url, params }: import('./$types').RequestEvent) => {
	const actor = apiStaff(locals);
	if (actor instanceof Response) return actor;
	const query = parseQuery(caseViewQuery, url);
	if (query instanceof Response) return query;
	return json(await openCase(getDb(), actor, params.id, query.reason), { headers: { 'cache-control': 'private, no-store' } });
});

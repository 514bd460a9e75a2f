import { json } from '@sveltejs/kit';
import { apiError, apiHandler } from '#lib/server/api/api';
import { apiStaff } from '#lib/server/cases/cases.api';
import { isViewReason, openCase } from '#lib/server/cases/case.service';
import { getDb } from '#lib/server/db/client';

/** One case with its timeline; `reason` (query) is required and audited with the view. */
export const GET = apiHandler(async ({ locals, url, params }: import('./$types').RequestEvent) => {
	const actor = apiStaff(locals);
	if (actor instanceof Response) return actor;
	const reason = url.searchParams.get('reason');
	if (!isViewReason(reason)) return apiError(400, 'bad_request', 'reason must be one of triage, follow_up, referral_review, supervision, person_asked');
	return json(await openCase(getDb(), actor, params.id, reason), { headers: { 'cache-control': 'private, no-store' } });
});

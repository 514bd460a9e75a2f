import { apiHandler } from '#lib/server/api/api';
import { apiStaff, jsonBody, validatedJson } from '#lib/server/cases/cases.api';
import { decideTransition } from '#lib/server/cases/case.service';
import { getDb } from '#lib/server/db/client';

/** The receiving organisation accepts or rejects a referral or transfer: `{ decision, reason }`. */
export const POST = apiHandler(async ({ locals, params, request }: import('./$types').RequestEvent) => {
	const actor = apiStaff(locals);
	if (actor instanceof Response) return actor;
	const body = await jsonBody(request);
	if (body instanceof Response) return body;
	return validatedJson(await decideTransition(getDb(), actor, params.id, body));
});

import { apiHandler } from '#lib/server/api/api';
import { jsonBody, validatedJson } from '#lib/server/cases/cases.api';
import { limitCaseAction } from '#lib/server/cases/cases.routes';
import { addInformation } from '#lib/server/cases/intake.service';
import { getDb } from '#lib/server/db/client';

/** The person answers or adds information, as the holder of the tracking code (header X-Tracking-Code). */
export const POST = apiHandler(async (event: import('./$types').RequestEvent) => {
	const body = await jsonBody(event.request);
	if (body instanceof Response) return body;
	await limitCaseAction(event, 'track');
	const result = await addInformation(getDb(), event.params.number, event.request.headers.get('x-tracking-code') ?? '', { body: body.body });
	return validatedJson(result, 201);
});

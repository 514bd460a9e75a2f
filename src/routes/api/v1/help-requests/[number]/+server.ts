import { json } from '@sveltejs/kit';
import { apiHandler } from '#lib/server/api/api';
import { limitCaseAction } from '#lib/server/cases/cases.routes';
import { trackCase } from '#lib/server/cases/intake.service';
import { getDb } from '#lib/server/db/client';

/** Status and messages of a case for whoever holds its tracking code (header X-Tracking-Code). */
export const GET = apiHandler(async (event: import('./$types').RequestEvent) => {
	await limitCaseAction(event, 'track');
	const tracked = await trackCase(getDb(), event.params.number, event.request.headers.get('x-tracking-code') ?? '');
	return json(tracked, { headers: { 'cache-control': 'private, no-store' } });
});

import { json } from '@sveltejs/kit';
import { apiError, apiHandler } from '#lib/server/api/api';
import { jsonBody } from '#lib/server/cases/cases.api';
import { limitCaseAction } from '#lib/server/cases/cases.routes';
import { submitHelpRequest } from '#lib/server/cases/intake.service';
import { getDb } from '#lib/server/db/client';
import { isLocale } from '#lib/i18n';
import { hasScope } from '#lib/server/partners/api-keys.service';

/** A help request, anonymous or with a migrant's session. Answers the case number and the tracking code (once). */
export const POST = apiHandler(async (event: import('./$types').RequestEvent) => {
	const body = await jsonBody(event.request);
	if (body instanceof Response) return body;
	if (body.website) return apiError(400, 'bad_request', 'invalid');
	// A partner (a hotline's or an NGO's system) files for many people: its key has its own limit.
	const partner = event.locals.partner;
	if (partner && !hasScope(partner, 'help_requests.create')) return apiError(403, 'forbidden', 'this key may not create help requests');
	if (!partner) await limitCaseAction(event, 'report');
	const viewer = event.locals.viewer;
	const actor = viewer?.user.kind === 'migrant' ? viewer.actor : null;
	const lang = event.url.searchParams.get('lang');
	const result = await submitHelpRequest(getDb(), actor, body, isLocale(lang) ? lang : 'ky', 'api');
	if (!result.ok) return json({ error: { code: 'bad_request', message: 'the request is not valid', fields: result.errors } }, { status: 400 });
	return json({ number: result.data.number, trackingCode: result.data.trackingCode }, { status: 201, headers: { 'cache-control': 'no-store' } });
});

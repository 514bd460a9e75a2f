import { json } from '@sveltejs/kit';
import { apiError, apiHandler } from '#lib/server/api/api';
import { limitCaseAction } from '#lib/server/cases/cases.routes';
import { submitHelpRequest } from '#lib/server/cases/intake.service';
import { getDb } from '#lib/server/db/client';
import { isLocale } from '#lib/i18n';

const MAX_BODY = 32_000;

/** A help request, anonymous or with a migrant's session. Answers the case number and the tracking code (once). */
export const POST = apiHandler(async (event: import('./$types').RequestEvent) => {
	const { request, locals, url } = event;
	if (!(request.headers.get('content-type') ?? '').includes('application/json')) return apiError(415, 'bad_request', 'send application/json');
	const raw = await request.text();
	if (raw.length > MAX_BODY) return apiError(413, 'bad_request', `body larger than ${MAX_BODY} bytes`);
	let body: unknown;
	try {
		body = JSON.parse(raw);
	} catch {
		return apiError(400, 'bad_request', 'body is not valid JSON');
	}
	if (!body || typeof body !== 'object' || Array.isArray(body)) return apiError(400, 'bad_request', 'body must be a JSON object');
	if ((body as Record<string, unknown>).website) return apiError(400, 'bad_request', 'invalid');
	await limitCaseAction(event, 'report');
	const viewer = locals.viewer;
	const actor = viewer?.user.kind === 'migrant' ? viewer.actor : null;
	const lang = url.searchParams.get('lang');
	const result = await submitHelpRequest(getDb(), actor, body, isLocale(lang) ? lang : 'ky', 'api');
	if (!result.ok) return json({ error: { code: 'bad_request', message: 'the request is not valid', fields: result.errors } }, { status: 400 });
	return json({ number: result.data.number, trackingCode: result.data.trackingCode }, { status: 201, headers: { 'cache-control': 'no-store' } });
});

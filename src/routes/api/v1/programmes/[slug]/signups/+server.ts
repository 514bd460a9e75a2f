import { json } from '@sveltejs/kit';
import { apiError, apiHandler } from '#lib/server/api/api';
import { jsonBody } from '#lib/server/cases/cases.api';
import { getDb } from '#lib/server/db/client';
import { isLocale } from '#lib/i18n';
import { retryAfterSeconds, signupAdmission } from '#lib/server/programmes/admission';
import { signUp } from '#lib/server/programmes/programmes.service';

/**
 * A sign-up (anonymous, or as the signed-in migrant). 201 only once the sign-up is committed; beyond the
 * admission limit 429 with Retry-After, before anything is written.
 */
export const POST = apiHandler(async (event: import('./$types').RequestEvent) => {
	const body = await jsonBody(event.request);
	if (body instanceof Response) return body;
	const viewer = event.locals.viewer;
	const actor = viewer?.user.kind === 'migrant' ? viewer.actor : null;
	const lang = event.url.searchParams.get('lang');
	const input = { ...body, consent: body.consent === true || body.consent === 'yes' ? 'yes' : body.consent };
	const result = await signupAdmission.run(() => signUp(getDb(), actor, event.params.slug, input, isLocale(lang) ? lang : 'ky'));
	if (result === null)
		return apiError(429, 'busy', 'too many sign-ups at once: try again after Retry-After seconds', { 'retry-after': String(retryAfterSeconds()) });
	if (!result.ok) {
		const status = result.errors.phone === 'error_programme_already' ? 409 : result.errors.form === 'error_programme_closed' ? 409 : 400;
		return json({ error: { code: status === 409 ? 'conflict' : 'bad_request', message: 'the sign-up is not valid', fields: result.errors } }, { status });
	}
	return json(result.data, { status: 201, headers: { 'cache-control': 'no-store' } });
});

import { json } from '@sveltejs/kit';
import type { Actor } from '../access/access';
import { apiError } from '../api/api';
import type { Validated } from '../validation';

/** The signed-in staff member (session cookie, second factor enabled) behind an API call, or a 401. */
export function apiStaff(locals: App.Locals): Actor | Response {
	const viewer = locals.viewer;
	if (!viewer?.actor || viewer.user.kind !== 'staff' || !viewer.user.twoFactorEnabled)
		return apiError(401, 'unauthenticated', 'sign in as staff with a second factor first');
	return viewer.actor;
}

/** A JSON object body (415/400 otherwise); JSON only, so a cross-site form cannot post here. */
export async function jsonBody(request: Request): Promise<Record<string, unknown> | Response> {
	if (!(request.headers.get('content-type') ?? '').includes('application/json')) return apiError(415, 'bad_request', 'send application/json');
	const raw = await request.text();
	if (raw.length > 32_000) return apiError(413, 'bad_request', 'body too large');
	try {
		const body = JSON.parse(raw || '{}');
		if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
	} catch {
		/* falls through */
	}
	return apiError(400, 'bad_request', 'body must be a JSON object');
}

/** A service result as the API's answer: field errors as 400 with `fields`. */
export function validatedJson<T>(result: Validated<T>, status = 200) {
	if (!result.ok) return json({ error: { code: 'bad_request', message: 'the request is not valid', fields: result.errors } }, { status: 400 });
	return json(result.data, { status, headers: { 'cache-control': 'no-store' } });
}

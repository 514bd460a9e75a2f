import { json } from '@sveltejs/kit';
import { apiError, apiHandler, apiMigrant } from '#lib/server/api/api';
import { getDb } from '#lib/server/db/client';
import { getProfile, saveProfile } from '#lib/server/migrant/migrant.service';

const NO_STORE = { 'cache-control': 'private, no-store' };

/** The signed-in migrant's own profile. */
export const GET = apiHandler(async ({ locals }: { url: URL; locals: App.Locals }) => {
	const actor = apiMigrant(locals);
	if (actor instanceof Response) return actor;
	const profile = await getProfile(getDb(), actor, actor.userId);
	if (!profile) return apiError(404, 'not_found', 'no profile yet');
	const { userId: _u, ...rest } = profile;
	return json(rest, { headers: NO_STORE });
});

/** Replaces the profile; 422 with field errors (message keys) when invalid. */
export const PUT = apiHandler(async ({ locals, request }: { url: URL; locals: App.Locals; request: Request }) => {
	const actor = apiMigrant(locals);
	if (actor instanceof Response) return actor;
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return apiError(400, 'bad_request', 'body must be JSON');
	}
	const b = (body ?? {}) as Record<string, unknown>;
	const input = { languages: [], desiredCountries: [], skills: [], ...b };
	const result = await saveProfile(getDb(), actor, actor.userId, input);
	if (!result.ok) return json({ error: { code: 'invalid', message: 'some fields are not valid', fields: result.errors } }, { status: 422 });
	return json({ ok: true }, { headers: NO_STORE });
});

import { json } from '@sveltejs/kit';
import { z } from 'zod';
import type { Locale } from '#lib/i18n';
import { isAppError } from '../errors';
import { isDbUnavailable } from '../db/unavailable';
import { UNAVAILABLE_HEADERS } from '../http/unavailable';
import { m } from '#lib/messages';
import { log } from '../log';

/** The API's error shape: `{ error: { code, message } }` with a matching status. */
export function apiError(status: number, code: string, message: string, headers?: Record<string, string>) {
	return json({ error: { code, message } }, { status, headers });
}

export const lang = z.enum(['ky', 'ru', 'en']).default('ky').meta({ description: 'Language of the translated fields (default ky).' });
export const langQuery = z.object({ lang });

/** `lang` query parameter: ky (default), ru or en; anything else is a 400. */
export function langParam(url: URL): Locale | Response {
	const parsed = lang.safeParse(url.searchParams.get('lang') ?? undefined);
	return parsed.success ? parsed.data : apiError(400, 'bad_request', 'lang must be one of ky, ru, en');
}

/** Wraps an API handler: expected failures become JSON errors, never a stack trace. */
export function apiHandler<E extends { url: URL }>(fn: (event: E) => Promise<Response> | Response) {
	return async (event: E): Promise<Response> => {
		try {
			return await fn(event);
		} catch (error) {
			if (isAppError(error)) {
				const headers: Record<string, string> = error.retryAfterSeconds ? { 'retry-after': String(error.retryAfterSeconds) } : {};
				return apiError(error.status, error.code, error.message, headers);
			}
			if (isDbUnavailable(error)) {
				log.warn('database unavailable', { error: error as Error });
				const locale = langParam(event.url);
				return apiError(503, 'unavailable', m.ops_unavailable_api({}, { locale: locale instanceof Response ? 'en' : locale }), UNAVAILABLE_HEADERS);
			}
			log.error('api error', { error: error as Error });
			return apiError(500, 'internal', 'Internal error');
		}
	};
}

export const PUBLIC_CACHE = { 'cache-control': 'public, max-age=300' };

/** A public, cacheable list endpoint: `{ data: [...] }` with names in the requested language. */
export function listEndpoint<T>(load: () => Promise<T[]>, map: (row: T, lang: Locale) => Record<string, unknown>) {
	return apiHandler(async ({ url }) => {
		const lang = langParam(url);
		if (lang instanceof Response) return lang;
		const rows = await load();
		return json({ data: rows.map((row) => map(row, lang)) }, { headers: PUBLIC_CACHE });
	});
}

/** The signed-in migrant behind an API call (session cookie), or a 401 JSON answer. */
export function apiMigrant(locals: App.Locals) {
	const viewer = locals.viewer;
	if (!viewer?.actor || viewer.user.kind !== 'migrant') return apiError(401, 'unauthenticated', 'sign in as a migrant first');
	return viewer.actor;
}

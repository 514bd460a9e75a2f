import { json } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { getDb } from '../db/client';
import { isAppError } from '../errors';
import { consume } from '../http/rate-limit';
import { authenticateApiKey } from './api-keys.service';

/**
 * Public read endpoints that any web page may call (CORS `*`, GET and HEAD only). Everything about a
 * person or an organisation (me, cases, help requests by number) stays same-origin.
 */
export const PUBLIC_API =
	/^\/api\/v1\/(alerts|agencies|certificates|countries|currencies|directory|employers|laws|occupations|regions|search|vacancies|open-data|statistics|indicators|action-plan|diaspora|openapi\.json)(\/|$)/;

const CORS_PREFLIGHT = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, HEAD',
	'access-control-allow-headers': 'accept, accept-language',
	'access-control-max-age': '86400'
};

/** CORS for public GET endpoints only; a preflight for anything else gets no CORS headers. */
export const cors: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	if (!path.startsWith('/api/')) return resolve(event);
	const open = PUBLIC_API.test(path);
	if (event.request.method === 'OPTIONS') return new Response(null, { status: 204, headers: open ? CORS_PREFLIGHT : {} });
	const response = await resolve(event);
	if (open && (event.request.method === 'GET' || event.request.method === 'HEAD')) response.headers.set('access-control-allow-origin', '*');
	return response;
};

/**
 * A partner system's API key (`Authorization: Bearer sapar_…`): an unknown, expired or revoked key is
 * a 401 (never silently anonymous); each key has its own rate limit.
 */
export const partnerKey: Handle = async ({ event, resolve }) => {
	event.locals.partner = null;
	const auth = event.request.headers.get('authorization');
	if (!auth || !event.url.pathname.startsWith('/api/')) return resolve(event);
	const bearer = /^Bearer\s+(\S{1,200})$/i.exec(auth.trim());
	const partner = bearer ? await authenticateApiKey(getDb(), bearer[1]) : null;
	if (!partner) {
		return json(
			{ error: { code: 'unauthenticated', message: 'unknown, expired or revoked API key' } },
			{ status: 401, headers: { 'www-authenticate': 'Bearer' } }
		);
	}
	try {
		await consume('apiKey', partner.keyId);
	} catch (error) {
		if (isAppError(error) && error.code === 'rate_limited') {
			return json(
				{ error: { code: 'rate_limited', message: 'too many requests with this key' } },
				{ status: 429, headers: { 'retry-after': String(error.retryAfterSeconds ?? 60) } }
			);
		}
		throw error;
	}
	event.locals.partner = partner;
	return resolve(event);
};

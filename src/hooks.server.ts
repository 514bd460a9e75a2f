import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { redirect } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { BASE_LOCALE, isLocale, type Locale } from '#lib/i18n';
import { loadViewer } from '#lib/server/auth/session';
import { getDb } from '#lib/server/db/client';
import { fromAcceptLanguage, LOCALE_COOKIE, localeFromPath, runWithLocale } from '#lib/server/http/locale';
import { isAppError } from '#lib/server/errors';
import { isDbUnavailable } from '#lib/server/db/unavailable';
import { UNAVAILABLE_HEADERS, unavailableResponse } from '#lib/server/http/unavailable';
import { currentRequestId, log, requestIdFrom, withRequestId } from '#lib/server/log';
import { metrics } from '#lib/server/metrics/registry';
import { listenForPageChanges, pageCache } from '#lib/server/http/page-cache';
import { SECURITY_HEADERS } from '#lib/server/http/security-headers';
import { config } from '#lib/server/config';
import { bodyGuard } from '#lib/server/http/body-guard';
import { originGuard } from '#lib/server/http/origin-guard';
import { cors, partnerKey } from '#lib/server/partners/partners.hooks';
import { registerHandlers, startWorkers } from '#lib/server/workers';

export const init: ServerInit = async () => {
	registerHandlers(getDb());
	listenForPageChanges(config.databaseUrl);
	if (process.env.SAPAR_WORKERS !== 'off') await startWorkers(getDb());
};

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?sapar\.session_token=/;
// Staff pages that do not need a signed-in staff member.
const STAFF_OPEN = /^\/staff\/(sign-in|invitations\/)/;
const ENROL_PATH = '/staff/security/two-factor';

const locale: Handle = async ({ event, resolve }) => {
	const fromPath = localeFromPath(event.url.pathname);
	const cookie = event.cookies.get(LOCALE_COOKIE);
	const chosen: Locale = fromPath ?? (isLocale(cookie) ? cookie : null) ?? fromAcceptLanguage(event.request.headers.get('accept-language')) ?? BASE_LOCALE;
	event.locals.locale = chosen;
	return runWithLocale(chosen, () => resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', chosen) }));
};

const session: Handle = async ({ event, resolve }) => {
	event.locals.viewer = null;
	const cookieHeader = event.request.headers.get('cookie') ?? '';
	if (SESSION_COOKIE.test(cookieHeader)) {
		event.locals.viewer = await loadViewer(event.request.headers, event.getClientAddress());
	}
	const path = event.url.pathname;
	if (path.startsWith('/staff') && !STAFF_OPEN.test(path)) {
		const viewer = event.locals.viewer;
		if (!viewer || viewer.user.kind !== 'staff') redirect(303, `/staff/sign-in?next=${encodeURIComponent(path)}`);
		// Every staff role needs a second factor before it can do anything.
		if (!viewer.user.twoFactorEnabled && path !== ENROL_PATH && path !== '/staff/sign-out') redirect(303, ENROL_PATH);
	}
	return resolve(event);
};

/** Every request runs under a request id: the caller's X-Request-Id when sane, else a new one. */
const headers: Handle = ({ event, resolve }) => {
	const reqId = requestIdFrom(event.request.headers.get('x-request-id'));
	return withRequestId(reqId, () => answer(event, resolve, reqId));
};

async function answer(event: Parameters<Handle>[0]['event'], resolve: Parameters<Handle>[0]['resolve'], reqId: string): Promise<Response> {
	const started = performance.now();
	let response: Response;
	try {
		response = await resolve(event);
	} catch (error) {
		// A hook before the page (the session's lookup) found the database away: 503, never 500.
		if (!isDbUnavailable(error)) throw error;
		log.warn('database unavailable', { route: event.route.id, error: error as Error });
		response = unavailableResponse(event.url, event.request.headers);
	}
	if (response.status === 503 && !response.headers.has('retry-after')) {
		for (const [name, value] of Object.entries(UNAVAILABLE_HEADERS)) response.headers.set(name, value);
	}
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	if (event.locals.viewer && !response.headers.has('cache-control')) {
		response.headers.set('cache-control', 'private, no-store');
	}
	response.headers.set('x-request-id', reqId);
	if (!event.url.pathname.startsWith('/_app/')) {
		const seconds = (performance.now() - started) / 1000;
		const route = event.route.id ?? 'unmatched';
		metrics().httpDuration.observe({ method: event.request.method, route, status: String(response.status) }, seconds);
		log.info('request', { method: event.request.method, route, status: response.status, ms: Math.round(seconds * 1000) });
	}
	return response;
}

export const handle = sequence(headers, cors, pageCache, locale, originGuard, bodyGuard, partnerKey, session);

export const handleError: HandleServerError = (input) => {
	if (input.kind !== 'unknown') return;
	const { error, event } = input;
	// An expected failure that escaped a route still gets its proper status, not a 500.
	if (isAppError(error)) return { status: error.status, message: error.code };
	// The database is away (lost, refused, restarting): 503 with Retry-After (set by `headers`).
	if (isDbUnavailable(error)) {
		log.warn('database unavailable', { route: event.route.id, error: error as Error });
		return { status: 503, message: 'unavailable' };
	}
	// The reference shown on the error page is the request id, which every log line of it carries.
	const id = currentRequestId() ?? crypto.randomUUID();
	log.error('unhandled error', { route: event.route.id, error: error as Error });
	return { status: 500, message: 'Internal error', id };
};

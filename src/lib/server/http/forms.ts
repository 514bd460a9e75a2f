import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies/utils';
import { secureCookies } from '../config';
import { isAppError } from '../errors';
import type { FieldErrors } from '../validation';
import type { Actor } from '../access/access';

/** Request facts that auth and services need. */
export const clientOf = (event: RequestEvent) => ({
	headers: event.request.headers,
	ip: event.getClientAddress()
});

/** Copies better-auth's Set-Cookie headers onto the SvelteKit response. */
export function applyCookies(event: RequestEvent, setCookie: string[]): void {
	if (!setCookie.length) return;
	for (const [name, attributes] of parseSetCookieHeader(setCookie.join(', '))) {
		event.cookies.set(name, attributes.value, {
			...toCookieOptions(attributes),
			secure: secureCookies(),
			path: attributes.path || '/'
		});
	}
}

/** The form again, with what was typed (never passwords) and field errors as message keys. */
export function invalid(values: Record<string, string>, errors: FieldErrors, status = 400) {
	return fail(status, { values, errors });
}

/**
 * Turns an expected failure into the right answer for a form: the form again with a message,
 * 404/403 for records out of reach. Anything else is rethrown (and becomes a logged 500).
 */
export function formFailure(e: unknown, values: Record<string, string> = {}) {
	if (!isAppError(e)) throw e;
	switch (e.code) {
		case 'bad_request':
		case 'conflict':
		case 'invalid_transition':
			return invalid(values, { form: e.userMessage }, e.status);
		case 'rate_limited':
			return invalid(values, { form: 'error_rate_limited' }, 429);
		case 'not_found':
			return error(404, 'Not found');
		case 'forbidden':
			return error(403, 'Forbidden');
		case 'unauthenticated':
			return redirect(303, '/staff/sign-in');
		case 'reauth_required':
			return redirect(303, '/staff/reauth');
	}
}

/**
 * A sensitive action found the sign-in too old (issue 15, finding 7): to the re-authentication page,
 * which brings the person back here afterwards. Anything else is left to the caller.
 */
export function reauthRedirect(event: Pick<RequestEvent, 'url' | 'request'>, e: unknown): void {
	if (isAppError(e) && e.code === 'reauth_required') {
		// after a form post, back to the page (the person sends the form again); after a GET, to what they asked for
		const back = event.request.method === 'GET' ? event.url.pathname + event.url.search : event.url.pathname;
		redirect(303, `/staff/reauth?next=${encodeURIComponent(back)}`);
	}
}

/**
 * The posted form, or null when its body is over BODY_SIZE_LIMIT (the adapter stops reading it):
 * forms with file fields answer that with a message instead of an error page.
 */
export async function readForm(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch (e) {
		if ((e as { status?: number }).status === 413) return null;
		throw e;
	}
}

/** The signed-in staff actor, or a redirect to sign in. */
export function requireStaffActor(event: RequestEvent): Actor {
	const viewer = event.locals.viewer;
	if (!viewer || viewer.user.kind !== 'staff') redirect(303, '/staff/sign-in');
	if (!viewer.actor) error(403, 'Forbidden');
	return viewer.actor;
}

/** Only local paths are followed after sign-in (no open redirects). */
export function safeNext(value: string | null | undefined, fallback: string): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
	return value;
}

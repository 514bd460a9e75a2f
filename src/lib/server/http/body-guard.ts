import type { RequestEvent } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { m } from '#lib/messages';
import type { Locale } from '#lib/i18n';

/**
 * Bad input stops here with a 400/413/415 in the person's language, before any action or endpoint
 * runs: a form posted as something other than a form, a body that does not parse (broken multipart,
 * broken urlencoding), and NUL characters anywhere (PostgreSQL cannot store them in text).
 */

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Streamed uploads read their own body, with their own limits (imports.upload.ts). */
const STREAMED = new Set(['/staff/imports']);
/** Routes that are endpoints (+server.ts), not pages with form actions: they read JSON or their own format. */
const ENDPOINTS = new Set(
	Object.keys(import.meta.glob('/src/routes/**/+server.ts')).map((file) => file.slice('/src/routes'.length, -'/+server.ts'.length) || '/')
);
/** A NUL as a raw byte, percent-encoded, or as a JSON escape. */
const NUL_IN_URL = /%00/;
const NUL_IN_JSON = /\u0000|\\u0000/i;

type Problem = { status: 400 | 413 | 415; key: 'security_bad_body' | 'security_bad_characters' | 'security_too_large' };

export const hasNul = (value: string) => value.includes('\u0000');

async function formProblem(request: Request, type: string, streamed: boolean): Promise<Problem | null> {
	if (!FORM_TYPES.some((t) => type.startsWith(t))) return { status: 415, key: 'security_bad_body' };
	if (streamed) return null;
	let data: FormData;
	try {
		data = await request.clone().formData();
	} catch (e) {
		// Too large: the form itself says so next to its file field (readForm), or Kit answers 413.
		if ((e as { status?: number }).status === 413) return null;
		return { status: 400, key: 'security_bad_body' };
	}
	for (const [key, value] of data.entries()) {
		if (hasNul(key) || (typeof value === 'string' ? hasNul(value) : hasNul(value.name))) return { status: 400, key: 'security_bad_characters' };
	}
	return null;
}

async function jsonProblem(request: Request): Promise<Problem | null> {
	let raw: string;
	try {
		raw = await request.clone().text();
	} catch (e) {
		if ((e as { status?: number }).status === 413) return { status: 413, key: 'security_too_large' };
		return { status: 400, key: 'security_bad_body' };
	}
	return NUL_IN_JSON.test(raw) ? { status: 400, key: 'security_bad_characters' } : null;
}

/** The problem with this request's input, or null when it may go on. */
export async function inputProblem(event: RequestEvent): Promise<Problem | null> {
	const { request, url } = event;
	if (NUL_IN_URL.test(url.pathname) || NUL_IN_URL.test(url.search)) return { status: 400, key: 'security_bad_characters' };
	if (!WRITE.has(request.method)) return null;
	const type = (request.headers.get('content-type') ?? '').toLowerCase();
	// Endpoints (the API, webhooks) answer wrong content types themselves; only NULs are stopped here.
	if (url.pathname.startsWith('/api/') || (event.route.id && ENDPOINTS.has(event.route.id))) return request.body ? jsonProblem(request) : null;
	return formProblem(request, type, STREAMED.has(url.pathname));
}

function answer(event: RequestEvent, problem: Problem, locale: Locale): Response {
	const text = m[problem.key]({}, { locale });
	const headers = { 'cache-control': 'no-store' };
	if (event.url.pathname.startsWith('/api/')) {
		return Response.json({ error: { code: problem.status === 413 ? 'too_large' : 'bad_request', message: text } }, { status: problem.status, headers });
	}
	const accept = event.request.headers.get('accept') ?? '';
	if (accept.includes('application/json') && !accept.includes('text/html')) {
		return Response.json({ type: 'error', error: { message: text } }, { status: problem.status, headers });
	}
	const title = m.security_bad_body_title({}, { locale });
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)} · Sapar</title></head><body><main><h1>${esc(title)}</h1><p>${esc(text)}</p><p><a href="/${locale}">${esc(m.security_back({}, { locale }))}</a></p></main></body></html>`;
	return new Response(html, { status: problem.status, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}

/** Handle hook: runs after the locale is known. */
export const bodyGuard: Handle = async ({ event, resolve }) => {
	const problem = await inputProblem(event);
	if (problem) return answer(event, problem, event.locals.locale);
	return resolve(event);
};

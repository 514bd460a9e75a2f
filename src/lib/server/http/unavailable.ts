import { m } from '#lib/messages';
import { BASE_LOCALE, isLocale, type Locale } from '#lib/i18n';
import { RETRY_AFTER_SECONDS } from '../db/unavailable';
import { fromAcceptLanguage, LOCALE_COOKIE, localeFromPath } from './locale';

/** The person's language when nothing else has worked it out yet (path, cookie, browser, ky). */
export function requestLocale(url: URL, headers: Headers): Locale {
	const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]{2})`).exec(headers.get('cookie') ?? '')?.[1];
	return localeFromPath(url.pathname) ?? (isLocale(cookie) ? cookie : null) ?? fromAcceptLanguage(headers.get('accept-language')) ?? BASE_LOCALE;
}

export const UNAVAILABLE_HEADERS = { 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' };

/**
 * 503 with Retry-After while the database is away: JSON for the API and JSON clients, otherwise a
 * small page in the person's language (no database, no layout: nothing that could fail again).
 */
export function unavailableResponse(url: URL, headers: Headers, locale: Locale = requestLocale(url, headers)): Response {
	const accept = headers.get('accept') ?? '';
	if (url.pathname.startsWith('/api/') || (accept.includes('application/json') && !accept.includes('text/html'))) {
		return Response.json({ error: { code: 'unavailable', message: m.ops_unavailable_api({}, { locale }) } }, { status: 503, headers: UNAVAILABLE_HEADERS });
	}
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const title = m.ops_unavailable_title({}, { locale });
	const html =
		`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
		`<title>${esc(title)} · Sapar</title></head><body><main><h1>${esc(title)}</h1><p>${esc(m.ops_unavailable_body({}, { locale }))}</p>` +
		`<p><a href="/${locale}">${esc(m.ops_back({}, { locale }))}</a></p></main></body></html>`;
	return new Response(html, { status: 503, headers: { ...UNAVAILABLE_HEADERS, 'content-type': 'text/html; charset=utf-8' } });
}

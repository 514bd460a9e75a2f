import { redirect } from '@sveltejs/kit';
import { isLocale } from '#lib/i18n';
import { secureCookies } from '#lib/server/config';
import { LOCALE_COOKIE } from '#lib/server/http/locale';
import { safeNext } from '#lib/server/http/forms';

/** Language switch for pages without a language prefix: remember the choice, go back. */
export const GET = ({ url, cookies }) => {
	const to = url.searchParams.get('to');
	const next = safeNext(url.searchParams.get('next'), '/');
	if (isLocale(to)) {
		cookies.set(LOCALE_COOKIE, to, { path: '/', maxAge: 31_536_000, httpOnly: true, sameSite: 'lax', secure: secureCookies() });
	}
	redirect(303, next);
};

import { AsyncLocalStorage } from 'node:async_hooks';
import { BASE_LOCALE, isLocale, LOCALES, type Locale } from '#lib/i18n';
import { overwriteGetLocale } from '#lib/paraglide/runtime.js';

const store = new AsyncLocalStorage<Locale>();
// Paraglide messages read the locale of the request being served.
overwriteGetLocale(() => store.getStore() ?? BASE_LOCALE);

export const runWithLocale = <T>(locale: Locale, fn: () => T): T => store.run(locale, fn);

export const LOCALE_COOKIE = 'sapar_lang';

/** The first of ky/ru/en that the browser asks for, by q-weight. */
export function fromAcceptLanguage(header: string | null): Locale | null {
	if (!header) return null;
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.find((p) => p.trim().startsWith('q='));
			return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.trim().slice(2)) || 0 : 1 };
		})
		.filter((entry) => entry.q > 0)
		.sort((a, b) => b.q - a.q);
	return (ranked.find((entry) => isLocale(entry.lang))?.lang as Locale | undefined) ?? null;
}

/** `/ru/x` → 'ru'; paths without a language prefix → null. */
export function localeFromPath(pathname: string): Locale | null {
	const first = pathname.split('/')[1];
	return isLocale(first) ? first : null;
}

/**
 * The same page in another language, through /language, which remembers the choice (cookie) for pages
 * without a prefix. Prefixed pages themselves never set cookies, so they can be cached.
 */
export function switchLocalePath(pathname: string, search: string, to: Locale): string {
	const current = localeFromPath(pathname);
	const target = current ? `/${to}${pathname.slice(current.length + 1)}${search}` : pathname + search;
	return `/language?to=${to}&next=${encodeURIComponent(target)}`;
}

export { LOCALES };

import { BASE_LOCALE, LOCALES, type Locale } from '#lib/i18n';
import { localeFromPath } from './locale';

/** Open Graph locales (language_TERRITORY) of Sapar's three languages. */
const OG_LOCALE: Record<Locale, string> = { ky: 'ky_KG', ru: 'ru_RU', en: 'en_GB' };

export interface ShareLinks {
	canonical: string;
	alternates: { hreflang: string; href: string }[];
	ogLocale: string;
	ogLocaleAlternates: string[];
}

/**
 * What a shared link needs besides its title and description (issue 16): the canonical address
 * (without the query), the same page in each language plus `x-default` (Kyrgyz, the base language),
 * and the Open Graph locale. Null for pages without a language prefix (staff, API).
 */
export function shareLinks(origin: string, pathname: string): ShareLinks | null {
	const locale = localeFromPath(pathname);
	if (!locale) return null;
	const rest = pathname.slice(locale.length + 1);
	const at = (l: Locale) => `${origin}/${l}${rest}`;
	return {
		canonical: at(locale),
		alternates: [...LOCALES.map((l) => ({ hreflang: l as string, href: at(l) })), { hreflang: 'x-default', href: at(BASE_LOCALE) }],
		ogLocale: OG_LOCALE[locale],
		ogLocaleAlternates: LOCALES.filter((l) => l !== locale).map((l) => OG_LOCALE[l])
	};
}

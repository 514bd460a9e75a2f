/** Hotline desk choices shared by the server and the pages (docs/decisions: hotline desk). */

/**
 * What the caller asked about: the hotline seed 001 asks for ("information on the labour market,
 * conditions of travel, work and stay, on the legislative basis of stay"), and anything else.
 */
export const HOTLINE_TOPICS = ['labour_market', 'travel', 'work', 'stay', 'law', 'other'] as const;
export type HotlineTopic = (typeof HOTLINE_TOPICS)[number];

/** The language the call was held in. */
export const HOTLINE_LANGUAGES = ['ky', 'ru', 'uz', 'en', 'other'] as const;
export type HotlineLanguage = (typeof HOTLINE_LANGUAGES)[number];

/** Organisations that run a hotline desk (seed 001: employment centre, ministry, missions, NGOs). */
export const HOTLINE_KINDS = ['employment_centre', 'ministry', 'consulate', 'ngo'] as const;

/** The portal language for a caller's language (Uzbek and others read Russian most often). */
export const portalLocale = (language: string): 'ky' | 'ru' | 'en' => (language === 'ky' || language === 'en' ? language : 'ru');

/** Portal pages an operator can open beside the call or send to the caller. */
export const LINK_TARGETS = ['country', 'help', 'agencies', 'request'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

/** Local paths into the public portal for a call (the country guide only when a destination is known). */
export function portalPath(target: LinkTarget, locale: string, destinationIso2: string | null): string | null {
	switch (target) {
		case 'country':
			return destinationIso2 ? `/${locale}/countries/${destinationIso2.toLowerCase()}` : null;
		case 'help':
			return destinationIso2 ? `/${locale}/help?country=${destinationIso2}` : `/${locale}/help`;
		case 'agencies':
			return `/${locale}/agencies`;
		case 'request':
			return `/${locale}/help/request`;
	}
}

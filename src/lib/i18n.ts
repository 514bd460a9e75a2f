/** Languages of Sapar. Kyrgyz is the default (base) language. */
export const LOCALES = ['ky', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const BASE_LOCALE: Locale = 'ky';

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Translated database content: one JSONB value per translatable field, keyed by locale
 * (docs/decisions/0002-translated-content.md). A missing or blank locale falls back.
 */
export type Translated = Partial<Record<Locale, string>>;

export interface Picked {
	text: string;
	/** the locale the text is actually in */
	locale: Locale;
	/** true when the text is not in the requested locale */
	fallback: boolean;
}

const FALLBACK_ORDER: Record<Locale, Locale[]> = {
	ky: ['ky', 'ru', 'en'],
	ru: ['ru', 'ky', 'en'],
	en: ['en', 'ru', 'ky']
};

/** Picks the best available translation; never returns a blank when any locale has text. */
export function pick(value: Translated | null | undefined, locale: Locale): Picked {
	for (const candidate of FALLBACK_ORDER[locale]) {
		const text = value?.[candidate]?.trim();
		if (text) return { text, locale: candidate, fallback: candidate !== locale };
	}
	return { text: '', locale, fallback: true };
}

/** Shorthand for when the caller does not need to know about fallback. */
export function tr(value: Translated | null | undefined, locale: Locale): string {
	return pick(value, locale).text;
}

/** A date known to the day, month or year ('2022', '2022-11', '2022-11-03') in the reader's language. */
export function formatPartialDate(value: string, locale: Locale): string {
	const [y, mo, d] = value.split('-').map(Number);
	if (!mo) return String(y);
	const at = new Date(Date.UTC(y, mo - 1, d || 1));
	const options: Intl.DateTimeFormatOptions = d ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(locale, options).format(at);
}

/**
 * The language of a text the seeds give only in the original (a source's title): English when it is
 * written in Latin script, so a Kyrgyz or Russian page marks the passage (WCAG 3.1.2).
 */
export const latinLang = (text: string | null | undefined): 'en' | undefined =>
	text && /[A-Za-z]/.test(text) && !/[\u0400-\u04FF]/.test(text) ? 'en' : undefined;

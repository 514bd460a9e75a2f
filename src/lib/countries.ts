import type { Locale } from '#lib/i18n';
import { m } from '#lib/messages';

/** Kyrgyzstan: the home country, never a destination. */
export const HOME_COUNTRY = 'KG';

/**
 * Where Kyrgyz migrants actually go, most first (issue 16: the picker listed the world alphabetically).
 * From the seed documents under /work/shared/seeds, each named below:
 * - RU: "Almost 90% of Kyrgyz migrants work in Russia" (004, TSPC roundtable report, 2013); "the main
 *   destination country" (002, IOM MGI Kyrgyzstan 2022, note 8).
 * - KZ: "Russia and Kazakhstan are the largest migrant recipients" (004); bilateral agreement 2006 (002).
 * - KR: "about 1450 labor migrants were employed in South Korea on the base of the signed
 *   inter-governmental agreements" (004); employment programme in Korea (001).
 * - TR: social security agreement in force since November 2020 (002).
 * - GB: seasonal agricultural work agreement of March 2022 (002).
 * - DE: the Kyrgyz diaspora in Germany (003, IOM diaspora projects).
 * - AE: not named in the seeds; Sapar lists a Consulate General in Dubai (content/directory/ae).
 * - US: the Kyrgyz diaspora in the USA (003).
 * - JP: among the countries Migrant.kg covers (002); a country guide in content/guides/jp.
 */
export const MAIN_DESTINATIONS = ['RU', 'KZ', 'KR', 'TR', 'GB', 'DE', 'AE', 'US', 'JP'] as const;

const displayNames = new Map<Locale, Intl.DisplayNames>();
const collators = new Map<Locale, Intl.Collator>();

/** A country's name as used in that language (CLDR through Intl.DisplayNames); the code if it has none. */
export function countryName(iso2: string, locale: Locale): string {
	let names = displayNames.get(locale);
	if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })));
	try {
		return names.of(iso2.toUpperCase()) ?? iso2;
	} catch {
		return iso2;
	}
}

/** Compares names the way the reader's language sorts them. */
export function collatorFor(locale: Locale): Intl.Collator {
	let c = collators.get(locale);
	if (!c) collators.set(locale, (c = new Intl.Collator(locale, { sensitivity: 'base' })));
	return c;
}

export interface CountryOption {
	value: string;
	label: string;
}
export interface OptionGroup {
	label: string;
	options: CountryOption[];
}
export interface DestinationGroups {
	/** the main destinations, in MAIN_DESTINATIONS order */
	main: CountryOption[];
	/** every other country, alphabetically in the reader's language */
	rest: CountryOption[];
}

/**
 * The one ordering of every destination picker: the main destinations first, then the rest in the
 * reader's alphabet, each name in the reader's language, Kyrgyzstan left out. `withHome` keeps
 * Kyrgyzstan, first, where the question is where something happened rather than where one goes
 * (a recruiter's deception at home; the help directory's offices at home).
 * `label` may give the name from elsewhere (a Translated from the database) instead of CLDR's.
 */
export function destinationGroups(
	codes: Iterable<string>,
	locale: Locale,
	{ withHome = false, label = () => null }: { withHome?: boolean; label?: (iso2: string) => string | null | undefined } = {}
): DestinationGroups {
	const seen = new Set<string>();
	const options: CountryOption[] = [];
	for (const raw of codes) {
		const iso2 = raw.toUpperCase();
		if ((iso2 === HOME_COUNTRY && !withHome) || seen.has(iso2)) continue;
		seen.add(iso2);
		options.push({ value: iso2, label: label(iso2) || countryName(iso2, locale) });
	}
	const order = [HOME_COUNTRY, ...MAIN_DESTINATIONS] as string[];
	const rank = (iso2: string) => order.indexOf(iso2);
	const main = options.filter((o) => rank(o.value) >= 0).sort((a, b) => rank(a.value) - rank(b.value));
	const collator = collatorFor(locale);
	const rest = options.filter((o) => rank(o.value) < 0).sort((a, b) => collator.compare(a.label, b.label));
	return { main, rest };
}

/** The same as `<optgroup>`s: "Where most people go", then "Other countries", each in the reader's language (empty groups left out). */
export function destinationOptionGroups(codes: Iterable<string>, locale: Locale, options: Parameters<typeof destinationGroups>[2] = {}): OptionGroup[] {
	const { main, rest } = destinationGroups(codes, locale, options);
	return [
		{ label: m.destinations_main({}, { locale }), options: main },
		{ label: m.destinations_other({}, { locale }), options: rest }
	].filter((g) => g.options.length);
}

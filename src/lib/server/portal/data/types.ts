import type { Translated } from '#lib/i18n';

/**
 * Seed content of the information portal. Every fact carries its source; facts from general knowledge
 * (not from the seed documents) carry their own source and `needsReview: true` until an editor confirms.
 *
 * Text fields use a small markdown subset: paragraphs separated by a blank line, lines starting with
 * "- " for bullet lists, **bold**, and [label](https://…) links. Nothing else (no HTML).
 */
export interface SourceSeed {
	/** seed file name (e.g. '002_50f2aea91ede881b.txt') or null for an outside source */
	document: string | null;
	/** human title of the document, law or web page */
	title: string;
	/** article / section / page, when known */
	article?: string;
	/** short verbatim quote from a seed document (≤ 200 chars), when the source is a seed */
	excerpt?: string;
	url?: string;
}

export type LawKind = 'law' | 'code' | 'decree' | 'resolution' | 'treaty' | 'agreement' | 'convention' | 'programme';
export type LawStatus = 'in_force' | 'amended' | 'repealed' | 'signed' | 'unknown';

export interface LawSeed {
	/** stable lowercase id, e.g. 'law-external-migration' */
	slug: string;
	kind: LawKind;
	/** official number as written, e.g. '№ 61', or null */
	number: string | null;
	/** date of adoption or signature, 'YYYY-MM-DD' (or 'YYYY-MM' / 'YYYY' when only that is known) */
	adoptedOn: string | null;
	status: LawStatus;
	title: Translated;
	/** plain-language summary, 1–4 sentences, for a migrant with little schooling */
	summary: Translated;
	/** ISO 3166-1 alpha-2 codes of the countries it concerns besides Kyrgyzstan ([] if only KG) */
	countries: string[];
	source: SourceSeed;
	needsReview: boolean;
}

export type SectionKind = 'entry' | 'registration' | 'work' | 'taxes' | 'health' | 'rights' | 'emergency';
export const SECTION_KINDS: SectionKind[] = ['entry', 'registration', 'work', 'taxes', 'health', 'rights', 'emergency'];

export interface GuideSectionSeed {
	kind: SectionKind;
	body: Translated;
	source: SourceSeed;
	/** when the facts were last checked, 'YYYY-MM-DD' */
	reviewedOn: string;
	needsReview: boolean;
	/** slugs of LawSeed entries this section relies on */
	laws: string[];
}

export interface GuideSeed {
	countryIso2: string;
	/** 1–2 sentences: who goes there, the legal basis in one line */
	intro: Translated;
	sections: GuideSectionSeed[];
}

export type DirectoryKind = 'consulate' | 'employment_centre' | 'ngo' | 'diaspora' | 'hotline' | 'clinic' | 'international' | 'government';

export interface DirectorySeed {
	slug: string;
	kind: DirectoryKind;
	/** slug of an organisation in reference/data/organisations.ts, when it is one */
	organisation?: string;
	name: Translated;
	countryIso2: string;
	city: Translated | null;
	address: Translated | null;
	/** international format, e.g. '+7 495 123-45-67'; [] when unknown */
	phones: string[];
	email?: string;
	website?: string;
	hours: Translated | null;
	/** ISO 639-1 codes of languages spoken, e.g. ['ky', 'ru'] */
	languages: string[];
	/** what they help with, one line */
	services: Translated;
	source: SourceSeed;
	needsReview: boolean;
}

export interface FaqSeed {
	slug: string;
	question: Translated;
	answer: Translated;
	/** country it is about, or null for general questions */
	countryIso2: string | null;
	source: SourceSeed;
	needsReview: boolean;
}

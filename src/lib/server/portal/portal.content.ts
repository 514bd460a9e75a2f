import { z } from 'zod';
import { ContentFileError, loadContent, parseContentItem, readContentFiles } from '../content/files';

/**
 * The information portal's content files (content/laws, content/guides, content/directory, content/faq)
 * and their schemas. Every fact carries its source; facts from general knowledge (not from the seed
 * documents) carry their own source and `needsReview: true` until an editor confirms them.
 *
 * Text fields use a small markdown subset: paragraphs separated by a blank line, lines starting with
 * "- " for bullet lists, **bold**, and [label](https://…) links. Nothing else (no HTML).
 */

const text = z.string().trim().min(1);
/** The same text in the three languages; every language is required in a content file. */
export const translatedSchema = z.strictObject({ ky: text, ru: text, en: text });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
/** adoption dates may be known only to the month or year */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
const iso2 = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');

export const sourceSchema = z.strictObject({
	/** seed file name (e.g. '002_50f2aea91ede881b.txt') or null for an outside source */
	document: z
		.string()
		.regex(/^\d{3}_[0-9a-f]{16}\.txt$/)
		.nullable(),
	/** human title of the document, law or web page */
	title: text,
	/** article / section / page, when known */
	article: text.optional(),
	/** short verbatim quote from a seed document (≤ 300 chars), when the source is a seed */
	excerpt: text.max(300).optional(),
	url: z.url({ protocol: /^https?$/ }).optional(),
	/** when the source itself was read or published, 'YYYY-MM-DD' (or YYYY-MM / YYYY) */
	date: partialDate.optional()
});
export type SourceSeed = z.infer<typeof sourceSchema>;

export const LAW_KINDS = ['law', 'code', 'decree', 'resolution', 'treaty', 'agreement', 'convention', 'programme'] as const;
export type LawKind = (typeof LAW_KINDS)[number];
/**
 * What a source says about an act, no more: `listed` = the source lists or describes it as current
 * (e.g. the MGI 2022 annex), `cited` = the source names it without saying whether it applies, `expired` = its stated period has ended, `pending` = adopted or approved but
 * not yet signed or in force. `unknown` is for editors only; every content file names a status source.
 */
export const LAW_STATUSES = ['in_force', 'amended', 'listed', 'cited', 'signed', 'pending', 'expired', 'repealed', 'unknown'] as const;
export type LawStatus = (typeof LAW_STATUSES)[number];

export const lawSchema = z.strictObject({
	/** stable lowercase id, e.g. 'law-external-migration'; also the file name */
	slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
	kind: z.enum(LAW_KINDS),
	/** official number as written, e.g. '№ 61', or null */
	number: text.nullable(),
	/** date of adoption or signature */
	adoptedOn: partialDate.nullable(),
	status: z.enum(LAW_STATUSES).refine((s) => s !== 'unknown', 'a status a source states (not unknown)'),
	/** where the status comes from, with the date the source speaks for */
	statusSource: sourceSchema.extend({ date: partialDate }),
	/** when this entry was last checked against its sources */
	reviewedOn: isoDate,
	title: translatedSchema,
	/** plain-language summary, 1–4 sentences, for a migrant with little schooling */
	summary: translatedSchema,
	/** ISO 3166-1 alpha-2 codes of the countries it concerns besides Kyrgyzstan ([] if only KG) */
	countries: z.array(iso2),
	source: sourceSchema,
	needsReview: z.boolean(),
	/** order in the list of laws */
	position: z.number().int().min(0)
});
export type LawSeed = z.infer<typeof lawSchema>;

export const SECTION_KINDS = ['entry', 'registration', 'work', 'taxes', 'health', 'rights', 'emergency', 'compatriots', 'return'] as const;
/** every destination guide has these sections */
export const DESTINATION_SECTION_KINDS = SECTION_KINDS.slice(0, 7);
/** the home guide (KG): compatriots abroad and coming home */
export const HOME_GUIDE_ISO2 = 'KG';
export const HOME_SECTION_KINDS = ['compatriots', 'return'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const guideSchema = z.strictObject({
	countryIso2: iso2,
	/** 1–2 sentences: who goes there, the legal basis in one line */
	intro: translatedSchema
});

export const guideSectionSchema = z.strictObject({
	kind: z.enum(SECTION_KINDS),
	/** from <kind>.ky.md, <kind>.ru.md, <kind>.en.md beside the YAML */
	body: translatedSchema,
	source: sourceSchema,
	/** when the facts were last checked */
	reviewedOn: isoDate,
	needsReview: z.boolean(),
	/** slugs of the laws this section relies on */
	laws: z.array(z.string())
});
export type GuideSectionSeed = z.infer<typeof guideSectionSchema>;
export interface GuideSeed extends z.infer<typeof guideSchema> {
	sections: GuideSectionSeed[];
}

export const DIRECTORY_KINDS = ['consulate', 'employment_centre', 'ngo', 'diaspora', 'hotline', 'clinic', 'international', 'government'] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

export const directorySchema = z.strictObject({
	slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
	kind: z.enum(DIRECTORY_KINDS),
	/** slug of an organisation in reference/data/organisations.ts, when it is one */
	organisation: z.string().optional(),
	name: translatedSchema,
	countryIso2: iso2,
	city: translatedSchema.nullable(),
	address: translatedSchema.nullable(),
	/** international format, e.g. '+7 495 123-45-67'; [] when not confirmed */
	phones: z.array(z.string().regex(/^(\+\d[\d -]{5,20}|\d{2,6})$/, 'an international phone number (+996 312 123456) or a short number (189)')),
	email: z.email().optional(),
	website: z.url({ protocol: /^https?$/ }).optional(),
	hours: translatedSchema.nullable(),
	/** ISO 639-1 codes of languages spoken, e.g. ['ky', 'ru'] */
	languages: z.array(z.string().regex(/^[a-z]{2}$/)),
	/** what they help with, one line */
	services: translatedSchema,
	source: sourceSchema,
	needsReview: z.boolean()
});
export type DirectorySeed = z.infer<typeof directorySchema>;

export const faqSchema = z.strictObject({
	slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
	question: translatedSchema,
	answer: translatedSchema,
	/** country it is about, or null for general questions */
	countryIso2: iso2.nullable(),
	source: sourceSchema,
	needsReview: z.boolean(),
	position: z.number().int().min(0)
});
export type FaqSeed = z.infer<typeof faqSchema>;

/** A service page (ask for help, track a case, consular registration…) that search should find. */
export const serviceSchema = z.strictObject({
	slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
	/** the page's path after the language prefix, e.g. '/help/request' */
	path: z.string().regex(/^\/[a-z0-9\-/]*$/, 'a path such as /help/request'),
	title: translatedSchema,
	/** what the page does, in the words people search with */
	body: translatedSchema,
	position: z.number().int().min(0)
});
export type ServiceSeed = z.infer<typeof serviceSchema>;

const slugMatchesFile = <T extends { slug: string }>(kind: string, items: { path: string; data: T }[]) => {
	for (const { path, data } of items) {
		if (path.split('/').pop() !== data.slug) throw new ContentFileError(`content/${kind}/${path}.yaml`, `slug ${data.slug} does not match the file name`);
	}
	return items.map((i) => i.data);
};

export const loadLaws = (root?: string): LawSeed[] =>
	slugMatchesFile('laws', loadContent('laws', lawSchema, root)).sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));

export const loadFaq = (root?: string): FaqSeed[] =>
	slugMatchesFile('faq', loadContent('faq', faqSchema, root)).sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));

export const loadServices = (root?: string): ServiceSeed[] =>
	slugMatchesFile('services', loadContent('services', serviceSchema, root)).sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));

export const loadDirectory = (root?: string): DirectorySeed[] => {
	const items = loadContent('directory', directorySchema, root);
	for (const { path, data } of items) {
		if (!path.startsWith(`${data.countryIso2.toLowerCase()}/`))
			throw new ContentFileError(`content/directory/${path}.yaml`, `not under the folder of ${data.countryIso2}`);
	}
	return slugMatchesFile('directory', items);
};

/** Guides: content/guides/<iso2>/guide.yaml and one <section>.yaml (+ .ky/.ru/.en.md) per section. */
export function loadGuides(root?: string): GuideSeed[] {
	const guides = new Map<string, GuideSeed>();
	for (const { path, data } of readContentFiles('guides', root)) {
		const [folder, name, extra] = path.split('/');
		if (!/^[a-z]{2}$/.test(folder) || !name || extra)
			throw new ContentFileError(`content/guides/${path}.yaml`, 'expected content/guides/<iso2>/<guide|section>.yaml');
		const iso2 = folder.toUpperCase();
		const guide = guides.get(iso2) ?? { countryIso2: iso2, intro: { ky: '', ru: '', en: '' }, sections: [] };
		guides.set(iso2, guide);
		if (name === 'guide') {
			const parsed = parseContentItem('guides', path, guideSchema, data);
			if (parsed.countryIso2 !== iso2)
				throw new ContentFileError(`content/guides/${path}.yaml`, `countryIso2 ${parsed.countryIso2} is not the folder's ${iso2}`);
			guide.intro = parsed.intro;
		} else {
			const section = parseContentItem('guides', path, guideSectionSchema, data);
			if (name !== section.kind) throw new ContentFileError(`content/guides/${path}.yaml`, `kind ${section.kind} does not match the file name`);
			guide.sections.push(section);
		}
	}
	for (const guide of guides.values()) {
		if (!guide.intro.ky) throw new ContentFileError(`content/guides/${guide.countryIso2.toLowerCase()}/guide.yaml`, 'missing');
		guide.sections.sort((a, b) => SECTION_KINDS.indexOf(a.kind) - SECTION_KINDS.indexOf(b.kind));
	}
	return [...guides.values()];
}

import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { country } from '../reference/reference.table';
import { directoryEntry, faq, guide, guideSection, guideSectionLaw, law } from './portal.table';
import { SECTION_KINDS } from './portal.content';

// Queries only; the public portal reads published content, so there is no actor here.

export function selectGuideCountries(tx: Tx) {
	return tx
		.select({ iso2: guide.countryIso2, name: country.name, intro: guide.intro })
		.from(guide)
		.innerJoin(country, eq(country.iso2, guide.countryIso2))
		.orderBy(asc(guide.countryIso2));
}

export async function selectGuide(tx: Tx, iso2: string) {
	const [head] = await tx
		.select({ guide, countryName: country.name })
		.from(guide)
		.innerJoin(country, eq(country.iso2, guide.countryIso2))
		.where(eq(guide.countryIso2, iso2));
	if (!head) return null;
	const sections = await tx.select().from(guideSection).where(eq(guideSection.guideId, head.guide.id));
	sections.sort((a, b) => SECTION_KINDS.indexOf(a.kind) - SECTION_KINDS.indexOf(b.kind));
	const links = sections.length
		? await tx
				.select({ sectionId: guideSectionLaw.sectionId, slug: law.slug, title: law.title, number: law.number })
				.from(guideSectionLaw)
				.innerJoin(law, eq(law.id, guideSectionLaw.lawId))
				.where(
					inArray(
						guideSectionLaw.sectionId,
						sections.map((s) => s.id)
					)
				)
		: [];
	return {
		...head.guide,
		countryName: head.countryName,
		sections: sections.map((s) => ({ ...s, laws: links.filter((l) => l.sectionId === s.id) }))
	};
}

export const selectLaws = (tx: Tx) => tx.select().from(law).orderBy(asc(law.position), asc(law.slug));

export async function selectLaw(tx: Tx, slug: string) {
	const [row] = await tx.select().from(law).where(eq(law.slug, slug));
	if (!row) return null;
	const usedBy = await tx
		.select({ kind: guideSection.kind, iso2: guide.countryIso2, countryName: country.name })
		.from(guideSectionLaw)
		.innerJoin(guideSection, eq(guideSection.id, guideSectionLaw.sectionId))
		.innerJoin(guide, eq(guide.id, guideSection.guideId))
		.innerJoin(country, eq(country.iso2, guide.countryIso2))
		.where(eq(guideSectionLaw.lawId, row.id));
	return { ...row, usedBy };
}

export function selectDirectory(tx: Tx, filter: { country?: string; city?: string }) {
	const conditions = [
		filter.country ? eq(directoryEntry.countryIso2, filter.country) : undefined,
		filter.city
			? sql`exists (select 1 from jsonb_each_text(coalesce(${directoryEntry.city}, '{}'::jsonb)) c where lower(c.value) = lower(${filter.city}))`
			: undefined
	].filter(Boolean);
	return tx
		.select({ entry: directoryEntry, countryName: country.name })
		.from(directoryEntry)
		.innerJoin(country, eq(country.iso2, directoryEntry.countryIso2))
		.where(conditions.length ? and(...conditions) : undefined)
		.orderBy(asc(directoryEntry.countryIso2), asc(directoryEntry.kind), asc(directoryEntry.slug));
}

export function selectDirectoryCountries(tx: Tx) {
	return tx
		.selectDistinct({ iso2: directoryEntry.countryIso2, name: country.name })
		.from(directoryEntry)
		.innerJoin(country, eq(country.iso2, directoryEntry.countryIso2))
		.orderBy(asc(directoryEntry.countryIso2));
}

export const selectFaq = (tx: Tx) => tx.select().from(faq).orderBy(asc(faq.position), asc(faq.slug));

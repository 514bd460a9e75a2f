import type { Db } from '../db/client';
import { HOME_GUIDE_ISO2, type SourceSeed } from './portal.content';
import * as repo from './portal.repository';

/** Sections not reviewed for this many days say so plainly. */
export const STALE_AFTER_DAYS = 180;

export function isStale(reviewedOn: string, now = new Date()): boolean {
	const reviewed = new Date(`${reviewedOn.length === 7 ? `${reviewedOn}-01` : reviewedOn}T00:00:00Z`);
	return now.getTime() - reviewed.getTime() > STALE_AFTER_DAYS * 86_400_000;
}

/**
 * A guide section is confirmed when it cites a dated source and an editor has checked it; otherwise the
 * page and the booklet say so at the top of the section (issue 16).
 */
export const isConfirmed = (s: { source: SourceSeed; needsReview: boolean }) => !s.needsReview && !!s.source.date;

const ISO2 = /^[a-z]{2}$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const listGuideCountries = (db: Db) => repo.selectGuideCountries(db);
/** Destination guides only: the home guide (KG) is not a destination. */
export const listDestinationGuides = async (db: Db) => (await repo.selectGuideCountries(db)).filter((g) => g.iso2 !== HOME_GUIDE_ISO2);

export async function getGuide(db: Db, iso2: string) {
	if (!ISO2.test(iso2)) return null;
	const found = await repo.selectGuide(db, iso2.toUpperCase());
	if (!found) return null;
	return { ...found, sections: found.sections.map((s) => ({ ...s, stale: isStale(s.reviewedOn), confirmed: isConfirmed(s) })) };
}

export const listLaws = (db: Db) => repo.selectLaws(db);

export async function getLaw(db: Db, slug: string) {
	if (!SLUG.test(slug) || slug.length > 120) return null;
	return repo.selectLaw(db, slug);
}

/** Directory filtered by country (ISO2) and city (any language); bad filters are ignored, never errors. */
export async function listDirectory(db: Db, filter: { country?: string | null; city?: string | null }) {
	const country = filter.country && ISO2.test(filter.country) ? filter.country.toUpperCase() : undefined;
	const city = filter.city?.trim().slice(0, 80) || undefined;
	const [entries, countries] = await Promise.all([repo.selectDirectory(db, { country, city }), repo.selectDirectoryCountries(db)]);
	return { entries, countries, filter: { country: country ?? '', city: city ?? '' } };
}

export const listFaq = (db: Db) => repo.selectFaq(db);

import { describe, expect, it } from 'vitest';
import { loadChecklist } from '../migrant/checklist.content';
import { DESTINATION_SECTION_KINDS, HOME_GUIDE_ISO2, HOME_SECTION_KINDS, loadDirectory, loadFaq, loadGuides, loadLaws } from './portal.content';
import { isConfirmed } from './portal.service';

// The real content/ folder: every file valid, and the links between files hold.
describe('portal content files', () => {
	const laws = loadLaws();
	const guides = loadGuides();
	const directory = loadDirectory();
	const faq = loadFaq();

	it('loads every kind', () => {
		expect(laws.length).toBeGreaterThanOrEqual(46);
		expect(guides.length).toBeGreaterThanOrEqual(10);
		expect(directory.length).toBeGreaterThanOrEqual(28);
		expect(faq.length).toBeGreaterThanOrEqual(17);
		expect(loadChecklist().length).toBeGreaterThanOrEqual(10);
	});

	it('slugs are unique and every law a guide section cites exists', () => {
		const slugs = new Set(laws.map((l) => l.slug));
		expect(slugs.size).toBe(laws.length);
		expect(new Set(directory.map((d) => d.slug)).size).toBe(directory.length);
		for (const g of guides) for (const s of g.sections) for (const l of s.laws) expect(slugs.has(l), `${g.countryIso2}/${s.kind} cites ${l}`).toBe(true);
	});

	it('every guide has each section once', () => {
		for (const g of guides)
			expect(
				g.sections.map((s) => s.kind),
				g.countryIso2
			).toEqual(g.countryIso2 === HOME_GUIDE_ISO2 ? [...HOME_SECTION_KINDS] : [...DESTINATION_SECTION_KINDS]);
	});

	it('every law has a review date and a status with its own dated source (issue 16)', () => {
		for (const l of laws) {
			expect(l.reviewedOn, l.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(l.status, l.slug).not.toBe('unknown');
			expect(l.statusSource.title, l.slug).toBeTruthy();
			expect(l.statusSource.date, l.slug).toMatch(/^\d{4}/);
			// a status taken from a seed quotes it
			if (l.statusSource.document) expect(l.statusSource.excerpt, l.slug).toBeTruthy();
			// nothing here was checked against the official register yet
			expect(l.needsReview, l.slug).toBe(true);
		}
	});

	it('has the acts the seeds cite beyond the MGI annex (issue 16)', () => {
		const has = (number: string, year: string) => laws.some((l) => l.number === number && l.adoptedOn?.startsWith(year));
		for (const [number, year] of [
			['№ 54', '2018'], // Civil Protection
			['№ 89', '2020'], // compatriots with foreign citizenship
			['№ 493', '2019'], // National Referral Mechanism
			['№ 101', '2019'], // preventing and combating trafficking
			['№ 4', '2021-01-29'], // Decree on the migration situation
			['№ 203', '2021-10-08'], // Meken Card
			['№ 346', '2000'],
			['№ 6', '2005'],
			['№ 163', '2017'],
			['№ 184', '2008'],
			['№ 743', '2017'],
			['№ 513', '2022']
		])
			expect(has(number, year), `${number} of ${year}`).toBe(true);
		expect(laws.length).toBeGreaterThanOrEqual(86);
	});

	it('guide sections: a dated source, or flagged so the page says "not confirmed"; Meken Card and coming home from the seeds (issue 16)', () => {
		const sections = guides.flatMap((g) => g.sections.map((s) => ({ ...s, where: `${g.countryIso2}/${s.kind}` })));
		for (const s of sections) {
			if (s.source.document) expect(s.source.date, `${s.where} cites a seed without its date`).toBeTruthy();
			if (!isConfirmed(s)) expect(s.needsReview || !s.source.date, s.where).toBe(true);
		}
		const home = guides.find((g) => g.countryIso2 === HOME_GUIDE_ISO2)!;
		for (const s of home.sections) {
			expect(isConfirmed(s), s.kind).toBe(true);
			expect(s.source.document).toBe('002_50f2aea91ede881b.txt');
		}
		expect(home.sections.find((s) => s.kind === 'compatriots')!.body.ky).toContain('Meken Card');
		expect(sections.filter(isConfirmed).length).toBeGreaterThanOrEqual(16);
	});
});

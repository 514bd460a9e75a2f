import { describe, expect, it } from 'vitest';
import { loadChecklist } from '../migrant/checklist.content';
import { loadDirectory, loadFaq, loadGuides, loadLaws, SECTION_KINDS } from './portal.content';

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
		for (const g of guides) expect(g.sections.map((s) => s.kind), g.countryIso2).toEqual([...SECTION_KINDS]);
	});
});

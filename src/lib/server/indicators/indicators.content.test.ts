import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '../content/files';
import { loadLaws } from '../portal/portal.content';
import { loadMgiContent } from './indicators.content';

// The real content/mgi-* folders: every file valid and the links between files hold.
describe('MGI content files', () => {
	const { domains, rounds, findings } = loadMgiContent();

	it('has the six domains, both rounds and 2022 findings of both kinds for each domain', () => {
		expect(domains.map((d) => d.position)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(rounds.map((r) => r.year)).toEqual([2018, 2022]);
		for (const d of domains) {
			const file = findings.find((f) => f.domain === d.slug && f.round === 2022);
			expect(file, d.slug).toBeDefined();
			expect(
				file!.findings.some((f) => f.kind === 'well_developed'),
				d.slug
			).toBe(true);
			expect(
				file!.findings.some((f) => f.kind === 'further_development'),
				d.slug
			).toBe(true);
		}
	});

	it('slugs are unique and every law a finding cites is in the library', () => {
		const laws = new Set(loadLaws().map((l) => l.slug));
		const slugs = findings.flatMap((f) => f.findings.map((x) => x.slug));
		expect(new Set(slugs).size).toBe(slugs.length);
		const indicators = domains.flatMap((d) => d.indicators.map((i) => i.slug));
		expect(new Set(indicators).size).toBe(indicators.length);
		for (const f of findings.flatMap((file) => file.findings)) for (const l of f.laws) expect(laws.has(l), `${f.slug} cites ${l}`).toBe(true);
	});

	it('the 2022 profile records what changed since 2018 in every domain, and findings point to tasks and statistics that exist', async () => {
		for (const d of domains) {
			const file = findings.find((f) => f.domain === d.slug && f.round === 2022)!;
			expect(
				file.findings.some((f) => f.kind === 'change_since_previous'),
				d.slug
			).toBe(true);
		}
		const tasks = new Set(readdirSync(join(contentRoot(), 'plan-tasks')).map((f) => f.replace(/\.yaml$/, '')));
		const all = findings.flatMap((file) => file.findings);
		for (const f of all) for (const t of f.tasks) expect(tasks.has(t), `${f.slug} points to task ${t}`).toBe(true);
		expect(all.filter((f) => f.tasks.length).length).toBeGreaterThanOrEqual(10);
		expect(all.filter((f) => f.statistics.length).length).toBeGreaterThanOrEqual(5);
	});

	it('a finding names its section and a quote from seed 002', () => {
		for (const file of findings) {
			expect(file.source.document).toBe('002_50f2aea91ede881b.txt');
			for (const f of file.findings) expect(f.excerpt.length).toBeGreaterThan(20);
		}
	});
});

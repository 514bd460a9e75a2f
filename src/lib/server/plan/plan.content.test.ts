import { describe, expect, it } from 'vitest';
import { ORGANISATIONS } from '../reference/data/organisations';
import { loadPlanContent } from './plan.content';

// The real content/plan-* folders: valid, linked, every body an organisation Sapar knows.
describe('action-plan content files', () => {
	const { goals, practices, bodies, tasks } = loadPlanContent();

	it('has goals, practices and tasks, each task with a source and waiting for review', () => {
		expect(goals.length).toBe(4);
		expect(practices.length).toBeGreaterThanOrEqual(5);
		expect(tasks.length).toBeGreaterThanOrEqual(12);
		for (const t of tasks) {
			expect(t.source.document, t.slug).toMatch(/^00[24]_/);
			expect(t.needsReview, t.slug).toBe(true);
		}
	});

	it('every responsible body and co-executor is a seeded organisation or a plan body', () => {
		const known = new Set([...ORGANISATIONS.map((o) => o.slug), ...bodies.map((b) => b.slug)]);
		for (const t of tasks) for (const s of [t.responsible, ...t.coExecutors]) expect(known.has(s), `${t.slug}: ${s}`).toBe(true);
		for (const b of bodies)
			expect(
				ORGANISATIONS.some((o) => o.slug === b.slug),
				b.slug
			).toBe(false);
	});
});

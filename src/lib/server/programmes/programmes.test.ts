import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Admission } from './admission';
import { ageOn, checkEligibility } from './eligibility';
import { lotteryKey, selectCandidates, type Candidate } from './selection';

const people = (n: number, regions = ['KG-B', 'KG-O', 'KG-GB']): Candidate[] =>
	Array.from({ length: n }, (_, i) => ({ reference: `PR-2026-${String(i + 1).padStart(6, '0')}`, regionCode: regions[i % regions.length], seq: i + 1 }));

describe('explainable selection', () => {
	it('the lottery key is SHA-256 of "seed:reference" in hex, as published', () => {
		expect(lotteryKey('12-7-33-41-2', 'PR-2026-000001')).toBe(createHash('sha256').update('12-7-33-41-2:PR-2026-000001').digest('hex'));
	});

	it('a lottery is deterministic: the same seed gives the same order whatever the input order, another seed another order', () => {
		const pool = people(50);
		const a = selectCandidates('lottery', 'public-draw-2026', pool, 10, {});
		const b = selectCandidates('lottery', 'public-draw-2026', [...pool].reverse(), 10, {});
		expect(b).toEqual(a);
		expect(a.map((c) => c.key)).toEqual([...a.map((c) => c.key)].sort());
		expect(selectCandidates('lottery', 'another-seed-1', pool, 10, {}).map((c) => c.reference)).not.toEqual(a.map((c) => c.reference));
		expect(a.filter((c) => c.selected)).toHaveLength(10);
		expect(a.slice(0, 10).every((c) => c.selected)).toBe(true);
	});

	it('first-come follows arrival order and regional quotas cap a region as published', () => {
		const pool = people(12, ['KG-B', 'KG-B', 'KG-B', 'KG-O']);
		const placed = selectCandidates('first_come', null, pool, 6, { 'KG-B': 3 });
		expect(placed.map((c) => c.rank)).toEqual(pool.map((_, i) => i + 1));
		const chosen = placed.filter((c) => c.selected);
		expect(chosen.filter((c) => c.regionCode === 'KG-B')).toHaveLength(3);
		// places left after the quota is full go to the next people of other regions, in order
		expect(chosen.map((c) => c.seq)).toEqual([1, 2, 3, 4, 8, 12]);
	});

	it('a lottery without a usable seed is refused', () => {
		expect(() => selectCandidates('lottery', null, people(3), 1, {})).toThrow();
		expect(() => selectCandidates('lottery', 'short', people(3), 1, {})).toThrow();
	});
});

describe('eligibility rules', () => {
	const rules = { minAge: 21, maxAge: 45, languageLevel: 'basic' as const, healthDeclaration: true, excludePrevious: true };
	const ok = { birthDate: '1995-06-15', languageLevel: 'intermediate' as const, healthDeclared: true, previousParticipation: false };
	const on = new Date('2026-12-02T00:00:00Z');
	it('says which published rule is not met', () => {
		expect(checkEligibility(rules, ok, on)).toEqual({ eligible: true });
		expect(checkEligibility(rules, { ...ok, birthDate: '2006-01-01' }, on)).toEqual({ eligible: false, reason: 'too_young' });
		expect(checkEligibility(rules, { ...ok, birthDate: '1970-01-01' }, on)).toEqual({ eligible: false, reason: 'too_old' });
		expect(checkEligibility(rules, { ...ok, languageLevel: 'none' }, on)).toEqual({ eligible: false, reason: 'language' });
		expect(checkEligibility(rules, { ...ok, healthDeclared: false }, on)).toEqual({ eligible: false, reason: 'health' });
		expect(checkEligibility(rules, { ...ok, previousParticipation: true }, on)).toEqual({ eligible: false, reason: 'previous_participation' });
		expect(checkEligibility({}, { ...ok, languageLevel: 'none', healthDeclared: false }, on)).toEqual({ eligible: true });
	});
	it('counts full years', () => {
		expect(ageOn('2005-12-03', on)).toBe(20);
		expect(ageOn('2005-12-02', on)).toBe(21);
	});
});

describe('admission limit', () => {
	it('admits up to the limit, queues a bounded number, refuses the rest at once and hands slots on', async () => {
		const gate = new Admission(2, 1, 10_000);
		expect(await gate.acquire()).toBe(true);
		expect(await gate.acquire()).toBe(true);
		const queued = gate.acquire();
		expect(await gate.acquire()).toBe(false);
		expect(gate.load).toEqual({ active: 2, waiting: 1 });
		gate.release();
		expect(await queued).toBe(true);
		gate.release();
		gate.release();
		expect(gate.load).toEqual({ active: 0, waiting: 0 });
	});
	it('a wait that lasts too long is refused, and run() releases after failures', async () => {
		const gate = new Admission(1, 5, 20);
		expect(await gate.acquire()).toBe(true);
		expect(await gate.acquire()).toBe(false);
		gate.release();
		await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		expect(await gate.run(async () => 7)).toBe(7);
		expect(gate.load).toEqual({ active: 0, waiting: 0 });
	});
});

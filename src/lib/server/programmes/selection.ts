import { createHash } from 'node:crypto';
import type { SelectionMethod } from '#lib/programmes';

/**
 * Explainable selection (docs/decisions/0030-programme-intake.md). Anyone can recompute it from what is
 * published: the method, the seed (lottery), the places, the quotas by region and the list of
 * candidates (reference, region, arrival number).
 *
 * - first_come: candidates in arrival order (`seq`, the number behind the reference).
 * - lottery: each candidate's key is SHA-256 of `<seed>:<reference>` in hex; candidates in ascending key
 *   order (ties, which SHA-256 makes practically impossible, by reference).
 * Then, walking that order, a candidate is selected while places remain and their region's quota (when
 * the programme publishes one for it) is not yet filled; everyone gets a rank (their position in the order).
 */
export interface Candidate {
	reference: string;
	regionCode: string;
	seq: number;
}

export interface Placed extends Candidate {
	rank: number;
	/** the lottery key (hex), null for first-come */
	key: string | null;
	selected: boolean;
}

export const lotteryKey = (seed: string, reference: string) => createHash('sha256').update(`${seed}:${reference}`, 'utf8').digest('hex');

/** A seed anyone can type: 8–128 printable ASCII characters without spaces (e.g. a public draw's numbers joined by dashes). */
export const SEED = /^[\x21-\x7e]{8,128}$/;

export function selectCandidates(
	method: SelectionMethod,
	seed: string | null,
	candidates: Candidate[],
	places: number,
	quotas: Record<string, number>
): Placed[] {
	if (method === 'lottery' && (!seed || !SEED.test(seed))) throw new Error('a lottery needs a published seed');
	const keyed = candidates.map((c) => ({ ...c, key: method === 'lottery' ? lotteryKey(seed!, c.reference) : null }));
	keyed.sort((a, b) => (method === 'lottery' ? (a.key! < b.key! ? -1 : a.key! > b.key! ? 1 : a.reference.localeCompare(b.reference)) : a.seq - b.seq));
	const perRegion = new Map<string, number>();
	let chosen = 0;
	return keyed.map((c, i) => {
		const quota = quotas[c.regionCode];
		const inRegion = perRegion.get(c.regionCode) ?? 0;
		const selected = chosen < places && (quota === undefined || inRegion < quota);
		if (selected) {
			chosen++;
			perRegion.set(c.regionCode, inRegion + 1);
		}
		return { ...c, rank: i + 1, selected };
	});
}

import { describe, expect, it } from 'vitest';
import { DEAD_LETTER_QUEUE, enqueue, getQueue, work } from './queue';

declare module './queue' {
	interface JobPayloads {
		'test.batch': { n: number; failUntil: number };
	}
}

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > until) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 100));
	}
}

describe('job queue', () => {
	it('settles a batch job by job: a failing job is retried alone, then dead-lettered; the others run once', async () => {
		const queue = await getQueue();
		await queue.createQueue(DEAD_LETTER_QUEUE, { retryLimit: 0 }).catch(() => {});
		await queue.createQueue('test.batch', { retryLimit: 2, retryDelay: 0, deadLetter: DEAD_LETTER_QUEUE });
		const runs = new Map<number, number>();
		// The first batch holds all five jobs: enqueue them before the worker starts.
		for (let n = 1; n <= 5; n++) await enqueue('test.batch', { n, failUntil: n === 3 ? 99 : 0 });
		await work('test.batch', async ({ n, failUntil }) => {
			runs.set(n, (runs.get(n) ?? 0) + 1);
			if ((runs.get(n) ?? 0) <= failUntil) throw new Error(`job ${n} fails`);
		});
		await waitFor(() => ((runs.get(3) ?? 0) >= 3 ? true : undefined));
		const dead = await waitFor(async () => {
			const jobs = await queue.fetch(DEAD_LETTER_QUEUE, { batchSize: 10, includeMetadata: true });
			return jobs.length ? jobs : undefined;
		});
		expect(dead.map((j) => [j.sourceName, (j.data as { n: number }).n])).toEqual([['test.batch', 3]]);
		expect(runs.get(3)).toBe(3); // first try + two retries
		for (const n of [1, 2, 4, 5]) expect(runs.get(n)).toBe(1);
	});
});

import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeOrganisation, makeStaff } from '../../../../tests/support/factories';
import { expectDenied } from '../../../../tests/support/isolation';
import { auditLog } from '../audit/audit.table';
import { getDb } from '../db/client';
import { discardDeadLetter, listDeadLetters, queueDepths, retryDeadLetter } from './dead-letter.service';
import { DEAD_LETTER_QUEUE, enqueue, getQueue, work } from './queue';

declare module './queue' {
	interface JobPayloads {
		'test.dead': { run: string; n: number; phone: string };
	}
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > until) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 100));
	}
}

const db = getDb();

describe('dead-letter list', () => {
	it('a job that fails every retry appears with its error only; retry re-queues it, discard drops it; only administrators', async () => {
		const org = await makeOrganisation('ministry');
		const admin = await makeStaff(org.id, 'admin');
		const supervisor = await makeStaff(org.id, 'supervisor');
		const queue = await getQueue();
		await queue.createQueue(DEAD_LETTER_QUEUE, { retryLimit: 0 }).catch(() => {});
		await queue.createQueue('test.dead', { retryLimit: 2, retryDelay: 0, deadLetter: DEAD_LETTER_QUEUE }).catch(() => {});
		const run = randomUUID();
		let healed = false;
		const runs = new Map<number, number>();
		await enqueue('test.dead', { run, n: 1, phone: '+996555123456' });
		await enqueue('test.dead', { run, n: 2, phone: '+996555123456' });
		await work('test.dead', async (job) => {
			if (job.run !== run) return;
			runs.set(job.n, (runs.get(job.n) ?? 0) + 1);
			if (!healed) throw new Error(`remote service said no to job ${job.n}`);
		});

		const mine = async () => (await listDeadLetters(admin)).jobs.filter((j) => j.queue === 'test.dead');
		const dead = await waitFor(async () => {
			const jobs = await mine();
			return jobs.length === 2 ? jobs : undefined;
		});
		expect(runs.get(1)).toBe(3);
		for (const j of dead) {
			expect(j).toMatchObject({ queue: 'test.dead', attempts: 3 });
			expect(j.error).toMatch(/^Error: remote service said no to job [12]$/);
			expect(j.jobId).toMatch(/^[0-9a-f-]{36}$/);
			expect(j.failedAt.getTime()).toBeGreaterThanOrEqual(j.createdAt!.getTime());
		}
		// No job data reaches the list.
		expect(JSON.stringify(await listDeadLetters(admin))).not.toContain('555123456');
		const depths = await queueDepths(admin);
		expect(depths[0].name).toBe(DEAD_LETTER_QUEUE);
		expect(depths.map((q) => q.name)).toContain('test.dead');

		// Nobody but the administrator.
		await expectDenied(() => listDeadLetters(supervisor));
		await expectDenied(() => queueDepths(supervisor));
		await expectDenied(() => retryDeadLetter(db, supervisor, dead[0].id));
		await expectDenied(() => discardDeadLetter(db, supervisor, dead[0].id));
		await expectDenied(() => retryDeadLetter(db, admin, 'not-an-id'));
		await expectDenied(() => retryDeadLetter(db, admin, randomUUID()));

		// Retry: back on its queue, runs again (and now succeeds), leaves the list; audited.
		const one = dead.find((j) => j.jobId)!;
		healed = true;
		expect(await retryDeadLetter(db, admin, one.id)).toEqual({ queue: 'test.dead' });
		await waitFor(async () => ((runs.get(1) ?? 0) + (runs.get(2) ?? 0) === 7 ? true : undefined));
		expect((await mine()).map((j) => j.id)).not.toContain(one.id);
		await expectDenied(() => retryDeadLetter(db, admin, one.id));

		// Discard: gone for good; audited.
		const other = dead.find((j) => j.id !== one.id)!;
		await discardDeadLetter(db, admin, other.id);
		expect(await mine()).toEqual([]);
		const audited = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.actorUserId, admin.userId), eq(auditLog.entityType, 'job')));
		expect(audited.map((r) => [r.action, r.entityId])).toEqual([
			['jobs.retry', one.jobId],
			['jobs.discard', other.jobId]
		]);
		expect(JSON.stringify(audited)).not.toContain('555123456');
	});
});

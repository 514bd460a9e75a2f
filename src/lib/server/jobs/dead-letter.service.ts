import type { Db } from '../db/client';
import { requireAccess, type Actor } from '../access/access';
import { auditedBy, recordAuditNow } from '../audit/audit.service';
import { AppError } from '../errors';
import { isUuid } from '../validation';
import { DEAD_LETTER_QUEUE, getQueue } from './queue';

/**
 * The dead-letter list (issue 14): jobs that failed their last retry wait in one queue that no worker
 * takes from (queue.ts), 30 days. Administrators see where each came from, when, how often it ran and
 * its error message (never the job's data: it may name a person), and retry or discard it; both audited.
 */
export const DEAD_LETTER_SHOWN = 200;

export interface DeadJob {
	/** the entry's id in the dead-letter queue (what retry and discard take) */
	id: string;
	/** the job's id on its own queue, as the logs name it */
	jobId: string | null;
	queue: string | null;
	createdAt: Date | null;
	failedAt: Date;
	attempts: number;
	error: string;
}

/** Only the message a worker recorded (queue.ts stores errorSummary, already scrubbed), one line, bounded. */
function errorOf(output: unknown): string {
	const message = output && typeof output === 'object' && 'message' in output ? (output as { message: unknown }).message : null;
	return typeof message === 'string' ? message.split('\n')[0].slice(0, 300) : '';
}

export async function listDeadLetters(actor: Actor): Promise<{ jobs: DeadJob[]; total: number }> {
	requireAccess(actor, 'jobs.manage');
	const queue = await getQueue();
	if (!(await queue.getQueue(DEAD_LETTER_QUEUE))) return { jobs: [], total: 0 };
	const found = await queue.findJobs(DEAD_LETTER_QUEUE, { queued: true, limit: 10_000 });
	const jobs = found
		.map((j) => ({
			id: j.id,
			jobId: j.sourceId,
			queue: j.sourceName,
			createdAt: j.sourceCreatedOn,
			failedAt: j.createdOn,
			attempts: (j.sourceRetryCount ?? 0) + 1,
			error: errorOf(j.sourceOutput)
		}))
		.sort((a, b) => b.failedAt.getTime() - a.failedAt.getTime());
	return { jobs: jobs.slice(0, DEAD_LETTER_SHOWN), total: jobs.length };
}

/** Depth of every queue: waiting now, waiting for later, running, failed and kept. */
export async function queueDepths(actor: Actor) {
	requireAccess(actor, 'jobs.manage');
	const queue = await getQueue();
	const queues = await queue.getQueues();
	return queues
		.map((q) => ({ name: q.name, ready: q.readyCount, deferred: q.deferredCount, active: q.activeCount, failed: q.failedCount, total: q.totalCount }))
		.sort((a, b) => (a.name === DEAD_LETTER_QUEUE ? -1 : b.name === DEAD_LETTER_QUEUE ? 1 : a.name.localeCompare(b.name)));
}

async function findDead(id: string) {
	if (!isUuid(id)) throw new AppError('not_found', 'dead-letter id');
	const queue = await getQueue();
	const [job] = await queue.findJobs(DEAD_LETTER_QUEUE, { id, queued: true, limit: 1 });
	if (!job) throw new AppError('not_found', 'dead-letter job');
	return { queue, job };
}

/** Puts a dead job back on the queue it failed on, to run again with a fresh set of retries. */
export async function retryDeadLetter(db: Db, actor: Actor, id: string): Promise<{ queue: string }> {
	requireAccess(actor, 'jobs.manage');
	const { queue, job } = await findDead(id);
	if (!job.sourceName) throw new AppError('conflict', 'dead-letter job without a source queue', { userMessage: 'jobs_error_unroutable' });
	const moved = await queue.redrive(DEAD_LETTER_QUEUE, { ids: [id] });
	if (moved !== 1) throw new AppError('conflict', 'dead-letter job not moved', { userMessage: 'jobs_error_unroutable' });
	await recordAuditNow(db, {
		action: 'jobs.retry',
		entityType: 'job',
		entityId: job.sourceId ?? id,
		...auditedBy(actor),
		data: { queue: job.sourceName, deadLetterId: id }
	});
	return { queue: job.sourceName };
}

/** Drops a dead job for good (a job that can never succeed, or whose work was done by hand). */
export async function discardDeadLetter(db: Db, actor: Actor, id: string): Promise<void> {
	requireAccess(actor, 'jobs.manage');
	const { queue, job } = await findDead(id);
	await queue.deleteJob(DEAD_LETTER_QUEUE, id);
	await recordAuditNow(db, {
		action: 'jobs.discard',
		entityType: 'job',
		entityId: job.sourceId ?? id,
		...auditedBy(actor),
		data: { queue: job.sourceName, deadLetterId: id }
	});
}

import { PgBoss } from 'pg-boss';
import { config } from '../config';
import { isStopping, onShutdown } from '../lifecycle';
import { isDbUnavailable } from '../db/unavailable';
import { metrics } from '../metrics/registry';
import { errorSummary, log, safeError } from '../log';

/**
 * Named queues and their payloads. Each domain adds its own entries by declaration merging in its
 * `<domain>.jobs.ts`, so this layer never imports the domains that use it:
 *
 *   declare module '../jobs/queue' { interface JobPayloads { 'x.y': { id: string } } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobPayloads {}
export type JobName = keyof JobPayloads & string;
export type JobHandler<N extends JobName> = (data: JobPayloads[N]) => Promise<void>;

/**
 * Jobs that failed their last retry land in one dead-letter queue (each keeps the name of the queue it
 * failed on), where administrators can see and retry them.
 */
export const DEAD_LETTER_QUEUE = 'dead-letter';
const QUEUE_OPTIONS = { retryLimit: 5, retryDelay: 10, retryBackoff: true, deleteAfterSeconds: 3600, notify: true, deadLetter: DEAD_LETTER_QUEUE };
const DEAD_OPTIONS = { retryLimit: 0, deleteAfterSeconds: 30 * 24 * 3600, retentionSeconds: 30 * 24 * 3600 };

let boss: PgBoss | undefined;
let starting: Promise<PgBoss> | undefined;
const created = new Map<string, Promise<void>>();

async function start(): Promise<PgBoss> {
	const instance = new PgBoss({
		connectionString: config.databaseUrl,
		schema: 'pgboss',
		max: 4,
		useListenNotify: true
	});
	instance.on('error', (error) => {
		if (isStopping()) return;
		// The database away (restarting, failing over): pg-boss reconnects by itself.
		if (isDbUnavailable(error)) log.warn('job queue: database unavailable', { error: safeError(error) });
		else log.error('job queue error', { error });
	});
	await instance.start();
	boss = instance;
	onShutdown(`queue-${Math.random()}`, stopQueue);
	return instance;
}

/** The process-wide queue (started on first use). */
export function getQueue(): Promise<PgBoss> {
	if (boss) return Promise.resolve(boss);
	starting ??= start().finally(() => (starting = undefined));
	return starting;
}

/** Creates a queue and its dead-letter queue once per process (idempotent across processes). */
async function ensureQueue(queue: PgBoss, name: string): Promise<void> {
	let done = created.get(name);
	if (!done) {
		done = (async () => {
			if (!(await queue.getQueue(DEAD_LETTER_QUEUE))) await queue.createQueue(DEAD_LETTER_QUEUE, DEAD_OPTIONS).catch(ignoreExists);
			const existing = await queue.getQueue(name);
			if (!existing) await queue.createQueue(name, QUEUE_OPTIONS).catch(ignoreExists);
			// Queues made before dead-lettering existed get it now.
			else if (existing.deadLetter !== DEAD_LETTER_QUEUE) await queue.updateQueue(name, { deadLetter: DEAD_LETTER_QUEUE });
		})();
		created.set(name, done);
		done.catch(() => created.delete(name));
	}
	return done;
}

/** Two processes may create the same queue at once; the loser's error means "it exists". */
function ignoreExists(error: Error) {
	if (!/already exists|duplicate key/i.test(error.message)) throw error;
}

export async function enqueue<N extends JobName>(name: N, data: JobPayloads[N], startAfter?: Date): Promise<void> {
	const queue = await getQueue();
	await ensureQueue(queue, name);
	await queue.send(name, data as object, startAfter ? { startAfter } : undefined);
}

/**
 * Registers a worker. Jobs are fetched in batches but settled one by one: a job that throws is retried
 * alone with back-off (the others in its batch are completed), and after its last retry it moves to the
 * dead-letter queue. NOTIFY wakes workers at once; the backstop poll (pg-boss defaults to 30 s while
 * NOTIFY is active) is kept short so a missed notification or a job queued before the worker started
 * waits seconds, not half a minute.
 */
export async function work<N extends JobName>(name: N, handler: JobHandler<N>): Promise<void> {
	const queue = await getQueue();
	await ensureQueue(queue, name);
	await queue.work<JobPayloads[N]>(name, { pollingIntervalSeconds: 1, notifyPollingIntervalSeconds: 2, batchSize: 20, perJobResults: true }, async (jobs) => {
		const results = [];
		for (const job of jobs) {
			try {
				await handler(job.data);
				metrics().jobsCompleted.inc({ queue: name });
				results.push({ id: job.id, status: 'completed' as const });
			} catch (error) {
				if (!isStopping()) log.warn('job failed', { queue: name, job: job.id, error: errorSummary(error) });
				metrics().jobsFailed.inc({ queue: name });
				results.push({ id: job.id, status: 'failed' as const, output: { message: errorSummary(error) } });
			}
		}
		return results;
	});
}

/** Runs a job on a cron schedule (UTC), once across all processes. */
export async function scheduleJob<N extends JobName>(name: N, cron: string, data: JobPayloads[N]): Promise<void> {
	const queue = await getQueue();
	await ensureQueue(queue, name);
	await queue.schedule(name, cron, data as object);
}

/** The queue when this process has started it (metrics must not start one). */
export const runningQueue = (): PgBoss | undefined => boss;

export async function stopQueue(): Promise<void> {
	const instance = boss;
	boss = undefined;
	created.clear();
	await instance?.stop({ graceful: true, timeout: 5000 });
}

import { PgBoss } from 'pg-boss';
import { config } from '../config';
import { isStopping, onShutdown } from '../lifecycle';
import { log } from '../log';

/** Named queues and their payloads. */
export interface JobPayloads {
	'message.sms': { to: string; body: string };
	'message.email': { to: string; subject: string; text: string };
	'registration.reminder': { registrationId: string; locale: string };
	'licence.expiry-sweep': Record<string, never>;
}
export type JobName = keyof JobPayloads;
export type JobHandler<N extends JobName> = (data: JobPayloads[N]) => Promise<void>;

let boss: PgBoss | undefined;
let starting: Promise<PgBoss> | undefined;

const QUEUE_OPTIONS = { retryLimit: 5, retryDelay: 10, retryBackoff: true, deleteAfterSeconds: 3600, notify: true };

async function start(): Promise<PgBoss> {
	const instance = new PgBoss({
		connectionString: config.databaseUrl,
		schema: 'pgboss',
		max: 4,
		useListenNotify: true
	});
	instance.on('error', (error) => {
		if (!isStopping()) log.error('job queue error', { error });
	});
	await instance.start();
	for (const name of ['message.sms', 'message.email', 'registration.reminder', 'licence.expiry-sweep'] satisfies JobName[]) {
		await instance.createQueue(name, QUEUE_OPTIONS);
	}
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

export async function enqueue<N extends JobName>(name: N, data: JobPayloads[N], startAfter?: Date): Promise<void> {
	const queue = await getQueue();
	await queue.send(name, data, startAfter ? { startAfter } : undefined);
}

/** Registers a worker; each job is handled once, retried with back-off when the handler throws. */
export async function work<N extends JobName>(name: N, handler: JobHandler<N>): Promise<void> {
	const queue = await getQueue();
	await queue.work<JobPayloads[N]>(name, { pollingIntervalSeconds: 1, batchSize: 20 }, async (jobs) => {
		for (const job of jobs) await handler(job.data);
	});
}

/** Runs a job on a cron schedule (UTC), once across all processes. */
export async function scheduleJob<N extends JobName>(name: N, cron: string, data: JobPayloads[N]): Promise<void> {
	const queue = await getQueue();
	await queue.schedule(name, cron, data);
}

export async function stopQueue(): Promise<void> {
	const instance = boss;
	boss = undefined;
	await instance?.stop({ graceful: true, timeout: 5000 });
}

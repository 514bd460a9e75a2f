import { timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Gauge } from 'prom-client';
import { getDb, getPool } from '../db/client';
import { runningQueue } from '../jobs/queue';
import { log } from '../log';
import { metrics } from './registry';

/**
 * What /metrics reports besides the request histogram and process figures: the database pool, whether
 * the database answers, job queue depth (pg-boss) and the message queue by channel and status. Read at
 * scrape time; nothing here is personal.
 */
function gauge<L extends string>(name: string, help: string, labelNames: L[] = []): Gauge<L> {
	const { registry } = metrics();
	return (registry.getSingleMetric(name) as Gauge<L> | undefined) ?? new Gauge({ name, help, labelNames, registers: [registry] });
}

function ensureGauges() {
	return {
		pool: gauge('sapar_db_pool_connections', 'Database pool connections: total, idle, and requests waiting for one', ['state']),
		up: gauge('sapar_database_up', '1 when the database answered this scrape, else 0'),
		jobs: gauge('sapar_jobs', 'Background jobs by queue and state (ready, deferred, active); dead-letter is a queue', ['queue', 'state']),
		messages: gauge('sapar_messages', 'Outgoing messages by channel and status', ['channel', 'status'])
	};
}

async function refresh(): Promise<void> {
	const g = ensureGauges();
	const pool = getPool();
	g.pool.set({ state: 'total' }, pool.totalCount);
	g.pool.set({ state: 'idle' }, pool.idleCount);
	g.pool.set({ state: 'waiting' }, pool.waitingCount);
	try {
		const { rows } = await getDb().execute<{ channel: string; status: string; n: number }>(
			sql`select channel, status, count(*)::int as n from message group by channel, status`
		);
		g.messages.reset();
		for (const row of rows) g.messages.set({ channel: row.channel, status: row.status }, row.n);
		g.up.set(1);
	} catch (error) {
		g.up.set(0);
		log.warn('metrics: database query failed', { error: error as Error });
	}
	const queue = runningQueue();
	if (queue) {
		try {
			const queues = await queue.getQueues();
			g.jobs.reset();
			for (const q of queues) {
				g.jobs.set({ queue: q.name, state: 'ready' }, q.readyCount);
				g.jobs.set({ queue: q.name, state: 'deferred' }, q.deferredCount);
				g.jobs.set({ queue: q.name, state: 'active' }, q.activeCount);
			}
		} catch (error) {
			log.warn('metrics: job queue query failed', { error: error as Error });
		}
	}
}

/** The Prometheus text exposition of every metric. */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
	await refresh();
	const { registry } = metrics();
	return { body: await registry.metrics(), contentType: registry.contentType };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const FORWARDED = ['forwarded', 'x-forwarded-for', 'x-real-ip'];

/**
 * Who may read /metrics (docs/operations.md, "Metrics"): with METRICS_TOKEN set, only a request with
 * `Authorization: Bearer <token>`; without it, only a request from the machine itself (loopback, with no
 * proxy's forwarding header, so a reverse proxy on the same machine does not open it), and never in
 * production.
 */
export function metricsAccess(headers: Headers, clientAddress: string, env: NodeJS.ProcessEnv = process.env): 'ok' | 'unauthorised' | 'hidden' {
	const token = env.METRICS_TOKEN;
	if (token) {
		const given = Buffer.from(headers.get('authorization') ?? '');
		const wanted = Buffer.from(`Bearer ${token}`);
		return given.length === wanted.length && timingSafeEqual(given, wanted) ? 'ok' : 'unauthorised';
	}
	const production = (env.SAPAR_MODE ?? (env.NODE_ENV === 'production' ? 'production' : 'development')) === 'production';
	if (production) return 'hidden';
	if (!LOOPBACK.test(clientAddress)) return 'hidden';
	return FORWARDED.some((name) => headers.has(name)) ? 'hidden' : 'ok';
}

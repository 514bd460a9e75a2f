import { desc, eq } from 'drizzle-orm';
import { isProduction } from '../config';
import type { Db } from '../db/client';
import { onShutdown } from '../lifecycle';
import { log } from '../log';
import { message } from './channels.table';
import { channelsConfig, createAdapters, productionProblems } from './config';
import { Dispatcher } from './dispatcher';

const state = globalThis as Record<symbol, unknown>;
const DISPATCHER = Symbol.for('sapar.dispatcher');

/** The dispatcher running in this process, if any. */
export const runningDispatcher = () => state[DISPATCHER] as Dispatcher | undefined;

/**
 * Starts the channels layer in this process: the adapters chosen by configuration, the dispatcher
 * (every node runs one; SKIP LOCKED shares the work). Retention is applied by privacy/privacy.jobs.ts.
 */
export async function startChannels(db: Db): Promise<Dispatcher> {
	const existing = runningDispatcher();
	if (existing) return existing;
	const cfg = channelsConfig();
	if (isProduction()) {
		const problems = productionProblems(cfg);
		if (problems.length) throw new Error(`Sapar cannot start:\n- ${problems.join('\n- ')}`);
	}
	const dispatcher = new Dispatcher(db, { adapters: await createAdapters(cfg), window: cfg.window, leaseMs: cfg.leaseMs });
	state[DISPATCHER] = dispatcher;
	await dispatcher.start();
	onShutdown('channels-dispatcher', async () => {
		state[DISPATCHER] = undefined;
		await dispatcher.stop();
	});
	log.info('channels started', { sms: cfg.sms, telegram: cfg.telegram, email: cfg.email });
	return dispatcher;
}

/** The development outbox: the newest messages of any channel (never in production). */
export async function listOutbox(db: Db, opts: { to?: string; limit?: number } = {}) {
	if (isProduction()) return [];
	const query = db
		.select({
			id: message.id,
			channel: message.channel,
			address: message.address,
			subject: message.subject,
			body: message.body,
			status: message.status,
			purpose: message.purpose,
			createdAt: message.createdAt
		})
		.from(message);
	return (opts.to ? query.where(eq(message.address, opts.to)) : query).orderBy(desc(message.createdAt)).limit(opts.limit ?? 100);
}

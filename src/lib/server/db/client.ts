import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { config } from '../config';
import { isStopping, onShutdown } from '../lifecycle';
import { log } from '../log';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction or the database: repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

let pool: pg.Pool | undefined;
let instance: Db | undefined;

/**
 * A pool that outlives its server: a connection that is refused, terminated or lost fails only the
 * query on it (answered 503 upstream, see db/unavailable.ts), is dropped, and the next query opens a
 * new one. Nothing here retries a write: whether it committed is the caller's to know.
 */
export function createPool(connectionString: string, max = Number(process.env.DB_POOL_MAX ?? 10)): pg.Pool {
	const created = new pg.Pool({
		connectionString,
		max,
		// While the server is away a request waits at most this long for a connection, then gets a 503.
		connectionTimeoutMillis: Number(process.env.DB_CONNECT_TIMEOUT_MS ?? 5000),
		idleTimeoutMillis: 30_000
	});
	// An idle connection dropped by the server must not crash the process.
	created.on('error', (error) => {
		if (!isStopping()) log.warn('database connection lost', { error });
	});
	// Nor may one that is checked out: pg emits 'error' on the client as well as failing its query, and
	// the pool listens only while the client is idle. Without this, a terminated backend under load
	// is an uncaught exception that ends the process.
	created.on('connect', (client) => {
		client.on('error', () => {});
	});
	return created;
}

export function getPool(): pg.Pool {
	if (!pool) {
		pool = createPool(config.databaseUrl);
		onShutdown(`db-pool-${Math.random()}`, closeDb);
	}
	return pool;
}

export function getDb(): Db {
	instance ??= drizzle(getPool(), { schema });
	return instance;
}

export async function closeDb(): Promise<void> {
	const p = pool;
	pool = undefined;
	instance = undefined;
	await p?.end();
}

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

export function getPool(): pg.Pool {
	if (!pool) {
		pool = new pg.Pool({ connectionString: config.databaseUrl, max: Number(process.env.DB_POOL_MAX ?? 10) });
		// An idle connection dropped by the server must not crash the process.
		pool.on('error', (error) => {
			if (!isStopping()) log.warn('database connection lost', { error });
		});
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

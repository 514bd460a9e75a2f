import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { migrationsApplied } from './migrate';
import { isDbUnavailable } from './unavailable';

export type Readiness =
	| { status: 'ok'; database: 'ok'; migrations: 'ok' }
	| { status: 'unavailable'; database: 'ok'; migrations: 'pending' }
	| { status: 'unavailable'; database: 'unreachable' | 'error' };

/** Ready: the database answers and every migration is applied (`/readyz`). Never throws. */
export async function readiness(db: Db): Promise<Readiness> {
	try {
		await db.execute(sql`select 1`);
		if (!(await migrationsApplied(db))) return { status: 'unavailable', database: 'ok', migrations: 'pending' };
		return { status: 'ok', database: 'ok', migrations: 'ok' };
	} catch (error) {
		return { status: 'unavailable', database: isDbUnavailable(error) ? 'unreachable' : 'error' };
	}
}

import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { getDb } from '#lib/server/db/client';
import { migrationsApplied } from '#lib/server/db/migrate';
import { log } from '#lib/server/log';

/** Ready: the database answers and every migration is applied. */
export const GET = async () => {
	const headers = { 'cache-control': 'no-store' };
	try {
		const db = getDb();
		await db.execute(sql`select 1`);
		const migrated = await migrationsApplied(db);
		if (!migrated) return json({ status: 'unavailable', database: 'ok', migrations: 'pending' }, { status: 503, headers });
		return json({ status: 'ok', database: 'ok', migrations: 'ok' }, { headers });
	} catch (error) {
		log.warn('readiness check failed', { error: error as Error });
		return json({ status: 'unavailable', database: 'unreachable' }, { status: 503, headers });
	}
};

import { json } from '@sveltejs/kit';
import { getDb } from '#lib/server/db/client';
import { readiness } from '#lib/server/db/health';
import { RETRY_AFTER_SECONDS } from '#lib/server/db/unavailable';
import { log } from '#lib/server/log';

/** Ready: the database answers and every migration is applied; 503 with Retry-After while it is away. */
export const GET = async () => {
	const state = await readiness(getDb());
	if (state.status === 'ok') return json(state, { headers: { 'cache-control': 'no-store' } });
	log.warn('readiness check failed', { database: state.database });
	return json(state, { status: 503, headers: { 'cache-control': 'no-store', 'retry-after': String(RETRY_AFTER_SECONDS) } });
};

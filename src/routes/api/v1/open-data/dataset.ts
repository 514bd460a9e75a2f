import { AppError } from '#lib/server/errors';
import { getDb } from '#lib/server/db/client';
import { openData } from '#lib/server/statistics/open-data';

/** One dataset by name; an unknown name is a 404 with a clear message. */
export async function dataset(name: string) {
	const found = (await openData(getDb())).get(name);
	if (!found) throw new AppError('not_found', `no open dataset named ${name.slice(0, 80)}; see /api/v1/open-data`);
	return found;
}

export const PUBLIC = { 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*', 'x-content-type-options': 'nosniff' };

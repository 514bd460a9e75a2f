import { getDb } from '#lib/server/db/client';
import { search } from '#lib/server/portal/search';

export const load = async ({ url, locals }) => {
	const q = (url.searchParams.get('q') ?? '').slice(0, 200);
	return { q, results: q.trim() ? await search(getDb(), q, locals.locale) : [] };
};

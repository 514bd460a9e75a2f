import { error } from '@sveltejs/kit';
import { isProduction } from '#lib/server/config';
import { getDb } from '#lib/server/db/client';
import { listOutbox } from '#lib/server/channels/channels.service';

export const load = async ({ url, setHeaders }) => {
	if (isProduction()) error(404, 'Not found');
	setHeaders({ 'cache-control': 'no-store' });
	const to = url.searchParams.get('to')?.trim().slice(0, 254) ?? '';
	return { to, messages: await listOutbox(getDb(), { to: to || undefined, limit: 200 }) };
};
